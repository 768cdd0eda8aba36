package data_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// The tests' cheap Argon2id cost (one pass over 64 KiB) is accepted only
// in a test: the program, opening a family file or an encrypted copy whose
// key record names that cost, refuses it as damage and opens nothing. A
// planted key record cannot make the passphrase quick to guess.
func TestTheProgramRefusesTheTestsCost(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	t.Parallel()
	dir := t.TempDir()
	s := datatest.Open(t, datatest.At(time.Now()))
	_, err := s.AddChild(data.Child{Name: "Amira", BirthYear: 2015, BirthMonth: 3})
	datatest.Must(t, err)
	datatest.Must(t, s.SetPassphrase("correct horse"))
	datatest.Must(t, s.Close())
	datatest.Must(t, os.Rename(s.Dir(), filepath.Join(dir, "family")))
	sealed, err := data.SealTextAt("Bedtime at nine.", "correct horse", data.CheapKDF())
	datatest.Must(t, err)
	copyPath := filepath.Join(dir, "copy.txt")
	datatest.Must(t, os.WriteFile(copyPath, sealed, 0o600))
	if _, err := data.OpenSealedText(sealed, "correct horse"); err != nil {
		t.Fatalf("a test does not open its own cheap copy: %v", err)
	}
	out, err := exec.Command("go", "run", "./testdata/appcost", filepath.Join(dir, "family"), "correct horse", copyPath).CombinedOutput()
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	got := string(out)
	t.Logf("the program said:\n%s", got)
	if !strings.Contains(got, "known test cost: false") {
		t.Errorf("the program accepts the tests' cost:\n%s", got)
	}
	if !strings.Contains(got, "copy: "+data.ErrNotDatabase.Error()) {
		t.Errorf("the program opens a copy sealed at the tests' cost:\n%s", got)
	}
	if strings.Contains(got, "unlock: <nil>") || strings.Contains(got, "children:") {
		t.Errorf("the program unlocks a family wrapped at the tests' cost:\n%s", got)
	}
}

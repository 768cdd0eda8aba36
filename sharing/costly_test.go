package sharing

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/translations"
)

// askingFor is a shared file whose header asks for scrypt work 2^logN
// (sealed cheaply, then the header changed: nobody could seal at 2^40).
func askingFor(t *testing.T, logN int) []byte {
	t.Helper()
	var b bytes.Buffer
	sealRaw(t, &b, `{"format":1}`, cheap.Work)
	stanza := regexp.MustCompile(`(?m)^(-> scrypt \S+) \d+$`)
	out := stanza.ReplaceAll(b.Bytes(), []byte("${1} "+itoa(logN)))
	if bytes.Equal(out, b.Bytes()) {
		t.Fatal("no scrypt stanza in the sealed file")
	}
	return out
}

// A file asking for far more work than the app's own files is refused at
// once, before any of that work, with a message of its own in every
// language; at the app's full cost as in a test store's.
func TestAFileAskingForAHugeCostIsRefusedAtOnce(t *testing.T) {
	t.Parallel()
	for _, cost := range []data.ShareCost{data.DefaultShareCost(), cheap} {
		for _, logN := range []int{cost.Max + 1, 40, 63} {
			start := time.Now()
			_, err := Read(bytes.NewReader(askingFor(t, logN)), pass, cost)
			if !errors.Is(err, ErrTooCostly) {
				t.Fatalf("2^%d with at most 2^%d: %v, want ErrTooCostly", logN, cost.Max, err)
			}
			if took := time.Since(start); took > time.Second {
				t.Fatalf("refusing 2^%d took %v", logN, took)
			}
		}
	}
	for _, lang := range []string{"en", "cy", "pl"} {
		tr, _ := translations.New(lang)
		if key := MessageKey(ErrTooCostly); key != "sharing.error.too_costly" || tr.T(key) == key {
			t.Errorf("%s: message %q for ErrTooCostly", lang, tr.T(key))
		}
	}
}

// In the shared folder such a file is named in a problem and is not
// opened again until it changes.
func TestACostlyFileInTheFolderIsNotTriedAgainUntilItChanges(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	name := FolderFileName("0123456789abcdef")
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, askingFor(t, 40), 0o600); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour) // a time old enough to trust
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	s := NewSyncer(datatest.Open(t, datatest.At(day)), dir, pass, "0.1.0")
	if r := s.Step(day); !errors.Is(r.Problems[name], ErrTooCostly) {
		t.Fatalf("problems %v, want %s refused as too costly", r.Problems, name)
	}
	opened := func() bool {
		for _, fd := range s.Look().files {
			if fd.name == name && !fd.same {
				return true
			}
		}
		return false
	}
	if opened() {
		t.Fatal("the refused file was opened again though it did not change")
	}
	if err := os.WriteFile(path, askingFor(t, 41), 0o600); err != nil {
		t.Fatal(err)
	}
	if !opened() {
		t.Fatal("the file was not opened again after it changed")
	}
}

package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
)

// When the damaged family's backups are encrypted, the start-up window
// says why it cannot check them, takes the passphrase, refuses a wrong
// one, and then restores and opens the newest good backup, unlocked.
func TestTheRecoveryWindowAsksForThePassphraseOfEncryptedBackups(t *testing.T) {
	dir := t.TempDir()
	s, _ := data.Open(dir, datatest.Options(t, nil))
	must1(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2016, BirthMonth: 1}))
	if err := s.SetPassphrase(testPass); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)
	path := filepath.Join(dir, data.FileName)
	whole, _ := os.ReadFile(path)
	must(t, os.WriteFile(path, whole[:len(whole)/2], 0o600))
	_, openErr := data.Open(dir, datatest.Options(t, nil))

	fa, w, tr := recoveryWindow(t, "en")
	var opened *data.Store
	ShowStartupProblem(fa, w, tr, dir, openErr, func(s *data.Store) { opened = s })
	screentest.MustHaveText(t, w.Content(), tr.N("recovery.locked", 1))
	if screentest.HasText(w.Content(), tr.T("recovery.newest")) {
		t.Fatal("an encrypted backup was offered before it could be checked")
	}
	check := func(pass string) {
		for _, e := range screentest.Find[*widget.Entry](w.Content()) {
			if e.Password {
				e.SetText(pass)
			}
		}
		test.Tap(screentest.Button(t, w.Content(), tr.T("recovery.check")))
	}
	check("not it")
	screentest.MustHaveText(t, w.Content(), tr.T("recovery.wrong"))
	check(testPass)
	test.Tap(screentest.Button(t, w.Content(), tr.T("recovery.newest")))
	if opened == nil {
		t.Fatal("the backup was not opened")
	}
	defer closeOK(t, opened)
	if opened.Locked() {
		t.Fatal("the restored family is still locked though the passphrase was given")
	}
	if kids, _ := opened.Children(); len(kids) != 1 || kids[0].Name != "Amira" {
		t.Fatalf("restored children: %+v", kids)
	}
}

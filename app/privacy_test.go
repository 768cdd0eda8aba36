package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// top is the dialog on top of the window.
func (h *harness) top() fyne.CanvasObject {
	h.t.Helper()
	o := h.win.Canvas().Overlays().Top()
	if o == nil {
		h.t.Fatal("no dialog is showing")
	}
	return o
}

func (h *harness) tapInDialog(label string) {
	h.t.Helper()
	test.Tap(screentest.Button(h.t, h.top(), label))
}

// passwordFields are the hidden-text fields of the dialog on top, in order.
func (h *harness) passwordFields() []*widgets.Entry {
	var out []*widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](h.top()) {
		if e.Password {
			out = append(out, e)
		}
	}
	return out
}

// Setting a passphrase in Settings refuses a short or mistyped one,
// encrypts the family, and offers to remove the backup made before,
// which is not encrypted.
func TestSettingAPassphraseInSettings(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	if list, _ := h.store.Backups(); len(list) != 1 {
		t.Fatalf("%d backups after start, want the day's first", len(list))
	}
	h.app.Show(screens.SettingsID)
	h.shows(h.app.tr.T("privacy.off"))
	h.tap(h.app.tr.T("privacy.set"))
	f := h.passwordFields()
	test.Type(f[0], "short")
	test.Type(f[1], "short")
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	screentest.MustHaveText(t, h.top(), h.app.tr.T("privacy.pass.short", map[string]any{"Min": data.MinPassphrase}))
	f[0].SetText(testPass)
	f[1].SetText(testPass + "x")
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	screentest.MustHaveText(t, h.top(), h.app.tr.T("privacy.pass.mismatch"))
	f[1].SetText(testPass)
	h.tapInDialog(h.app.tr.T("privacy.ok"))

	if !h.store.Encrypted() || h.store.Locked() {
		t.Fatal("the family is not encrypted and open after setting a passphrase")
	}
	screentest.MustHaveText(t, h.top(), h.app.tr.N("privacy.plain.body", 1))
	h.tapInDialog(h.app.tr.N("privacy.plain.remove", 1))
	if plain, _ := data.PlainBackups(h.dir); len(plain) != 0 {
		t.Fatalf("%d plain backups left", len(plain))
	}
	if list, _ := h.store.Backups(); len(list) != 1 {
		t.Fatalf("%d backups left, want the encrypted one made at once", len(list))
	}
	h.shows(h.app.tr.T("privacy.on"))
	h.shows(h.app.tr.T("privacy.lock_now"))
}

// A child marked as a foster or kinship placement brings the
// recommendation; "Not now" puts it away for good.
func TestAPlacementRecommendsAPassphrase(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	if screentest.HasText(h.content(), h.app.tr.T("nudge.body")) {
		t.Fatal("recommended with no placement")
	}
	kids, _ := h.store.Children()
	kids[0].Placed = true
	if err := h.store.UpdateChild(kids[0]); err != nil {
		t.Fatal(err)
	}
	h.app.Show(screens.HomeID)
	h.shows(h.app.tr.T("nudge.short")) // (the header's line, while the carer works)
	h.app.rebuild()                    // the window built again, as at the next start
	h.shows(h.app.tr.T("nudge.body"))
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(h.app.sh.content)
	h.tap(h.app.tr.T("nudge.dismiss"))
	if screentest.HasText(h.content(), h.app.tr.T("nudge.body")) {
		t.Fatal("still recommended after Not now")
	}
	h.shows(h.app.tr.T("nudge.later"))
	if now := fyne.CurrentApp().Driver().AbsolutePositionForObject(h.app.sh.content); now != at {
		t.Fatalf("the screen moved from %v to %v under the pointer after Not now", at, now)
	}
	h.app.rebuild()
	if screentest.HasText(h.content(), h.app.tr.T("nudge.later")) || screentest.HasText(h.content(), h.app.tr.T("nudge.short")) {
		t.Fatal("recommended again after Not now")
	}
}

// A passphrase chosen at first run encrypts the new family.
func TestAPassphraseChosenAtFirstRun(t *testing.T) {
	h := newHarness(t)
	f := screentest.Find[*widgets.Entry](h.content())
	var pass []*widgets.Entry
	for _, e := range f {
		if e.Password {
			pass = append(pass, e)
		}
	}
	if len(pass) != 2 {
		t.Fatalf("%d passphrase fields on the welcome, want 2", len(pass))
	}
	test.Type(pass[0], testPass)
	test.Type(pass[1], testPass)
	h.tap(h.app.tr.T("welcome.start"))
	if !h.store.Encrypted() {
		t.Fatal("the passphrase from the welcome was not set")
	}
	h.shows(h.app.tr.T("nav.home"))
}

// Forget everything needs the word typed, then deletes the family's file,
// its backups and the demo family, and says what it cannot delete.
func TestForgetEverything(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	must(t, os.WriteFile(filepath.Join(h.dir, "notes.txt"), []byte("the user's own"), 0o600))
	h.app.Show(screens.SettingsID)
	h.tap(h.app.tr.T("forget.button"))
	goAhead := screentest.Button(t, h.top(), h.app.tr.T("forget.go"))
	entry := screentest.Find[*widgets.Entry](h.top())[0]
	test.Type(entry, "forge")
	if !goAhead.Disabled() {
		t.Fatal("Delete everything works before the word is typed")
	}
	test.Type(entry, "t")
	test.Tap(goAhead)
	h.shows(h.app.tr.T("forget.done.body"))
	for _, p := range []string{filepath.Join(h.dir, data.FileName), data.BackupDir(h.dir), data.DemoDir(h.dir)} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s is still there", p)
		}
	}
	if _, err := os.Stat(filepath.Join(h.dir, "notes.txt")); err != nil {
		t.Error("a file that is not the app's was deleted")
	}
	test.Tap(screentest.Button(t, h.content(), h.app.tr.T("forget.close")))
	if h.exited != 1 {
		t.Fatal("Close the app did not close it")
	}
}

// A backup encrypted with a passphrase the family does not use (brought
// from another computer) is restored from Settings once its passphrase is
// given; a wrong one is refused as wrong, not as damage.
func TestRestoringABackupFromAnotherComputerAsksItsPassphrase(t *testing.T) {
	h := newHarness(t, onboarded)
	other := t.TempDir()
	s, _ := data.Open(other, datatest.Options(t, nil))
	must(t, s.SaveSettings(data.Settings{Language: "en", Region: "GB", Onboarded: true}))
	must1(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2016, BirthMonth: 5}))
	if err := s.SetPassphrase(testPass); err != nil {
		t.Fatal(err)
	}
	b, err := s.Backup(h.app.now())
	if err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)
	copied, _ := os.ReadFile(filepath.Join(data.BackupDir(other), b.Name))
	must(t, os.WriteFile(filepath.Join(data.BackupDir(h.dir), b.Name), copied, 0o600))

	h.app.restoreAsking(b.Name)
	f := h.passwordFields()
	test.Type(f[0], "not it at all")
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	screentest.MustHaveText(t, h.top(), h.app.tr.T("error.wrong_passphrase"))
	f[0].SetText(testPass)
	h.tapInDialog(h.app.tr.T("privacy.ok"))
	if h.app.real.Locked() || !h.app.real.Encrypted() {
		t.Fatal("the restored family is not open and encrypted")
	}
	h.shows("Amira")
}

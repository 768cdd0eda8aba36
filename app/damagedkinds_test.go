package app

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/translations"
)

// encryptedOnly are the kinds only an encrypted file holds.
var encryptedOnly = map[string]bool{"key": true, "lock_prefs": true, "manifest": true}

// damagedKindsNow is the day the damaged families are opened on.
var damagedKindsNow = time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)

// everyKindFamily is a family file holding every kind of record (plain,
// or encrypted with the passphrase "correct horse"), built once per test
// binary and copied into each test's folder.
func everyKindFamily(t *testing.T, encrypted bool) []byte {
	t.Helper()
	pass := ""
	if encrypted {
		pass = "correct horse"
	}
	dir := t.TempDir()
	datatest.EveryKind(t, dir, damagedKindsNow, pass)
	return mustRead(t, filepath.Join(dir, data.FileName))
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestEveryDamagedKindOpensAUsableWindow damages each kind of record the
// store lists, in each way, and starts the app the way the program does.
// The window must be usable: either the app with the damage named in
// plain words, every screen and Settings' backups reachable and the menu
// able to quit; or the recovery window offering the good backup. The
// family file is not written to until the user acts.
func TestEveryDamagedKindOpensAUsableWindow(t *testing.T) {
	families := map[bool][]byte{false: everyKindFamily(t, false), true: everyKindFamily(t, true)}
	// One app and one set of words for every case: each costs megabytes.
	fa, _, tr := recoveryWindow(t, "en")
	for _, kind := range data.Kinds() {
		for _, how := range datatest.Damages() {
			enc := encryptedOnly[kind.Name]
			t.Run(kind.Name+"/"+string(how), func(t *testing.T) {
				if raceDetector && (how != datatest.BadBytes || !slices.Contains([]string{"settings", "agreement", "key"}, kind.Name)) {
					t.Skip("the whole table runs without -race (make unit); nothing here is concurrent")
				}
				screentest.Serial(t) // each case's window is let go when it ends
				dir := t.TempDir()
				path := filepath.Join(dir, data.FileName)
				if err := os.WriteFile(path, families[enc], 0o600); err != nil {
					t.Fatal(err)
				}
				mustCopyBackup(t, dir, families[enc]) // yesterday's backup: the family before the damage
				if !datatest.DamageKind(t, path, kind, how) {
					t.Skipf("%s does not apply to %s", how, kind.Name)
				}
				checkDamagedStart(t, fa, tr, dir, kind, how, enc)
			})
		}
	}
}

// mustCopyBackup puts a good backup of the family in dir's backups.
func mustCopyBackup(t *testing.T, dir string, b []byte) {
	t.Helper()
	bdir := data.BackupDir(dir)
	if err := os.MkdirAll(bdir, 0o700); err != nil {
		t.Fatal(err)
	}
	name := "backup-" + damagedKindsNow.Add(-24*time.Hour).Format("2006-01-02-150405") + ".db"
	if err := os.WriteFile(filepath.Join(bdir, name), b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func checkDamagedStart(t *testing.T, fa fyne.App, tr *translations.Translator, dir string, kind data.Kind, how datatest.Damage, enc bool) {
	path := filepath.Join(dir, data.FileName)
	before := mustRead(t, path)
	w := test.NewTempWindow(t, screentest.Blank())
	w.Resize(fyne.NewSize(1000, 700))
	store, err := data.Open(dir, datatest.Options(t, func() time.Time { return damagedKindsNow }))
	if err != nil {
		r := ShowStartupProblem(fa, w, tr, dir, err, func(s *data.Store) { _ = s.Close() })
		r.now = func() time.Time { return damagedKindsNow }
		r.opts = datatest.Options(t, r.now)
		screentest.MustHaveText(t, w.Content(), "could not be opened")
		switch {
		case errors.Is(err, data.ErrNewerVersion):
			screentest.MustHaveText(t, w.Content(), "newer version")
		case !enc:
			screentest.MustHaveText(t, w.Content(), "Open the newest good backup")
		default:
			screentest.MustHaveText(t, w.Content(), "Check the backups")
		}
		if !bytes.Equal(before, mustRead(t, path)) {
			t.Fatal("the recovery window changed the damaged file")
		}
		return
	}
	a := New(fa, w, store, tr, dir)
	a.now = func() time.Time { return damagedKindsNow }
	a.exit, a.later, a.tickless = func() {}, nil, true
	a.lock.run = func(f func()) { f() }
	a.Start()
	defer a.Close()
	if enc {
		screentest.MustHaveText(t, w.Content(), "passphrase")
	} else {
		checkDamageNamed(t, a, kind, how)
		// Every screen once per kind; Home and Settings for each damage.
		ids := []screens.ID{screens.HomeID}
		if how == datatest.BadBytes {
			ids = nil
			for _, item := range Screens() {
				ids = append(ids, item.ID)
			}
		}
		for _, id := range ids {
			a.Show(id)
			if w.Content() == nil || len(screentest.Texts(w.Content())) < 3 {
				t.Fatalf("%s shows next to nothing: %q", id, screentest.Texts(w.Content()))
			}
		}
		a.Show(screens.SettingsID)
		screentest.MustHaveText(t, w.Content(), "Back up now")
		screentest.MustHaveText(t, w.Content(), "Restore")
	}
	if !hasQuit(w) {
		t.Fatal("the menu has no Quit")
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Fatal("the damaged file was written to before the user did anything")
	}
}

// checkDamageNamed checks that the window names each damaged kind, and
// that a damaged record the app could have read is among them; a record
// in a newer format is named as kept from a newer version, not damaged.
func checkDamageNamed(t *testing.T, a *App, kind data.Kind, how datatest.Damage) {
	t.Helper()
	named, newer := a.store.Damaged(), a.store.Newer()
	for _, k := range append(slices.Clone(named), newer...) {
		screentest.MustHaveText(t, a.win.Content(), a.tr.T("damaged.kind."+k))
	}
	if len(newer) > 0 {
		screentest.MustHaveText(t, a.win.Content(), "Saved by a newer version of Family Online Safety")
	}
	switch {
	case how == datatest.Missing && kind.Name == "agreement" && !contains(named, kind.Name):
		t.Fatalf("a missing agreement, its history still there, is not named; named: %v", named)
	case how == datatest.Missing || kind.Raw:
	case how == datatest.NewerFormat && (contains(named, kind.Name) || !contains(newer, kind.Name)):
		t.Fatalf("a %s record in a newer format is called damaged: damaged %v, newer %v", kind.Name, named, newer)
	case how != datatest.NewerFormat && !contains(named, kind.Name):
		t.Fatalf("a damaged %s record is not named; named: %v", kind.Name, named)
	}
}

func hasQuit(w fyne.Window) bool {
	if w.MainMenu() == nil {
		return false
	}
	for _, m := range w.MainMenu().Items {
		for _, it := range m.Items {
			if it.IsQuit && strings.Contains(it.Label, "Quit") {
				return true
			}
		}
	}
	return false
}

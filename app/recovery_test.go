package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"go.etcd.io/bbolt"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/translations"
)

// damagedFamily makes a family with a backup, then cuts its file short.
func damagedFamily(t *testing.T) (dir string, damaged []byte, err error) {
	dir = t.TempDir()
	s, _ := data.Open(dir, datatest.Options(t, nil))
	for _, n := range []string{"Amira", "Leo", "Maisie"} {
		k, _ := s.AddChild(data.Child{Name: n, BirthYear: 2016, BirthMonth: 1})
		must1(t)(s.AddAppNote(data.AppNote{ChildID: k.ID, Name: "Game for " + n}))
	}
	if _, err := s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)
	path := filepath.Join(dir, data.FileName)
	whole, _ := os.ReadFile(path)
	damaged = whole[:len(whole)/2]
	must(t, os.WriteFile(path, damaged, 0o600))
	_, err = data.Open(dir, datatest.Options(t, nil))
	return dir, damaged, err
}

func recoveryWindow(t *testing.T, lang string) (fyne.App, fyne.Window, *translations.Translator) {
	fa := screentest.App(t)
	tr, err := translations.New(lang)
	if err != nil {
		t.Fatal(err)
	}
	return fa, test.NewTempWindow(t, screentest.Blank()), tr
}

func TestADamagedFileOpensTheNewestGoodBackupFromTheErrorWindow(t *testing.T) {
	dir, damaged, openErr := damagedFamily(t)
	if openErr == nil {
		t.Fatal("the cut-short file opened")
	}
	fa, w, tr := recoveryWindow(t, "en")
	var opened *data.Store
	ShowStartupProblem(fa, w, tr, dir, openErr, func(s *data.Store) { opened = s })
	screentest.MustHaveText(t, w.Content(), "The data file is damaged")
	screentest.MustHaveText(t, w.Content(), "20/11/2026 at 09:00:00: 3 children, 3 app notes")
	test.Tap(screentest.Button(t, w.Content(), "Open the newest good backup"))
	if opened == nil {
		t.Fatal("the backup was not opened")
	}
	defer closeOK(t, opened)
	if kids, _ := opened.Children(); len(kids) != 3 {
		t.Fatalf("restored family has %d children", len(kids))
	}
	kept, _ := filepath.Glob(filepath.Join(dir, data.KeptPrefix+"*.db"))
	if len(kept) != 1 {
		t.Fatalf("the damaged file was not kept aside: %v", kept)
	}
	if b, _ := os.ReadFile(kept[0]); !bytes.Equal(b, damaged) {
		t.Fatal("the kept file is not the damaged file")
	}
}

func TestGetHelpIsReachableWithoutTheFamilysData(t *testing.T) {
	dir, _, openErr := damagedFamily(t)
	fa, w, tr := recoveryWindow(t, "cy")
	ShowStartupProblem(fa, w, tr, dir, openErr, func(*data.Store) { t.Fatal("nothing should open") })
	screentest.MustHaveText(t, w.Content(), tr.T("recovery.title"))
	test.Tap(screentest.Button(t, w.Content(), tr.T("header.help")))
	screentest.MustHaveText(t, w.Content(), "Childline · 0800 1111")
	test.Tap(screentest.Button(t, w.Content(), tr.T("recovery.back")))
	screentest.MustHaveText(t, w.Content(), tr.T("recovery.newest"))
}

func TestNoGoodBackupSaysSo(t *testing.T) {
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, data.FileName), nil, 0o600)) // an empty file
	_, err := data.Open(dir, datatest.Options(t, nil))
	fa, w, tr := recoveryWindow(t, "pl")
	ShowStartupProblem(fa, w, tr, dir, err, func(*data.Store) {})
	screentest.MustHaveText(t, w.Content(), tr.T("recovery.none"))
	if screentest.HasText(w.Content(), tr.T("recovery.newest")) {
		t.Fatal("offered a backup that does not exist")
	}
}

func TestOpenAndSaveFailuresAreExplainedNotQuoted(t *testing.T) {
	tr, _ := translations.New("cy")
	file := filepath.Join(t.TempDir(), "file")
	must(t, os.WriteFile(file, nil, 0o600))
	_, err := data.Open(file, datatest.Options(t, nil))
	if got := ExplainOpenError(tr, err); got != tr.T("error.not_a_folder") {
		t.Fatalf("data folder is a file: %q", got)
	}
	if got := ExplainOpenError(tr, os.ErrClosed); got != tr.T("error.unknown") {
		t.Fatalf("an unknown error is shown as %q", got)
	}
}

func TestAnUnreadableRecordShowsANoteAndTheRest(t *testing.T) {
	dir := t.TempDir()
	s, _ := data.Open(dir, datatest.Options(t, nil))
	onboarded(s)
	must1(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2016, BirthMonth: 1}))
	must1(t)(s.AddChild(data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 1}))
	closeOK(t, s)
	db, _ := bbolt.Open(filepath.Join(dir, data.FileName), 0o600, nil)
	must(t, db.Update(func(tx *bbolt.Tx) error { // a record that no longer decodes as a child
		return tx.Bucket([]byte("children")).Put([]byte{0, 0, 0, 0, 0, 0, 0, 9}, []byte(`{"v":1,"d":{"name":3}}`))
	}))
	closeOK(t, db)

	fa, w, tr := recoveryWindow(t, "en")
	s, err := data.Open(dir, datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	a := New(fa, w, s, tr, dir)
	a.exit, a.later = func() {}, nil
	a.Start()
	t.Cleanup(a.Close)
	screentest.MustHaveText(t, w.Content(), "Could not be read: a child's details")
	screentest.MustHaveText(t, w.Content(), "Amira")
	screentest.MustHaveText(t, w.Content(), "Leo")
}

func TestRestoringACutShortBackupFromSettingsSaysSoAndKeepsTheFamily(t *testing.T) {
	h := newHarness(t, onboarded, func(s *data.Store) {
		must1(t)(s.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 4}))
	})
	list, _ := h.store.Backups()
	path := filepath.Join(data.BackupDir(h.dir), list[0].Name)
	whole, _ := os.ReadFile(path)
	must(t, os.WriteFile(path, whole[:len(whole)/2], 0o600))
	h.app.restore(list[0].Name) // what the confirm dialog's Yes does
	top := h.win.Canvas().Overlays().Top()
	if top == nil || !screentest.HasText(top, "This backup cannot be used: it is damaged or incomplete.") {
		t.Fatal("no message says the backup cannot be used")
	}
	h.app.Show(screens.HomeID)
	h.shows("Seren")
}

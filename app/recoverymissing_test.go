package app

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
)

// deletedFamily makes a family of three with a backup, then deletes its
// file, and opens the folder as the app does at start.
func deletedFamily(t *testing.T) (string, error) {
	dir := t.TempDir()
	s, _ := data.Open(dir, datatest.Options(t, nil))
	for _, n := range []string{"Amira", "Leo", "Maisie"} {
		must1(t)(s.AddChild(data.Child{Name: n, BirthYear: 2016, BirthMonth: 1}))
	}
	must(t, s.Sign("Sam", time.Date(2026, 11, 20, 8, 0, 0, 0, time.Local)))
	if _, err := s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)
	must(t, os.Remove(filepath.Join(dir, data.FileName)))
	_, err := data.Open(dir, datatest.Options(t, nil))
	return dir, err
}

func TestADeletedFileOffersTheBackupNotANewFamily(t *testing.T) {
	dir, openErr := deletedFamily(t)
	if !errors.Is(openErr, data.ErrMissing) {
		t.Fatalf("opened with the file deleted: %v", openErr)
	}
	fa, w, tr := recoveryWindow(t, "en")
	var opened *data.Store
	ShowStartupProblem(fa, w, tr, dir, openErr, func(s *data.Store) { opened = s })
	screentest.MustHaveText(t, w.Content(), "data file is missing")
	screentest.MustHaveText(t, w.Content(), "20/11/2026 at 09:00:00: 3 children, agreement signed 20/11/2026")
	screentest.MustHaveText(t, w.Content(), "Start a new family instead")
	test.Tap(screentest.Button(t, w.Content(), "Open the newest good backup"))
	if opened == nil {
		t.Fatal("the backup was not opened")
	}
	defer closeOK(t, opened)
	if kids, _ := opened.Children(); len(kids) != 3 {
		t.Fatalf("restored family has %d children", len(kids))
	}
}

func TestStartingANewFamilyInsteadIsDeliberate(t *testing.T) {
	dir, openErr := deletedFamily(t)
	fa, w, tr := recoveryWindow(t, "cy")
	var opened *data.Store
	ShowStartupProblem(fa, w, tr, dir, openErr, func(s *data.Store) { opened = s })
	test.Tap(screentest.Button(t, w.Content(), tr.T("recovery.start_new")))
	if opened != nil {
		t.Fatal("a new family was started without asking")
	}
	top := w.Canvas().Overlays().Top()
	screentest.MustHaveText(t, top, tr.T("recovery.start_new_confirm"))
	test.Tap(screentest.Button(t, top, tr.T("recovery.start_new_yes")))
	if opened == nil {
		t.Fatal("no new family after confirming")
	}
	defer closeOK(t, opened)
	if kids, _ := opened.Children(); len(kids) != 0 {
		t.Fatalf("the new family has %d children", len(kids))
	}
	if b, _, _ := data.AllBackups(dir, nil); len(b) != 1 {
		t.Fatalf("the old family's backup is gone: %v", b)
	}
}

func TestADataFileLinkedToADriveNotConnectedNamesItAndTriesAgain(t *testing.T) {
	dir := t.TempDir()
	drive := filepath.Join(t.TempDir(), "usb")
	if err := os.Symlink(filepath.Join(drive, data.FileName), filepath.Join(dir, data.FileName)); err != nil {
		t.Skip("no symlinks here:", err)
	}
	_, openErr := data.Open(dir, datatest.Options(t, nil))
	if !errors.Is(openErr, data.ErrDanglingLink) {
		t.Fatalf("got %v, want ErrDanglingLink", openErr)
	}
	fa, w, tr := recoveryWindow(t, "pl")
	var opened *data.Store
	r := ShowStartupProblem(fa, w, tr, dir, openErr, func(s *data.Store) { opened = s })
	r.opts = datatest.Options(t, nil)
	screentest.MustHaveText(t, w.Content(), filepath.Join(drive, data.FileName))
	test.Tap(screentest.Button(t, w.Content(), tr.T("recovery.try_again")))
	if opened != nil {
		t.Fatal("opened with the drive still away")
	}
	screentest.MustHaveText(t, w.Canvas().Overlays().Top(), tr.T("recovery.still_dangling"))
	if _, err := os.Stat(drive); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("something was written through the link")
	}
	// The drive is connected again, with the family on it.
	s, err := data.Open(drive, datatest.Options(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	must1(t)(s.AddChild(data.Child{Name: "Leo", BirthYear: 2018, BirthMonth: 3}))
	closeOK(t, s)
	test.Tap(screentest.Button(t, w.Content(), tr.T("recovery.try_again")))
	if opened == nil {
		t.Fatal("Try again did not open the connected drive's family")
	}
	defer closeOK(t, opened)
	if kids, _ := opened.Children(); len(kids) != 1 {
		t.Fatalf("got %d children through the link", len(kids))
	}
}

func TestTheNewestBackupButtonSkipsAnEmptyFamilysBackup(t *testing.T) {
	dir, openErr := deletedFamily(t)
	// An earlier version made a backup of an empty family after the loss.
	opts := datatest.Options(t, nil)
	opts.NewFamily = true
	empty, err := data.Open(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	must1(t)(empty.Backup(time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)))
	closeOK(t, empty)
	must(t, os.Remove(filepath.Join(dir, data.FileName)))
	fa, w, tr := recoveryWindow(t, "en")
	var opened *data.Store
	ShowStartupProblem(fa, w, tr, dir, openErr, func(s *data.Store) { opened = s })
	test.Tap(screentest.Button(t, w.Content(), "Open the newest good backup"))
	if opened == nil {
		t.Fatal("no backup opened")
	}
	defer closeOK(t, opened)
	if kids, _ := opened.Children(); len(kids) != 3 {
		t.Fatalf("opened the empty backup: %d children", len(kids))
	}
}

// A data folder that is itself a link to a drive not connected is named
// as the folder (not "the data file"), with where it points, in each
// language.
func TestADataFolderLinkedToADriveNotConnectedIsCalledAFolder(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			drive := filepath.Join(t.TempDir(), "usb", "family")
			dir := filepath.Join(t.TempDir(), "family")
			if err := os.Symlink(drive, dir); err != nil {
				t.Skip("no symlinks here:", err)
			}
			_, openErr := data.Open(dir, datatest.Options(t, nil))
			if !errors.Is(openErr, data.ErrDanglingLink) {
				t.Fatalf("got %v, want ErrDanglingLink", openErr)
			}
			fa, w, tr := recoveryWindow(t, lang)
			ShowStartupProblem(fa, w, tr, dir, openErr, func(*data.Store) { t.Fatal("opened") })
			screentest.MustHaveText(t, w.Content(), tr.T("recovery.dangling_folder", map[string]any{"Target": drive}))
			if screentest.HasText(w.Content(), tr.T("recovery.dangling", map[string]any{"Target": drive})) {
				t.Fatal("the folder is called the data file")
			}
		})
	}
}

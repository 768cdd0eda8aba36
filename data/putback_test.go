package data_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

func kindNamed(t *testing.T, name string) data.Kind {
	for _, k := range data.Kinds() {
		if k.Name == name {
			return k
		}
	}
	t.Fatalf("no kind %q", name)
	return data.Kind{}
}

// A restore over a file with one damaged record keeps that file aside;
// Put this back brings it back as it was, keeping the restored one first.
func TestAFileKeptAsideByARestoreCanBePutBack(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := data.Open(dir, datatest.Options(t, nil))
	datatest.Must(t, err)
	datatest.Must1(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2012, BirthMonth: 4}))
	b, err := s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local))
	datatest.Must(t, err)
	for _, n := range []string{"Leo", "Maisie"} { // added after the backup
		datatest.Must1(t)(s.AddChild(data.Child{Name: n, BirthYear: 2018, BirthMonth: 9}))
	}
	datatest.Must1(t)(s.AddAppNote(data.AppNote{ChildID: 1, Name: "Minecraft"}))
	datatest.CloseOK(t, s)
	path := filepath.Join(dir, data.FileName)
	if !datatest.DamageKind(t, path, kindNamed(t, "app_notes"), datatest.BadBytes) {
		t.Fatal("no app note to damage")
	}
	datatest.Must(t, data.Restore(dir, b.Name, time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local), nil))
	kept, err := data.KeptFiles(dir)
	datatest.Must(t, err)
	if len(kept) != 1 {
		t.Fatalf("kept files: %v", kept)
	}
	datatest.Must(t, data.PutBack(dir, kept[0].Name, time.Date(2026, 12, 1, 9, 5, 0, 0, time.Local), nil))
	s, err = data.Open(dir, datatest.Options(t, nil))
	datatest.Must(t, err)
	defer datatest.CloseOK(t, s)
	if kids, _ := s.Children(); len(kids) != 3 {
		t.Fatalf("put back: %d children, want the 3 from before the restore", len(kids))
	}
	if s.Unreadable() != 1 {
		t.Fatalf("put back: %d unreadable records, want the 1 damaged one", s.Unreadable())
	}
	if again, _ := data.KeptFiles(dir); len(again) != 0 {
		t.Fatalf("still listed as kept: %v", again)
	}
	good, _, _ := data.GoodBackups(dir, nil)
	if len(good) < 2 || good[0].Contents.Children != 1 {
		t.Fatalf("the restored family (1 child) was not kept as a backup first: %+v", good)
	}
}

func TestOnlyKeptFamilyFilesArePutBack(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := data.Open(dir, datatest.Options(t, nil))
	datatest.Must(t, err)
	datatest.CloseOK(t, s)
	junk := data.KeptPrefix + "2026-12-01-090000.db"
	datatest.Must(t, os.WriteFile(filepath.Join(dir, junk), []byte("not a family file"), 0o600))
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.Local)
	for _, name := range []string{junk, data.FileName, "../elsewhere.db"} {
		if err := data.PutBack(dir, name, now, nil); !errors.Is(err, data.ErrBadBackup) {
			t.Errorf("%s: got %v, want ErrBadBackup", name, err)
		}
	}
	if _, err := data.Open(dir, datatest.Options(t, nil)); err != nil {
		t.Fatalf("a refused put-back changed the file: %v", err)
	}
}

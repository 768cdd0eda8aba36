package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

func TestFirstRunCreatesAFileThatReopens(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "nested", "data")
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveSettings(Settings{Language: "cy", Region: "GB", Onboarded: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != FileName {
		t.Fatalf("data folder holds %v, want only %s (no temp files left)", entries, FileName)
	}
	if runtime.GOOS != "windows" {
		info, _ := os.Stat(filepath.Join(dir, FileName))
		if info.Mode().Perm() != 0o600 {
			t.Errorf("file mode %v, want 0600: the data is private", info.Mode().Perm())
		}
	}
	s, err = Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	got, _ := s.Settings()
	if got.Language != "cy" || !got.Onboarded {
		t.Fatalf("settings after reopen = %+v", got)
	}
}

func TestSecondCopyGetsAlreadyOpen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	start := time.Now()
	_, err = Open(dir, testOptions())
	if !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("second open: %v, want ErrAlreadyOpen", err)
	}
	if waited := time.Since(start); waited > 5*time.Second {
		t.Fatalf("second open waited %v: it must give up, not hang", waited)
	}
}

func TestNewerFileIsRefusedAndLeftUntouched(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	must(t, s.SaveSettings(Settings{Language: "pl"}))
	if err := s.db.Update(func(tx txn) error { return setSchemaVersion(tx, SchemaVersion+1) }); err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)
	path := filepath.Join(dir, FileName)
	before, _ := os.ReadFile(path)

	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("open newer file: %v, want ErrNewerVersion", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("refusing a newer file changed it")
	}
}

func TestNotADatabaseIsReportedAndNeverOverwritten(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	junk := bytes.Repeat([]byte("this is a letter, not a database\n"), 500)
	if err := os.WriteFile(path, junk, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("open junk: %v, want ErrNotDatabase", err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, junk) {
		t.Fatal("the unreadable file was changed")
	}
}

func TestUnwritableFolderGivesAClearError(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		// root can write anywhere; use a path under a regular file instead.
		file := filepath.Join(t.TempDir(), "a-file")
		must(t, os.WriteFile(file, nil, 0o600))
		if _, err := Open(filepath.Join(file, "data"), testOptions()); err == nil {
			t.Fatal("opened a store inside a file")
		}
		return
	}
	dir := filepath.Join(t.TempDir(), "locked")
	must(t, os.Mkdir(dir, 0o500))
	if _, err := Open(dir, testOptions()); err == nil {
		t.Fatal("opened a store in a read-only folder")
	}
}

func TestMigrationsRunInOrderFromAnOldFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "old.db")
	bdb, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db := newBoltFile(bdb, nil)
	defer closeOK(t, db)
	var ran []int
	steps := []migration{
		func(tx txn) error { ran = append(ran, 1); _, err := tx.CreateBucket([]byte("one")); return err },
		func(tx txn) error { ran = append(ran, 2); _, err := tx.CreateBucket([]byte("two")); return err },
	}
	if err := migrate(db, steps[:1]); err != nil {
		t.Fatal(err)
	}
	if err := migrate(db, steps); err != nil {
		t.Fatal(err)
	}
	if len(ran) != 2 || ran[0] != 1 || ran[1] != 2 {
		t.Fatalf("ran %v, want [1 2] with each step once", ran)
	}
	must(t, db.View(func(tx txn) error {
		if v := schemaVersion(tx); v != 2 {
			t.Errorf("version %d, want 2", v)
		}
		return nil
	}))
}

func TestFailedMigrationKeepsTheOldVersion(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "old.db")
	bdb, _ := bbolt.Open(path, 0o600, nil)
	db := newBoltFile(bdb, nil)
	defer closeOK(t, db)
	steps := []migration{
		func(tx txn) error { _, err := tx.CreateBucket([]byte("one")); return err },
		func(tx txn) error {
			must1(t)(tx.CreateBucket([]byte("half")))
			return errors.New("disk full")
		},
	}
	if err := migrate(db, steps); err == nil {
		t.Fatal("a failing migration reported success")
	}
	must(t, db.View(func(tx txn) error {
		if v := schemaVersion(tx); v != 1 {
			t.Errorf("version %d after a failed step, want 1", v)
		}
		if tx.Bucket([]byte("half")) != nil {
			t.Error("the failed step's half-done change was kept")
		}
		return nil
	}))
}

func TestGoldenVersion1File(t *testing.T) {
	t.Parallel()
	// testdata/v1.db was written by schema version 1 with one child and
	// Welsh settings. Every later version must still read it.
	src, err := os.ReadFile(filepath.Join("testdata", "v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, FileName), src, 0o600))
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	set, _ := s.Settings()
	kids, _ := s.Children()
	if set.Language != "cy" || len(kids) != 1 || kids[0].Name != "Seren" {
		t.Fatalf("golden file read as settings %+v children %+v", set, kids)
	}
}

func TestCodecRefusesARecordFromTheFuture(t *testing.T) {
	t.Parallel()
	var v Settings
	if err := decode([]byte(`{"v":99,"d":{}}`), &v); !errors.Is(err, ErrNewerVersion) {
		t.Fatalf("got %v", err)
	}
	if err := decode([]byte(`garbage`), &v); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("got %v", err)
	}
	b, _ := encode(Settings{Region: "IE"})
	if err := decode(b, &v); err != nil || v.Region != "IE" {
		t.Fatalf("round trip: %v %+v", err, v)
	}
}

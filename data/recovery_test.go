package data

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

var day0 = time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)

// freshStore opens a new family in a temporary folder, closed at the end.
func freshStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeOK(t, s) })
	return s
}

func names(t *testing.T, s *Store) string {
	t.Helper()
	kids, err := s.Children()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, k := range kids {
		out = append(out, k.Name)
	}
	return strings.Join(out, ",")
}

// rawUpdate changes a closed family file directly, as damage would.
func rawUpdate(t *testing.T, path string, fn func(tx txn) error) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := newBoltFile(db, nil).Update(fn); err != nil {
		t.Fatal(err)
	}
	closeOK(t, db)
}

func TestOneBadRecordHidesOnlyItself(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	var kids []Child
	for _, n := range []string{"Amira", "Leo", "Maisie"} {
		k := addKid(t, s, n)
		kids = append(kids, k)
		if _, err := s.AddConcern(Concern{ChildID: k.ID, Date: day0, Happened: "about " + n}); err != nil {
			t.Fatal(err)
		}
	}
	closeOK(t, s)
	rawUpdate(t, filepath.Join(dir, FileName), func(tx txn) error {
		b := tx.Bucket(bucketChildren)
		v := bytes.Clone(b.Get(kids[1].ID.key()))
		v[bytes.Index(v, []byte("Leo"))] = 'X' // still JSON, but not what was saved
		return b.Put(kids[1].ID.key(), v)
	})
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	if s.Unreadable() != 1 {
		t.Fatalf("%d unreadable records counted, want 1", s.Unreadable())
	}
	if got := names(t, s); got != "Amira,Maisie" {
		t.Fatalf("children shown: %q, want the two that read back", got)
	}
	for _, k := range []Child{kids[0], kids[2]} {
		if log, err := s.Concerns(k.ID); err != nil || len(log) != 1 {
			t.Fatalf("%s's concerns: %v %v", k.Name, log, err)
		}
	}
}

func TestRestoreKeepsWhatWasThereAndTheKeptCopyOpens(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	addKid(t, s, "Before")
	b, err := s.Backup(day0)
	if err != nil {
		t.Fatal(err)
	}
	addKid(t, s, "After")
	closeOK(t, s)
	if err := Restore(dir, b.Name, day0.Add(time.Hour), nil); err != nil {
		t.Fatal(err)
	}
	list, _ := ListBackups(dir)
	var kept *Backup
	for i := range list {
		if list[i].Kind == BackupKept {
			kept = &list[i]
		}
	}
	if kept == nil {
		t.Fatalf("no copy kept before the restore: %+v", list)
	}
	other := t.TempDir()
	raw, _ := os.ReadFile(filepath.Join(BackupDir(dir), kept.Name))
	must(t, os.WriteFile(filepath.Join(other, FileName), raw, 0o600))
	ks, err := Open(other, testOptions())
	if err != nil {
		t.Fatalf("the kept copy does not open: %v", err)
	}
	defer closeOK(t, ks)
	if got := names(t, ks); got != "After,Before" {
		t.Fatalf("the kept copy holds %q, want the data from before the restore", got)
	}
	s, _ = Open(dir, testOptions())
	defer closeOK(t, s)
	if got := names(t, s); got != "Before" {
		t.Fatalf("after restore: %q", got)
	}
}

func TestRestoreOverADamagedFileKeepsItsBytes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	addKid(t, s, "Seren")
	b, _ := s.Backup(day0)
	closeOK(t, s)
	path := filepath.Join(dir, FileName)
	whole, _ := os.ReadFile(path)
	damaged := whole[:len(whole)/3]
	must(t, os.WriteFile(path, damaged, 0o600))
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("a cut-short file: %v", err)
	}
	if err := Restore(dir, b.Name, day0.Add(time.Hour), nil); err != nil {
		t.Fatal(err)
	}
	kept, _ := filepath.Glob(filepath.Join(dir, KeptPrefix+"*.db"))
	if len(kept) != 1 {
		t.Fatalf("the damaged file was not kept aside: %v", kept)
	}
	if got, _ := os.ReadFile(kept[0]); !bytes.Equal(got, damaged) {
		t.Fatal("the kept file is not the damaged file's bytes")
	}
	listed, err := KeptFiles(dir)
	if err != nil || len(listed) != 1 || listed[0].Name != filepath.Base(kept[0]) || listed[0].Size != int64(len(damaged)) ||
		listed[0].Taken.Format(backupStamp) != day0.Add(time.Hour).Format(backupStamp) {
		t.Fatalf("the kept file is listed as %+v (%v)", listed, err)
	}
	s, err = Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	if names(t, s) != "Seren" {
		t.Fatal("the backup was not restored")
	}
}

func TestRestoreNeverRunsWhileTheFileIsOpen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	defer closeOK(t, s)
	addKid(t, s, "Seren")
	b, _ := s.Backup(day0)
	addKid(t, s, "Osian")
	if err := Restore(dir, b.Name, day0, nil); !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("restore under an open store: %v", err)
	}
	if names(t, s) != "Osian,Seren" {
		t.Fatal("the open family changed")
	}
}

func TestRestoreRefusesBackupsThatCannotBeTrusted(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	addKid(t, s, "Current")
	b, _ := s.Backup(day0)
	closeOK(t, s)
	good, _ := os.ReadFile(filepath.Join(BackupDir(dir), b.Name))
	cases := map[string]func(path string){
		"cut short":   func(p string) { must(t, os.WriteFile(p, good[:len(good)/2], 0o600)) },
		"empty":       func(p string) { must(t, os.WriteFile(p, nil, 0o600)) },
		"newer":       func(p string) { setSchema(t, p, 99) },
		"no contacts": func(p string) { rawUpdate(t, p, func(tx txn) error { return tx.DeleteBucket(bucketContacts) }) },
		"bad record": func(p string) {
			rawUpdate(t, p, func(tx txn) error { return tx.Bucket(bucketChildren).Put(ID(1).key(), []byte("{")) })
		},
	}
	for name, damage := range cases {
		bad := fmt.Sprintf("backup-2026-11-2%d-090000.db", len(name)%10)
		p := filepath.Join(BackupDir(dir), bad)
		must(t, os.WriteFile(p, good, 0o600))
		damage(p)
		err := Restore(dir, bad, day0, nil)
		if !errors.Is(err, ErrBadBackup) {
			t.Errorf("%s: %v, want ErrBadBackup", name, err)
		}
		if name == "newer" && !errors.Is(err, ErrNewerVersion) {
			t.Errorf("newer: %v does not say so", err)
		}
		must(t, os.Remove(p))
	}
	s, _ = Open(dir, testOptions())
	defer closeOK(t, s)
	if names(t, s) != "Current" {
		t.Fatal("a refused restore changed the data")
	}
}

func setSchema(t *testing.T, path string, v int) {
	rawUpdate(t, path, func(tx txn) error { return setSchemaVersion(tx, v) })
}

func TestBackupsOfANewEmptyFamilyNeverPushOutTheRealOnes(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	addKid(t, s, "Real")
	for i := range 3 {
		must1(t)(s.backup(day0.AddDate(0, 0, i), BackupDaily))
	}
	closeOK(t, s)
	must(t, os.Remove(filepath.Join(dir, FileName))) // the file is lost; the family chose to start again
	opts := testOptions()
	opts.NewFamily = true
	s, _ = Open(dir, opts)
	defer closeOK(t, s)
	for i := range 2 * BackupsKept {
		if _, err := s.backup(day0.AddDate(0, 0, 10+i), BackupDaily); err != nil {
			t.Fatal(err)
		}
	}
	good, _, _ := GoodBackups(dir, nil)
	real := 0
	for _, b := range good {
		real += b.Contents.Children
	}
	if real != 3 {
		t.Fatalf("%d backups of the real family left, want all 3", real)
	}
}

func TestTheNewestBackupWithTheMostRecordsIsKept(t *testing.T) {
	t.Parallel()
	s := freshStore(t)
	for _, n := range []string{"A", "B", "C"} {
		addKid(t, s, n)
	}
	must1(t)(s.backup(day0, BackupDaily))
	kids, _ := s.Children()
	for _, k := range kids {
		must(t, s.DeleteChild(k.ID))
	}
	for i := range BackupsKept + 3 {
		must1(t)(s.backup(day0.AddDate(0, 0, 1+i), BackupDaily))
	}
	good, _, _ := GoodBackups(s.Dir(), nil)
	if len(good) != BackupsKept+1 || good[len(good)-1].Contents.Children != 3 {
		t.Fatalf("%d backups kept; the oldest holds %d children, want the full one kept", len(good), good[len(good)-1].Contents.Children)
	}
}

func TestABackupDatedInTheFutureDoesNotStopDailyBackups(t *testing.T) {
	t.Parallel()
	s := freshStore(t)
	if _, err := s.backup(day0.AddDate(1, 0, 0), BackupDaily); err != nil {
		t.Fatal(err)
	}
	if made, err := s.BackupIfDue(day0); !made || err != nil {
		t.Fatalf("made=%v err=%v: a copy dated next year stopped today's", made, err)
	}
	for i := range BackupsKept + 2 {
		must1(t)(s.backup(day0.AddDate(0, 0, 1+i), BackupDaily))
	}
	list, _ := s.Backups()
	if list[len(list)-1].Taken.Before(day0) || len(list) != BackupsKept {
		t.Fatalf("rotation kept %d copies, the future one should go first: %+v", len(list), list)
	}
}

func TestLeftoversAreRemovedAtStart(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	must1(t)(s.Backup(day0))
	closeOK(t, s)
	left := []string{filepath.Join(dir, ".new-1.db"), filepath.Join(dir, ".restore-2.db"),
		filepath.Join(dir, ".compact-3.db"), filepath.Join(BackupDir(dir), ".new-4.db")}
	for _, p := range left {
		must(t, os.WriteFile(p, []byte("a full plain copy"), 0o600))
	}
	mine := filepath.Join(dir, "notes.db")
	must(t, os.WriteFile(mine, []byte("not ours"), 0o600))
	s, _ = Open(dir, testOptions())
	defer closeOK(t, s)
	for _, p := range left {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s is still there", filepath.Base(p))
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Fatal("a file that is not the app's was removed")
	}
}

func TestDeletedTextDoesNotStayInTheFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	defer closeOK(t, s)
	gone := addKid(t, s, "Zebedee-Secret")
	kept := addKid(t, s, "Anwen")
	if _, err := s.AddConcern(Concern{ChildID: kept.ID, Date: day0, Happened: "Confidential-Concern"}); err != nil {
		t.Fatal(err)
	}
	log, _ := s.Concerns(kept.ID)
	if err := s.DeleteChild(gone.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteConcern(kept.ID, log[0].ID); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, FileName))
	for _, secret := range []string{"Zebedee-Secret", "Confidential-Concern"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("%q is still in the file after it was deleted", secret)
		}
	}
	if names(t, s) != "Anwen" {
		t.Fatal("the store lost its records while compacting")
	}
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("after compacting, a second open: %v, want ErrAlreadyOpen", err)
	}
}

func TestOpenFailuresSayWhy(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	must(t, os.WriteFile(file, nil, 0o600))
	if _, err := Open(file, testOptions()); !errors.Is(err, ErrNotAFolder) {
		t.Errorf("data folder is a file: %v", err)
	}
	for errno, want := range map[syscall.Errno]error{syscall.ENOSPC: ErrNoSpace, syscall.EROFS: ErrReadOnly, syscall.EACCES: ErrReadOnly} {
		if err := SaveError(&fs.PathError{Op: "write", Path: "x", Err: errno}); !errors.Is(err, want) {
			t.Errorf("%v: %v, want %v", errno, err, want)
		}
	}
	if err := fileError("opening", &fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, false); !errors.Is(err, ErrPermission) {
		t.Errorf("permission: %v", err)
	}
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	defer closeOK(t, s)
	start := time.Now()
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("second copy: %v", err)
	}
	// openTimeout and a margin for a computer busy with other work: the
	// point is that it gives up instead of waiting for the other copy.
	if took := time.Since(start); took > openTimeout+2*time.Second {
		t.Fatalf("the second copy waited %v", took)
	}
}

func TestAFamilyWithAnUnreadableRecordIsStillBackedUp(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	addKid(t, s, "Seren")
	closeOK(t, s)
	rawUpdate(t, filepath.Join(dir, FileName), func(tx txn) error {
		return tx.Bucket(bucketChildren).Put(ID(99).key(), []byte("{"))
	})
	s, _ = Open(dir, testOptions())
	defer closeOK(t, s)
	if made, err := s.BackupIfDue(day0); !made || err != nil {
		t.Fatalf("made=%v err=%v: one bad record stopped the daily backup", made, err)
	}
}

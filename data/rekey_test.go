package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// sealedValues is every sealed value of s's file, by bucket and
// key (the meta bucket's plain values are left out).
func sealedValues(t *testing.T, s *Store) map[StampedKey][]byte {
	t.Helper()
	out := map[StampedKey][]byte{}
	must(t, s.db.View(func(tx txn) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				var e envelope
				if json.Unmarshal(v, &e) == nil && e.X != nil {
					out[StampedKey{string(name), string(k)}] = bytes.Clone(e.X)
				}
				return nil
			})
		})
	}))
	return out
}

// Changing the passphrase draws a new data key: every record and every
// stamp is sealed again, nothing is lost, and someone holding the old
// passphrase and the old key record (an old copy of the file) cannot read
// a record written after the change, nor any record of the new file. A
// backup made before still opens with the old passphrase and is listed
// for removal; one made after is not.
func TestChangingThePassphraseIsARekey(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	addKid(t, s, "Cerys")
	addKid(t, s, "Aled")
	if err := s.SetPassphrase("old passphrase"); err != nil {
		t.Fatal(err)
	}
	oldBackup, err := s.Backup(time.Now())
	if err != nil {
		t.Fatal(err)
	}
	oldRec := s.KeyRecord()
	before, want := sealedValues(t, s), everything(t, s)
	if err := s.ChangePassphrase("wrong", "new passphrase"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("changed with the wrong passphrase: %v", err)
	}
	if err := s.ChangePassphrase("old passphrase", "new passphrase"); err != nil {
		t.Fatal(err)
	}
	same(t, "after the change", want, everything(t, s))
	stamps := 0
	for k, x := range sealedValues(t, s) {
		if bytes.Equal(before[k], x) {
			t.Errorf("%s/%x was not sealed again", k.Bucket, k.Key)
		}
		if k.Bucket == string(bucketStamps) {
			stamps++
		}
	}
	if stamps == 0 {
		t.Fatal("no sealed stamps: the test proves nothing about them")
	}
	addKid(t, s, "Dafydd") // written after the change
	oldKey, err := NewKeys("old passphrase").dataKey(oldRec)
	if err != nil {
		t.Fatal(err)
	}
	old, _ := newSealer(oldKey)
	for k, x := range sealedValues(t, s) {
		if _, err := old.open([]byte(k.Bucket), []byte(k.Key), x); err == nil {
			t.Errorf("the old key opens %s/%x of the new file", k.Bucket, k.Key)
		}
	}
	if err := s.CheckPassphrase("old passphrase"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("the old passphrase still opens the file: %v", err)
	}
	if names(t, s) != "Aled,Cerys,Dafydd" {
		t.Errorf("children %q", names(t, s))
	}
	if _, err := CheckBackup(filepath.Join(BackupDir(s.Dir()), oldBackup.Name), NewKeys("old passphrase")); err != nil {
		t.Errorf("the backup made before does not open with the old passphrase: %v", err)
	}
	if _, err := s.Backup(time.Now().Add(time.Hour)); err != nil { // rotation reads both keys
		t.Fatal(err)
	}
	listed, err := BackupsUnderOtherKey(s.Dir(), s.KeyRecord())
	if err != nil || len(listed) != 1 || listed[0].Name != oldBackup.Name {
		t.Fatalf("backups under the old key: %v, %v; want only %s", listed, err, oldBackup.Name)
	}
}

// The old passphrase, with the old key record put back into a copy of the
// new file, opens no record written after the change.
func TestAnOldKeyRecordPutBackOpensNothingNew(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	addKid(t, s, "Cerys")
	must(t, s.SetPassphrase("old passphrase"))
	oldRec := s.KeyRecord()
	must(t, s.ChangePassphrase("old passphrase", "new passphrase"))
	addKid(t, s, "Dafydd")
	dir := t.TempDir()
	copyFile(t, s.Path(), filepath.Join(dir, filepath.Base(s.Path())))
	rawUpdate(t, filepath.Join(dir, filepath.Base(s.Path())), func(tx txn) error {
		return tx.Bucket(bucketMeta).Put(keyCrypt, oldRec)
	})
	c, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, c)
	if err := c.Unlock("old passphrase"); err == nil {
		if got := names(t, c); strings.Contains(got, "Dafydd") || strings.Contains(got, "Cerys") {
			t.Fatalf("the old passphrase read %q from the new file", got)
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	must(t, err)
	must(t, os.WriteFile(to, b, 0o600))
}

const (
	rekeyPassA = "first passphrase"
	rekeyPassB = "second passphrase"
)

// TestKilledWhileChangingThePassphraseLosesNothing kills, with SIGKILL, a
// process that changes the passphrase back and forth, 110 times, and
// checks each time that the file reopens with one of the two passphrases
// and every record of the demo family, and leaves no half-written file.
func TestKilledWhileChangingThePassphraseLosesNothing(t *testing.T) {
	if dir := os.Getenv("REKEY_WRITER_DIR"); dir != "" {
		rekeyForever(dir)
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	t.Parallel() // its own folder and processes
	dir := t.TempDir()
	s, err := Open(dir, durable())
	must(t, err)
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.Local)
	s.SetClock(at(now))
	must(t, seedDemo(s, now, Settings{}))
	want := everything(t, s)
	must(t, s.SetPassphrase(rekeyPassA))
	closeOK(t, s)
	rounds, second, midway := raceRounds(t, 110), 0, 0
	for round := range rounds {
		killWriter(t, dir, "TestKilledWhileChangingThePassphraseLosesNothing", "REKEY_WRITER_DIR")
		if hasLeftover(dir) {
			midway++
		}
		s, err := Open(dir, durable())
		if err != nil {
			t.Fatalf("round %d: the file did not open after the kill: %v", round, err)
		}
		s.SetClock(at(now))
		err = s.Unlock(rekeyPassA)
		if errors.Is(err, ErrWrongPassphrase) {
			second++
			err = s.Unlock(rekeyPassB)
		}
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		same(t, fmt.Sprintf("round %d", round), want, everything(t, s))
		closeOK(t, s)
		checkNoLeftovers(t, dir)
	}
	t.Logf("%d kills, %d found the second passphrase, %d stopped a change midway", rounds, second, midway)
	if (second == 0 || second == rounds || midway == 0) && !raceDetector {
		t.Errorf("the kills did not land in every state: the test proved little")
	}
}

// rekeyForever is the process killed: it changes the passphrase from one
// to the other until it is killed.
func rekeyForever(dir string) {
	s, err := Open(dir, durable())
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	cur, next := rekeyPassA, rekeyPassB
	if s.Unlock(cur) != nil {
		cur, next = next, cur
		if s.Unlock(cur) != nil {
			os.Exit(1)
		}
	}
	fmt.Println("ready")
	for {
		if err := s.ChangePassphrase(cur, next); err != nil {
			fmt.Println("change:", err)
			os.Exit(1)
		}
		cur, next = next, cur
	}
}

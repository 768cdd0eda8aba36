package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

const sentinel = "Zebedee-Sentinel-4711"

// sentinelFamily is a store holding the sentinel in a child's name, notes,
// placement, an app note, a concern and a contact.
func sentinelFamily(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t, at(time.Date(2026, 11, 24, 10, 0, 0, 0, time.Local)))
	c, err := s.AddChild(Child{Name: sentinel, BirthYear: 2015, BirthMonth: 3, Notes: sentinel,
		Placed: true, Placement: Placement{SocialWorker: sentinel}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAppNote(AppNote{ChildID: c.ID, Name: sentinel}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddConcern(Concern{ChildID: c.ID, Happened: sentinel, Date: s.now()}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddContact(Contact{Name: sentinel, Role: RoleSchool, Phone: "0800 000 000"}); err != nil {
		t.Fatal(err)
	}
	return s
}

func holdsSentinel(t *testing.T, path string) bool {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Contains(b, []byte(sentinel))
}

// The sentinel is in the plain file and its backup, and in neither the
// encrypted file nor any backup made after; the older plain backup is
// found for removal and removed.
func TestSentinelIsInNoEncryptedFileOrBackup(t *testing.T) {
	t.Parallel()
	s := sentinelFamily(t)
	before, err := s.Backup(s.now())
	if err != nil {
		t.Fatal(err)
	}
	if !holdsSentinel(t, s.Path()) || !holdsSentinel(t, filepath.Join(BackupDir(s.Dir()), before.Name)) {
		t.Fatal("the plain file does not hold the sentinel: the test would prove nothing")
	}
	if err := s.SetPassphrase("correct horse"); err != nil {
		t.Fatal(err)
	}
	later, err := s.AddChild(Child{Name: sentinel + " later", BirthYear: 2014, BirthMonth: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteChild(later.ID); err != nil { // and the file is compacted
		t.Fatal(err)
	}
	if _, err := s.AddChild(Child{Name: sentinel + " again", BirthYear: 2014, BirthMonth: 2}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(s.now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(s.now().Add(2 * time.Hour)); err != nil { // and rotate reads them all
		t.Fatal(err)
	}
	if holdsSentinel(t, s.Path()) {
		t.Error("the encrypted file holds the sentinel")
	}
	plain, err := PlainBackups(s.Dir())
	if err != nil || len(plain) != 1 || plain[0].Name != before.Name {
		t.Fatalf("plain backups = %v, %v; want only %s", plain, err, before.Name)
	}
	if err := RemoveBackups(s.Dir(), plain); err != nil {
		t.Fatal(err)
	}
	list, _ := s.Backups()
	if len(list) != 2 {
		t.Fatalf("%d backups left, want the 2 encrypted ones", len(list))
	}
	for _, b := range list {
		if holdsSentinel(t, filepath.Join(BackupDir(s.Dir()), b.Name)) {
			t.Errorf("backup %s holds the sentinel", b.Name)
		}
		if _, err := CheckBackup(filepath.Join(BackupDir(s.Dir()), b.Name), nil); !errors.Is(err, ErrLocked) {
			t.Errorf("an encrypted backup checked without the passphrase: %v", err)
		}
		c, err := CheckBackup(filepath.Join(BackupDir(s.Dir()), b.Name), NewKeys("correct horse"))
		if err != nil || c.Children != 2 || c.Concerns != 1 {
			t.Errorf("encrypted backup %s: %+v, %v", b.Name, c, err)
		}
	}
}

// everything is what a family sees: every kind of record, the agreement
// with its history, and the settings.
func everything(t *testing.T, s *Store) map[string]bool {
	t.Helper()
	out := snapshot(t, s)
	a, err1 := s.Agreement()
	hist, err2 := s.AgreementHistory()
	set, err3 := s.Settings()
	if err := errors.Join(err1, err2, err3); err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal([]any{a, hist, set})
	out["rest/"+string(j)] = true
	return out
}

// The demo family, saved in a plain file, survives being encrypted,
// reopened and decrypted again, record for record.
func TestAPlainFileIsConvertedAndEveryRecordSurvives(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 10, 0, 0, 0, time.Local)
	s.SetClock(at(now))
	if err := seedDemo(s, now, Settings{Language: "cy", Region: "GB"}); err != nil {
		t.Fatal(err)
	}
	want := everything(t, s)
	if len(want) < 15 {
		t.Fatalf("only %d records: the test would prove little", len(want))
	}
	if err := s.SetPassphrase("pass phrase"); err != nil {
		t.Fatal(err)
	}
	same(t, "after encrypting", want, everything(t, s))
	closeOK(t, s)

	s, err = Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	s.SetClock(at(now))
	if !s.Locked() {
		t.Fatal("an encrypted file opened unlocked")
	}
	if _, err := s.Children(); !errors.Is(err, ErrLocked) {
		t.Fatalf("a locked store read children: %v", err)
	}
	if _, err := s.AddChild(Child{Name: "Plain", BirthYear: 2015, BirthMonth: 1}); !errors.Is(err, ErrLocked) {
		t.Fatalf("a locked store saved a child: %v", err)
	}
	if err := s.Unlock("pass phrase"); err != nil {
		t.Fatal(err)
	}
	same(t, "after reopening", want, everything(t, s))
	if err := s.RemovePassphrase("pass phrase"); err != nil {
		t.Fatal(err)
	}
	same(t, "after decrypting", want, everything(t, s))
	if s.Encrypted() || s.Locked() {
		t.Fatal("still encrypted after the passphrase was removed")
	}
}

func same(t *testing.T, when string, want, got map[string]bool) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		t.Fatalf("%s: records differ\nwant %v\ngot  %v", when, want, got)
	}
}

// encryptedAt gives a closed, encrypted family file in a new folder with
// children A and B, and its path.
func encryptedAt(t *testing.T) string {
	t.Helper()
	s := openTemp(t)
	addKid(t, s, "Anwen")
	addKid(t, s, "Bryn")
	if err := s.SetPassphrase("right"); err != nil {
		t.Fatal(err)
	}
	closeOK(t, s)
	return s.Path()
}

func TestAWrongPassphraseIsRefused(t *testing.T) {
	t.Parallel()
	path := encryptedAt(t)
	s, err := Open(filepath.Dir(path), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	for _, wrong := range []string{"", "Right", "right "} {
		if err := s.Unlock(wrong); !errors.Is(err, ErrWrongPassphrase) {
			t.Errorf("Unlock(%q) = %v, want ErrWrongPassphrase", wrong, err)
		}
		if !s.Locked() {
			t.Fatalf("Unlock(%q) unlocked the store", wrong)
		}
	}
	if err := s.Unlock("right"); err != nil || names(t, s) != "Anwen,Bryn" {
		t.Fatalf("the right passphrase: %v", err)
	}
	s.Lock()
	if _, err := s.Children(); !errors.Is(err, ErrLocked) {
		t.Fatalf("a store locked again still reads: %v", err)
	}
}

// A flipped byte in a sealed value, or a sealed value moved under another
// key, is found at unlock (the manifest no longer matches): never a
// panic, never the wrong child, and the family stays locked.
func TestAChangedOrMovedValueIsFoundAtUnlock(t *testing.T) {
	t.Parallel()
	for name, change := range map[string]func(b *bbolt.Bucket, sk func(ID) []byte){
		"flipped": func(b *bbolt.Bucket, sk func(ID) []byte) {
			v := bytes.Clone(b.Get(sk(1)))
			var e envelope
			must(t, json.Unmarshal(v, &e))
			e.X[len(e.X)/2] ^= 1
			v, _ = json.Marshal(e)
			must(t, b.Put(sk(1), v))
		},
		"moved": func(b *bbolt.Bucket, sk func(ID) []byte) { must(t, b.Put(sk(1), bytes.Clone(b.Get(sk(2))))) },
	} {
		t.Run(name, func(t *testing.T) {
			path := encryptedAt(t)
			rawUpdate(t, path, func(tx txn) error {
				sk := func(id ID) []byte { return storedKey(t, tx, "right", bucketChildren, id.key()) }
				change(tx.Tx.Bucket(bucketChildren), sk)
				return nil
			})
			s, err := Open(filepath.Dir(path), testOptions())
			if err != nil {
				t.Fatal(err)
			}
			defer closeOK(t, s)
			if err := s.Unlock("right"); !errors.Is(err, ErrTampered) || !errors.Is(err, ErrNotDatabase) {
				t.Fatalf("Unlock = %v, want ErrTampered", err)
			}
			if !s.Locked() {
				t.Fatal("a changed file was opened")
			}
		})
	}
}

// A flipped byte in the wrapped key is damage, reported at open; a key
// record re-checksummed after the change (not by this app) is refused as a
// wrong passphrase. Neither panics.
func TestAFlippedByteInTheWrappedKeyIsReported(t *testing.T) {
	t.Parallel()
	for _, fixSum := range []bool{false, true} {
		t.Run(fmt.Sprint("checksum fixed ", fixSum), func(t *testing.T) {
			path := encryptedAt(t)
			rawUpdate(t, path, func(tx txn) error {
				var r cryptRecord
				must(t, json.Unmarshal(tx.Bucket(bucketMeta).Get(keyCrypt), &r))
				r.Wrapped[30] ^= 0x20
				if fixSum {
					r.S = r.sum()
				}
				b, _ := json.Marshal(r)
				return tx.Bucket(bucketMeta).Put(keyCrypt, b)
			})
			s, err := Open(filepath.Dir(path), testOptions())
			if !fixSum {
				if !errors.Is(err, ErrNotDatabase) {
					t.Fatalf("Open = %v, want ErrNotDatabase", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer closeOK(t, s)
			if err := s.Unlock("right"); !errors.Is(err, ErrWrongPassphrase) {
				t.Fatalf("Unlock = %v, want ErrWrongPassphrase", err)
			}
		})
	}
}

// A locked file still says which language and region to show the lock
// screen and Get help in, and nothing else.
func TestALockedFileKeepsOnlyTheLanguageAndRegionReadable(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	if err := s.SaveSettings(Settings{Language: "cy", Region: "GB", Onboarded: true}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetPassphrase("right"); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateSettings(func(set *Settings) { set.Region = "IE" }); err != nil {
		t.Fatal(err)
	}
	s.Lock()
	if got := s.LockScreenSettings(); got != (Settings{Language: "cy", Region: "IE"}) {
		t.Fatalf("lock screen settings %+v", got)
	}
	if _, err := s.Settings(); !errors.Is(err, ErrLocked) {
		t.Fatalf("the settings themselves read while locked: %v", err)
	}
}

package data_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// plainItem is something an encrypted family file still holds readable:
// a key's shape in a bucket, and whether the value under it is plain too.
// Name is how the README's privacy section lists it.
type plainItem struct {
	Name   string
	Bucket string
	Key    *regexp.Regexp
	Len    int  // instead of Key: any key of this many bytes
	Plain  bool // the value is not sealed
	seen   bool
}

// plainItems is everything an encrypted file may hold that is not sealed.
// Each is listed in the README, item by item.
func plainItems() []*plainItem {
	it := func(name, bucket, key string, plain bool) *plainItem {
		return &plainItem{Name: name, Bucket: bucket, Key: regexp.MustCompile(`^` + key + `$`), Plain: plain}
	}
	return []*plainItem{
		it("meta/schema_version", "meta", `schema_version`, true),
		it("meta/family_id", "meta", `family_id`, true),
		it("meta/device_id", "meta", `device_id`, true),
		it("meta/machine", "meta", `machine`, true),
		it("meta/machine-folder", "meta", `machine-folder`, true),
		it("meta/crypt", "meta", `crypt`, true),
		it("meta/lock_prefs", "meta", `lock_prefs`, true),
		it("meta/manifest", "meta", `manifest`, true),
		it("meta/unlock_tries", "meta", `unlock_tries`, true),
		// every other bucket: a keyed hash over the record sealed with its key
		{Name: "<bucket>/<keyed hash>", Len: 16},
	}
}

// sealedEnvelope is the only form a sealed value may take: its format
// version and the sealed bytes.
var sealedEnvelope = regexp.MustCompile(`^\{"v":1,"d":null,"x":"[A-Za-z0-9+/=]+"\}$`)

// Every byte an encrypted family file holds outside a sealed value is one
// of the items the README names: bucket names (with their counters), the
// meta bucket's keys listed, its few plain values, and keyed hashes. A
// family with every kind of record is walked whole; anything not on the
// list fails, and so does an item the README does not name. Nowhere in
// the file's bytes is a starter marked, a form with a draft, a settings
// record's name or the family's words.
func TestEverythingPlainInAnEncryptedFileIsListedInTheREADME(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	datatest.EveryKind(t, dir, now, "")
	s, err := data.Open(dir, datatest.Options(t, datatest.At(now)))
	datatest.Must(t, err)
	datatest.Must(t, s.SetHidden("images-received-a-nude", true))
	datatest.Must(t, s.SaveDraft(data.ChildDraft(data.DraftConcern, 1), data.Draft{"happened": "Half typed"}))
	datatest.Must(t, s.SetPassphrase("correct horse"))
	datatest.CloseOK(t, s)
	path := filepath.Join(dir, data.FileName)
	items := walkPlain(t, path)
	readme := privacySection(t)
	for b := range items.buckets {
		if !strings.Contains(readme, "`"+b+"`") {
			t.Errorf("the README does not name the bucket %q", b)
		}
	}
	for _, it := range items.list {
		if !strings.Contains(readme, "`"+it.Name+"`") {
			t.Errorf("the README does not name %q", it.Name)
		}
	}
	raw, err := os.ReadFile(path)
	datatest.Must(t, err)
	for _, word := range []string{"images-received-a-nude", "concern.1", "history", "display",
		"privacy", "sync_folder", "Half typed", "Amira"} {
		if bytes.Contains(raw, []byte(word)) {
			t.Errorf("the encrypted file holds %q in plain", word)
		}
	}
}

type plainWalk struct {
	list    []*plainItem
	buckets map[string]bool
}

// walkPlain checks every key and value of the encrypted file at path
// against plainItems.
func walkPlain(t *testing.T, path string) plainWalk {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	datatest.Must(t, err)
	defer datatest.CloseOK(t, db)
	w := plainWalk{list: plainItems(), buckets: map[string]bool{}}
	datatest.Must(t, db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			w.buckets[string(name)] = true
			return b.ForEach(func(k, v []byte) error {
				checkPlain(t, w.list, string(name), k, v)
				return nil
			})
		})
	}))
	return w
}

// holds reports whether the key k in bucket is this item: an item with no
// bucket is every bucket but meta.
func (it *plainItem) holds(bucket string, k []byte) bool {
	if it.Bucket == "" {
		return bucket != "meta" && len(k) == it.Len
	}
	return it.Bucket == bucket && it.Key.Match(k)
}

func checkPlain(t *testing.T, items []*plainItem, bucket string, k, v []byte) {
	t.Helper()
	for _, it := range items {
		if !it.holds(bucket, k) {
			continue
		}
		it.seen = true
		if !it.Plain && !sealedEnvelope.Match(v) {
			t.Errorf("%s/%q holds a value that is not sealed: %.60q", bucket, k, v)
		}
		if it.Plain && json.Valid(v) && bytes.Contains(v, []byte(`"d":{`)) {
			t.Errorf("%s/%q holds a plain record: %.60q", bucket, k, v)
		}
		return
	}
	t.Errorf("%s/%q is in the file in plain and on no list", bucket, k)
}

// Three children with 1, 4 and 9 concerns: nothing in the encrypted file's
// keys groups the concerns (or their stamps) by child. Every key is a
// hash of the same length, and no two share even their first bytes more
// than chance allows, where the plain layout puts the child's id first.
func TestAnEncryptedFileDoesNotCountRecordsPerChild(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	now := time.Date(2026, 12, 7, 9, 0, 0, 0, time.Local)
	s, err := data.Open(dir, datatest.Options(t, datatest.At(now)))
	datatest.Must(t, err)
	datatest.Must(t, s.SetPassphrase("correct horse"))
	for i, n := range []int{1, 4, 9} {
		c, err := s.AddChild(data.Child{Name: fmt.Sprint("Child ", i), BirthYear: 2012 + i, BirthMonth: 5})
		datatest.Must(t, err)
		for j := range n {
			_, err := s.AddConcern(data.Concern{ChildID: c.ID, Happened: fmt.Sprint("happened ", j), Date: now})
			datatest.Must(t, err)
		}
	}
	datatest.CloseOK(t, s)
	db, err := bbolt.Open(filepath.Join(dir, data.FileName), 0o600, &bbolt.Options{ReadOnly: true})
	datatest.Must(t, err)
	defer datatest.CloseOK(t, db)
	datatest.Must(t, db.View(func(tx *bbolt.Tx) error {
		for _, bucket := range []string{"concerns", "record_stamps"} {
			firsts := map[[2]byte]int{}
			n := 0
			datatest.Must(t, tx.Bucket([]byte(bucket)).ForEach(func(k, _ []byte) error {
				if len(k) != 16 {
					t.Errorf("%s/%q is not a hashed key", bucket, k)
				}
				firsts[[2]byte(k[:2])]++
				n++
				return nil
			}))
			if bucket == "concerns" && n != 14 {
				t.Errorf("%d concerns stored, want 14", n)
			}
			if len(firsts) < n-1 { // two of n keys sharing 2 bytes: about n²/131072
				t.Errorf("%s: %d keys share their first bytes in %d groups", bucket, n, len(firsts))
			}
		}
		return nil
	}))
}

// privacySection is the README's section on the passphrase.
func privacySection(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "README.md"))
	datatest.Must(t, err)
	s := string(b)
	start := strings.Index(s, "## Locked and private: the passphrase")
	end := strings.Index(s, "## Sharing with another carer")
	if start < 0 || end < start {
		t.Fatal("no privacy section in the README")
	}
	return s[start:end]
}

package data_test

import (
	"bytes"
	"encoding/json"
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
	Plain  bool // the value is not sealed
	seen   bool
}

var (
	id     = `(?s).{8}`  // a record's id
	childR = `(?s).{16}` // a child's id, then the record's
)

// plainItems is everything an encrypted file may hold that is not sealed.
// Each is listed in the README, item by item.
func plainItems() []*plainItem {
	it := func(name, bucket, key string, plain bool) *plainItem {
		return &plainItem{Name: name, Bucket: bucket, Key: regexp.MustCompile(`^` + key + `$`), Plain: plain}
	}
	items := []*plainItem{
		it("meta/schema_version", "meta", `schema_version`, true),
		it("meta/family_id", "meta", `family_id`, true),
		it("meta/device_id", "meta", `device_id`, true),
		it("meta/machine", "meta", `machine`, true),
		it("meta/machine-folder", "meta", `machine-folder`, true),
		it("meta/crypt", "meta", `crypt`, true),
		it("meta/lock_prefs", "meta", `lock_prefs`, true),
		it("meta/manifest", "meta", `manifest`, true),
		it("meta/unlock_tries", "meta", `unlock_tries`, true),
		it("agreement/history-seq", "agreement", `history-seq`, true),
		it("agreement/current", "agreement", `current`, false),
		it("agreement/history/<n>", "agreement", `history/`+id, false),
		it("settings/<name>", "settings", `settings|display|privacy|sync_folder`, false),
		it("starter_marks/<starter id>", "starter_marks", `[a-z0-9-]+|own-.*`, false),
		it("drafts/<form>", "drafts", `[a-z_.0-9-]+`, false),
		it("record_stamps/<bucket> <key>", "record_stamps", `[a-z_]+\x00(?s).+`, false),
	}
	for _, b := range []string{"children", "contacts", "holidays", "own_starters"} {
		items = append(items, it(b+"/<id>", b, id, false))
	}
	for _, b := range []string{"app_notes", "concerns", "discussions", "day_changes", "child_words", "review_prompts"} {
		items = append(items, it(b+"/<child id><id>", b, childR, false))
	}
	return items
}

// sealedEnvelope is the only form a sealed value may take: its format
// version and the sealed bytes.
var sealedEnvelope = regexp.MustCompile(`^\{"v":1,"d":null,"x":"[A-Za-z0-9+/=]+"\}$`)

// Every byte an encrypted family file holds outside a sealed value is one
// of the items the README names: bucket names (with their counters), the
// keys listed, and the few plain values. A family with every kind of
// record is walked whole; anything not on the list fails, and so does an
// item the README does not name.
func TestEverythingPlainInAnEncryptedFileIsListedInTheREADME(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	datatest.EveryKind(t, dir, time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local), "correct horse")
	db, err := bbolt.Open(filepath.Join(dir, data.FileName), 0o600, &bbolt.Options{ReadOnly: true})
	datatest.Must(t, err)
	defer datatest.CloseOK(t, db)
	items := plainItems()
	buckets := map[string]bool{}
	datatest.Must(t, db.View(func(tx *bbolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bbolt.Bucket) error {
			buckets[string(name)] = true
			return b.ForEach(func(k, v []byte) error {
				checkPlain(t, items, string(name), k, v)
				return nil
			})
		})
	}))
	readme := privacySection(t)
	for b := range buckets {
		if !strings.Contains(readme, "`"+b+"`") && !strings.Contains(readme, "`"+b+"/") {
			t.Errorf("the README does not name the bucket %q", b)
		}
	}
	for _, it := range items {
		if !strings.Contains(readme, "`"+it.Name+"`") {
			t.Errorf("the README does not name %q", it.Name)
		}
	}
}

func checkPlain(t *testing.T, items []*plainItem, bucket string, k, v []byte) {
	t.Helper()
	for _, it := range items {
		if it.Bucket != bucket || !it.Key.Match(k) {
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

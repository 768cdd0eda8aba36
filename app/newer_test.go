package app

import (
	"bytes"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// A settings record a newer version wrote is named as that, not as
// damage; changing the language or region here says it is kept, and the
// record stays byte for byte as the newer version left it.
func TestANewerSettingsRecordIsKeptAndNeverOverwritten(t *testing.T) {
	dir := t.TempDir()
	datatest.EveryKind(t, dir, damagedKindsNow, "")
	settings := kindNamed(t, "settings")
	if !datatest.DamageKind(t, filepath.Join(dir, data.FileName), settings, datatest.NewerFormat) {
		t.Fatal("the settings record could not be given a newer format")
	}
	before := rawRecord(t, dir, settings)
	h := newHarnessIn(t, dir)
	h.shows("Saved by a newer version of Family Online Safety: your settings (language and region)")
	h.shows("kept exactly as it is")
	if screentest.HasText(h.content(), "Could not be read") {
		t.Fatal("a newer settings record is called unreadable")
	}
	h.app.Show(screens.SettingsID)
	h.app.SetRegion("US")
	screentest.MustHaveText(t, h.top(), "This version keeps it exactly as it is and does not change it")
	h.app.Close()
	if after := rawRecord(t, dir, settings); !bytes.Equal(before, after) {
		t.Fatalf("the newer settings record was written over:\n%q\n%q", before, after)
	}
}

func kindNamed(t *testing.T, name string) data.Kind {
	t.Helper()
	for _, k := range data.Kinds() {
		if k.Name == name {
			return k
		}
	}
	t.Fatalf("no kind %q", name)
	return data.Kind{}
}

// rawRecord is the stored bytes of the first record of kind k.
func rawRecord(t *testing.T, dir string, k data.Kind) []byte {
	t.Helper()
	db, err := bbolt.Open(filepath.Join(dir, data.FileName), 0o600, &bbolt.Options{Timeout: time.Second, ReadOnly: true})
	must(t, err)
	defer func() { must(t, db.Close()) }()
	var out []byte
	must(t, db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(k.Bucket))
		c := b.Cursor()
		for key, v := c.First(); key != nil; key, v = c.Next() {
			if v != nil && k.Holds([]byte(k.Bucket), key) {
				out = bytes.Clone(v)
				return nil
			}
		}
		return nil
	}))
	return out
}

// A damaged settings record is read on every screen; the log says so
// once per start, not once per read.
func TestADamagedSettingsRecordIsLoggedOncePerStart(t *testing.T) {
	dir := t.TempDir()
	datatest.EveryKind(t, dir, damagedKindsNow, "")
	if !datatest.DamageKind(t, filepath.Join(dir, data.FileName), kindNamed(t, "settings"), datatest.BadBytes) {
		t.Fatal("the settings record could not be damaged")
	}
	var buf bytes.Buffer
	log.SetOutput(&buf) // the harness is serial: no other test logs now
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	h := newHarnessIn(t, dir)
	for _, item := range Screens() {
		h.app.Show(item.ID)
	}
	h.app.Show(screens.SettingsID)
	if n := strings.Count(buf.String(), "the settings record cannot be read"); n != 1 {
		t.Fatalf("the damaged settings record was logged %d times:\n%s", n, buf.String())
	}
}

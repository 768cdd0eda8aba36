package datatest

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/content"
	"family-online-safety/data"
)

// EveryKind writes, in dir, a family file that holds at least one record
// of every kind data.Kinds lists (the demo family and more), and a backup
// of it taken before any damage. With a passphrase the file is encrypted,
// so it also holds the key record and the lock screen's copies.
func EveryKind(t testing.TB, dir string, now time.Time, passphrase string) {
	t.Helper()
	tmp := t.TempDir()
	demo, err := data.OpenDemo(tmp, Options(t, At(now)), data.Settings{Language: "en", Region: "GB"})
	Must(t, err)
	CloseOK(t, demo)
	b, err := os.ReadFile(filepath.Join(data.DemoDir(tmp), data.FileName))
	Must(t, err)
	Must(t, os.WriteFile(filepath.Join(dir, data.FileName), b, 0o600))
	opts := Options(t, At(now))
	opts.Machine = "a test computer" // so the file holds the machine it was opened on
	s, err := data.Open(dir, opts)
	Must(t, err)
	kids, err := s.Children()
	Must(t, err)
	Must(t, s.SaveSettings(data.Settings{Language: "en", Region: "GB", Onboarded: true}))
	Must(t, s.SaveDisplay(data.Display{TextSize: 125}))
	Must(t, s.SavePrivacy(data.Privacy{IdleMinutes: 10}))
	// A shared folder on a stick that is not plugged in: chosen, never reached.
	Must(t, s.SaveSyncFolder(data.SyncFolder{Dir: filepath.Join(tmp, "unplugged"), Passphrase: "shared folder words"}))
	Must(t, s.SaveDraft("contact", data.Draft{"name": "Half typed"}))
	Must1(t)(s.AddHoliday(data.Holiday{Name: "Half term", First: now.AddDate(0, 0, 10), Last: now.AddDate(0, 0, 14)}))
	Must1(t)(s.AddDayChange(data.DayChange{Kind: data.ChangeExtra, Day: now, Minutes: 30}, []data.ID{kids[0].ID}))
	Must(t, s.DismissPrompt(kids[0].ID, content.Turning13, now.Year()))
	if passphrase != "" {
		Must(t, s.SetPassphrase(passphrase))
		Must(t, s.SetWrongTries(1, time.Time{}))
	}
	Must1(t)(s.Backup(now.Add(-time.Hour)))
	CloseOK(t, s)
}

// Damage is a way a record can be damaged.
type Damage string

// The ways EveryKind's records are damaged.
const (
	BadBytes    Damage = "bad bytes"    // a byte changed
	NewerFormat Damage = "newer format" // a format version this app does not know
	WrongLength Damage = "wrong length" // one byte short
	Missing     Damage = "missing"      // removed
)

// Damages lists every Damage.
func Damages() []Damage { return []Damage{BadBytes, NewerFormat, WrongLength, Missing} }

// DamageKind damages the first record of kind k in the family file at
// path. It reports false when that damage does not apply to the kind
// (a newer format of a raw id) or the file holds no record of it.
func DamageKind(t testing.TB, path string, k data.Kind, how Damage) bool {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	Must(t, err)
	defer CloseOK(t, db)
	done := false
	Must(t, db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(k.Bucket))
		if b == nil {
			return nil
		}
		key, v := firstOf(b, k)
		if key == nil {
			return nil
		}
		changed, ok := damaged(k, v, how)
		if !ok {
			return nil
		}
		done = true
		if changed == nil {
			return b.Delete(key)
		}
		return b.Put(key, changed)
	}))
	return done
}

func firstOf(b *bbolt.Bucket, k data.Kind) (key, v []byte) {
	c := b.Cursor()
	for key, v := c.First(); key != nil; key, v = c.Next() {
		if v != nil && k.Holds([]byte(k.Bucket), key) {
			return bytes.Clone(key), bytes.Clone(v)
		}
	}
	return nil, nil
}

// damaged is v damaged as how says (nil: removed).
func damaged(k data.Kind, v []byte, how Damage) ([]byte, bool) {
	out := bytes.Clone(v)
	switch how {
	case BadBytes:
		out[len(out)/2] ^= 0x55
	case WrongLength:
		out = out[:len(out)-1]
	case Missing:
		return nil, true
	case NewerFormat:
		switch {
		case k.Name == "schema":
			out = binary.BigEndian.AppendUint64(nil, uint64(data.SchemaVersion+1))
		case bytes.HasPrefix(v, []byte(`{"v":1`)):
			out[len(`{"v":`)] = '9'
		default:
			return nil, false
		}
	}
	return out, true
}

// DeleteMeta removes the entry key from the family file's meta bucket at
// path, as a file written before that entry existed.
func DeleteMeta(t testing.TB, path, key string) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	Must(t, err)
	defer CloseOK(t, db)
	Must(t, db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte("meta")).Delete([]byte(key))
	}))
}

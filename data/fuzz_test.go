package data

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"
)

// Fuzz targets. In a normal test run they run over their seed corpus
// (testdata/fuzz/<name> and the f.Add seeds); `make fuzz-short` mutates
// each for a few seconds.

// FuzzCodec: any bytes either decode or are refused, never panic; what
// decodes encodes back to the same record; any name round-trips.
func FuzzCodec(f *testing.F) {
	seed, _ := encodeAt(nil, bucketChildren, ID(1).key(), Child{ID: 1, Name: "Seren <3 & Osian", BirthYear: 2016, BirthMonth: 4})
	f.Add(ID(1).key(), seed)
	f.Add([]byte("settings"), []byte(`{"v":1,"d":{"region":"uk"}}`))
	f.Add([]byte{}, []byte(`{"v":2,"d":{}}`))
	f.Fuzz(func(t *testing.T, key, b []byte) {
		var c Child
		if err := decodeAt(nil, bucketChildren, key, b, &c); err == nil {
			again, err := encodeAt(nil, bucketChildren, key, c)
			if err != nil {
				t.Fatal(err)
			}
			var c2 Child
			if err := decodeAt(nil, bucketChildren, key, again, &c2); err != nil || !reflect.DeepEqual(c, c2) {
				t.Fatalf("re-encoded record reads back as %+v, %v; want %+v", c2, err, c)
			}
		}
		name := string(b)
		enc, err := encodeAt(nil, bucketChildren, key, Child{Name: name})
		if err != nil {
			t.Fatal(err)
		}
		var back Child
		if err := decodeAt(nil, bucketChildren, key, enc, &back); err != nil {
			t.Fatalf("a record just encoded does not decode: %v", err)
		}
		if utf8.ValidString(name) && back.Name != name {
			t.Fatalf("name %q reads back as %q", name, back.Name)
		}
	})
}

// FuzzPlainEnvelope: the quick split of a record's envelope agrees with
// encoding/json on every input it accepts whose "d" is one JSON value
// (any other "d" is refused by its checksum), and accepts what encodeAt
// writes.
func FuzzPlainEnvelope(f *testing.F) {
	seed, _ := encodeAt(nil, bucketChildren, ID(7).key(), Child{ID: 7, Name: `Ana "s":1}`})
	f.Add(seed)
	f.Add([]byte(`{"v":1,"d":{"s":2},"s":3}`))
	f.Add([]byte(`{"v":01,"d":1,"s":3}`))
	f.Add([]byte(`{"v":1,"d":1,"s":3,"x":"AA=="}`))
	f.Add([]byte(`{"v":1,"d":1,"s":99999999999}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, d, sum, ok := plainEnvelope(b)
		if !ok || !json.Valid(d) {
			return
		}
		var e envelope
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatalf("split %q, but encoding/json refuses it: %v", b, err)
		}
		if e.V != v || !bytes.Equal(e.D, d) || e.S == nil || *e.S != sum || e.X != nil {
			t.Fatalf("split %q as v=%d d=%q s=%d; encoding/json reads %+v", b, v, d, sum, e)
		}
	})
}

func TestPlainEnvelopeSplitsWhatIsWritten(t *testing.T) {
	t.Parallel()
	key := ID(7).key()
	b, err := encodeAt(nil, bucketChildren, key, Child{ID: 7, Name: `Ana "s":1}`})
	if err != nil {
		t.Fatal(err)
	}
	v, d, sum, ok := plainEnvelope(b)
	if !ok || v != recordVersion || sum != recordSum(key, d) || !summed(key, b) {
		t.Fatalf("%q split as %d %q %d %v", b, v, d, sum, ok)
	}
	b[len(b)/2] ^= 1
	if summed(key, b) {
		t.Fatal("a flipped byte still passes the sum")
	}
}

// FuzzOpenMutated: a real family file cut short and with bytes flipped
// opens with every readable record intact or is refused as damaged,
// never crashes and is never changed. The input is a length to cut at (0:
// none) and flips of 5 bytes each: a 4-byte offset and an xor mask.
func FuzzOpenMutated(f *testing.F) {
	orig, want := familyFile(f)
	f.Add(uint32(0), []byte{})
	f.Add(uint32(len(orig)/2), []byte{})
	f.Add(uint32(0), []byte{16, 0, 0, 0, 0xff})                        // meta 0's magic
	f.Add(uint32(0), []byte{0x30, 0x40, 0, 0, 1, 8, 0x10, 0, 0, 0x80}) // two pages' elements
	f.Fuzz(func(t *testing.T, cut uint32, flips []byte) {
		b := append([]byte(nil), orig...)
		if cut > 0 {
			b = b[:int(cut)%len(b)]
		}
		for i := 0; i+5 <= len(flips) && len(b) > 0; i += 5 {
			mask := max(flips[i+4], 1)
			b[int(binary.LittleEndian.Uint32(flips[i:]))%len(b)] ^= mask
		}
		openDamaged(t, "mutated", b, want)
	})
}

// FuzzCheckBackup: any whole file offered as a backup is checked without
// a crash; one that passes has every record readable, restores and opens
// with nothing unreadable. Each fuzzing process writes its inputs over one
// file in one folder of its own, so the target runs thousands of inputs
// in seconds (a folder per input ran about one a second).
func FuzzCheckBackup(f *testing.F) {
	v1, err := os.ReadFile(filepath.Join("testdata", "v1.db"))
	if err != nil {
		f.Fatal(err)
	}
	now, _ := familyFile(f)
	f.Add(v1)
	f.Add(v1[:len(v1)/2])
	f.Add(now)
	dir := f.TempDir()
	must(f, os.MkdirAll(BackupDir(dir), 0o700))
	name := "backup-2026-11-20-090000.db"
	path := filepath.Join(BackupDir(dir), name)
	f.Fuzz(func(t *testing.T, b []byte) {
		must(t, os.WriteFile(path, b, 0o600))
		c, err := CheckBackup(path, nil)
		if err != nil {
			if !errors.Is(err, ErrBadBackup) {
				t.Fatalf("a refused backup is not ErrBadBackup: %v", err)
			}
			return
		}
		if !c.Good() {
			t.Fatalf("a backup with unreadable records passed: %+v", c)
		}
		restored := t.TempDir()
		must(t, os.MkdirAll(BackupDir(restored), 0o700))
		must(t, os.WriteFile(filepath.Join(BackupDir(restored), name), b, 0o600))
		if err := Restore(restored, name, day0, nil); err != nil {
			t.Fatalf("a checked backup did not restore: %v", err)
		}
		s, err := Open(restored, testOptions())
		if err != nil {
			t.Fatalf("a restored, checked backup does not open: %v", err)
		}
		defer closeOK(t, s)
		if s.Unreadable() != 0 {
			t.Fatalf("a restored, checked backup has %d unreadable records", s.Unreadable())
		}
	})
}

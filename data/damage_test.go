package data

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// familyFile builds a real family file (the demo family plus enough app
// notes and concerns that several buckets span branch and leaf pages)
// and returns its bytes and what every record decodes to.
func familyFile(t testing.TB) ([]byte, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	if err := seedDemo(s, now, Settings{Region: "uk"}); err != nil {
		t.Fatal(err)
	}
	kids, _ := s.Children()
	for i := range 40 {
		k := kids[i%len(kids)]
		if _, err := s.AddAppNote(AppNote{ChildID: k.ID, Name: fmt.Sprintf("App %02d", i), Note: fmt.Sprintf("note %d: %s", i, bytes.Repeat([]byte("words "), 20))}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddConcern(Concern{ChildID: k.ID, Date: now.AddDate(0, 0, -i), Happened: fmt.Sprintf("entry %d %s", i, bytes.Repeat([]byte("text "), 30))}); err != nil {
			t.Fatal(err)
		}
	}
	// The last save changes no record, so both meta pages describe the
	// same records and bbolt falling back to the older one loses nothing.
	if err := s.db.Update(func(txn) error { return nil }); err != nil {
		t.Fatal(err)
	}
	want := dump(t, s)
	closeOK(t, s)
	b, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	return b, want
}

// dump reads every record the way the lists do (skipping what cannot be
// read), keyed by bucket and key.
func dump(t testing.TB, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := s.db.View(func(tx txn) error {
		for _, name := range bucketsOf(SchemaVersion) {
			err := tx.Bucket(name).ForEach(func(k, v []byte) error {
				if target := recordFor(name, k); target == nil || decodeOrSkip(tx, nil, name, k, v, target) {
					out[fmt.Sprintf("%s/%x", name, k)] = fmt.Sprintf("%+v", target)
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// damagedCopies is the family file cut at many lengths and with bytes
// flipped in the meta, freelist, branch and leaf pages.
func damagedCopies(b []byte) map[string][]byte {
	out := map[string][]byte{}
	for n := 0; n < len(b); n += 1 + len(b)/100 {
		out[fmt.Sprintf("cut at %d", n)] = b[:n]
	}
	out["cut one byte short"] = b[:len(b)-1]
	m, _ := currentMeta(b)
	ps := int(m.pageSize)
	kinds := map[string]int{}
	for off := 0; off+ps <= len(b) && off/ps < int(m.pgid); off += ps {
		kind := map[uint16]string{0x01: "branch", 0x02: "leaf", 0x04: "meta", 0x10: "freelist"}[ne.Uint16(b[off+8:])]
		if kind == "" || kinds[kind] >= 3 {
			continue
		}
		kinds[kind]++
		// page header, element headers, keys and values, and the meta fields
		for _, at := range []int{0, 8, 10, 12, 16, 20, 24, 28, 36, 40, 48, 56, 64, 200, 1000, ps - 1} {
			for _, mask := range []byte{0x01, 0xff} {
				c := bytes.Clone(b)
				c[off+at] ^= mask
				out[fmt.Sprintf("%s page %d byte %d ^%02x", kind, off/ps, at, mask)] = c
			}
		}
	}
	return out
}

func TestDamagedFilesNeverCrashAndNeverShowWrongRecords(t *testing.T) {
	t.Parallel()
	orig, want := familyFile(t)
	opened, refused := 0, 0
	for name, damaged := range damagedCopies(orig) {
		if openDamaged(t, name, damaged, want) {
			opened++
		} else {
			refused++
		}
	}
	t.Logf("%d damaged copies: %d opened with every readable record intact, %d refused as damaged", opened+refused, opened, refused)
	if opened+refused < 300 || refused == 0 {
		t.Fatalf("too few damaged copies tried")
	}
}

// openDamaged opens a damaged copy of the file whose records are want.
// It must either be refused as damaged or open with every record it
// shows as it was saved and every missing one counted as unreadable; the
// file must not change either way. It reports whether it opened.
func openDamaged(t *testing.T, name string, damaged []byte, want map[string]string) (opened bool) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(path, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if now, _ := os.ReadFile(path); !bytes.Equal(now, damaged) {
			t.Errorf("%s: the damaged file was changed", name)
		}
	}()
	s, err := Open(dir, testOptions())
	if err != nil {
		if !errors.Is(err, ErrNotDatabase) {
			t.Errorf("%s: %v, want the damaged error", name, err)
		}
		return false
	}
	defer closeOK(t, s)
	got := dump(t, s)
	missing := 0
	for k, v := range want {
		if g, ok := got[k]; !ok {
			missing++
		} else if g != v {
			t.Errorf("%s: %s reads back changed:\n%s\nwant\n%s", name, k, g, v)
		}
	}
	// A mutation can make a record look written by a newer version: it is
	// kept apart from the damaged ones (Newer), so only then may more be
	// missing than are counted unreadable.
	explained := missing == s.Unreadable() || (missing > s.Unreadable() && len(s.Newer()) > 0)
	if len(got)+missing != len(want) || !explained {
		t.Errorf("%s: %d records missing, %d extra, %d counted unreadable", name, missing, len(got)+missing-len(want), s.Unreadable())
	}
	return true
}

func TestAnEmptyFileIsNeverTakenAsANewFamily(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	must(t, os.WriteFile(path, nil, 0o600))
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("an empty file: %v, want the damaged error", err)
	}
	if info, _ := os.Stat(path); info.Size() != 0 {
		t.Fatalf("the empty file was initialised (%d bytes)", info.Size())
	}
}

func TestASchemaRecordOfTheWrongShapeIsRefusedNotRewritten(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, _ := Open(dir, testOptions())
	addKid(t, s, "Seren")
	must(t, s.db.Update(func(tx txn) error { return tx.Bucket(bucketMeta).Put(keySchemaVersion, []byte("1")) }))
	closeOK(t, s)
	before, _ := os.ReadFile(filepath.Join(dir, FileName))
	if _, err := Open(dir, testOptions()); !errors.Is(err, ErrNotDatabase) {
		t.Fatalf("a one-byte schema record: %v, want the damaged error", err)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, FileName)); !bytes.Equal(before, after) {
		t.Fatal("the file was rewritten")
	}
}

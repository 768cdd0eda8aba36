package largefamily

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/data/internal/nosync"
)

// Now is the day the benchmarks' large family is dated from.
var Now = time.Date(2026, 11, 29, 17, 0, 0, 0, time.Local)

var cached struct {
	once sync.Once
	file []byte // a filled database, copied for each caller
	err  error
}

// Open opens a fresh copy of the Large family, dated Now with the store's
// clock stopped there, in a temporary folder removed when tb ends. The
// family is generated once per test binary, without an fsync per save.
func Open(tb testing.TB) (*data.Store, []data.Child) {
	tb.Helper()
	cached.once.Do(func() { cached.file, cached.err = generate() })
	if cached.err != nil {
		tb.Fatal(cached.err)
	}
	dir := tb.TempDir()
	if err := os.WriteFile(filepath.Join(dir, data.FileName), cached.file, 0o600); err != nil {
		tb.Fatal(err)
	}
	s, err := data.Open(dir, datatest.Options(tb, func() time.Time { return Now }))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = s.Close() })
	kids, err := s.Children()
	if err != nil {
		tb.Fatal(err)
	}
	return s, kids
}

func generate() ([]byte, error) {
	dir, err := os.MkdirTemp("", "largefamily-")
	if err != nil {
		return nil, err
	}
	defer func() { _ = os.RemoveAll(dir) }()
	// Without an fsync per save (the file is copied from memory for each
	// test): seconds, not the minute that a synced save per record took.
	s, err := data.Open(dir, data.Options{Clock: func() time.Time { return Now }, NoSync: nosync.On()})
	if err != nil {
		return nil, err
	}
	_, err = Fill(s, Now, Large)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(dir, data.FileName))
}

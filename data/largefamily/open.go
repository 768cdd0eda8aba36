package largefamily

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"family-online-safety/data"
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
// family is generated once per test binary (about 10 s of saves).
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
	s, err := data.Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	s.SetClock(func() time.Time { return Now })
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
	s, err := data.Open(dir)
	if err != nil {
		return nil, err
	}
	s.SetClock(func() time.Time { return Now })
	_, err = Fill(s, Now, Large)
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(dir, data.FileName))
}

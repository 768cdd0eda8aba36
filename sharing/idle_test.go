package sharing

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// Two homes on one folder, nobody touching anything: after they have
// met once, an idle hour (and another after a restart) of rounds every three seconds (as the app polls,
// with the app's own debounce) writes no file and makes no backup.
func TestTwoIdleHomesWriteNothingAndMakeNoBackup(t *testing.T) {
	t.Parallel()
	clock := day
	now := func() time.Time { return clock }
	dir := t.TempDir()
	a, err := data.OpenDemo(t.TempDir(), datatest.Options(t, now), data.Settings{}) // every kind of record
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	b := datatest.Open(t, now)
	homes := []*Syncer{NewSyncer(a, dir, pass, "0.1.0"), NewSyncer(b, dir, pass, "0.1.0")}
	stores := []*data.Store{a, b}
	run := func(d time.Duration) (writes, merges int) {
		for end := clock.Add(d); clock.Before(end); clock = clock.Add(3 * time.Second) {
			for _, h := range homes {
				r := h.Step(clock)
				if len(r.Problems) > 0 || r.Waiting != nil {
					t.Fatalf("problems %v, waiting %v", r.Problems, r.Waiting)
				}
				if r.Wrote {
					writes++
				}
				merges += len(r.Merged)
			}
		}
		return writes, merges
	}
	run(5 * time.Minute) // they meet and settle
	before := [2]string{backupNames(t, a), backupNames(t, b)}
	writes, merges := run(time.Hour)
	if writes != 0 || merges != 0 {
		t.Errorf("an idle hour wrote %d files and took in %d", writes, merges)
	}
	// After a restart each writes its file once (it cannot know the file
	// there is its latest), takes in nothing and backs nothing up.
	homes = []*Syncer{NewSyncer(a, dir, pass, "0.1.0"), NewSyncer(b, dir, pass, "0.1.0")}
	if writes, merges := run(time.Hour); writes > 2 || merges != 0 {
		t.Errorf("an idle hour after a restart wrote %d files and took in %d", writes, merges)
	}
	for i, s := range stores {
		if now := backupNames(t, s); now != before[i] {
			t.Errorf("home %d made backups in an idle hour:\nbefore %s\nafter  %s", i, before[i], now)
		}
	}
}

// backupNames names every backup kept, in order.
func backupNames(t *testing.T, s *data.Store) string {
	t.Helper()
	list, err := s.Backups()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range list {
		names = append(names, b.Name)
	}
	return strings.Join(names, " ")
}

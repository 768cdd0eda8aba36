package data

import (
	"testing"
	"time"
)

// A store opened with the app's options (the zero value) syncs every save
// to disk, and keeps doing so after a delete compacts the file and after a
// passphrase rewrites it; a test store's no-fsync switch carries over the
// same way. The demo, made without syncs, ends as its options say.
func TestTheAppsOptionsSyncEverySave(t *testing.T) {
	t.Parallel()
	for name, o := range map[string]Options{"app": {KDF: CheapKDF()}, "test": testOptions()} {
		want := o.NoSync.Skips()
		s, err := Open(t.TempDir(), o)
		if err != nil {
			t.Fatal(err)
		}
		check := func(when string) {
			t.Helper()
			if s.db.NoSync != want {
				t.Errorf("%s store, %s: NoSync %v, want %v", name, when, s.db.NoSync, want)
			}
		}
		check("opened")
		kid := addKid(t, s, "Seren")
		must(t, s.DeleteChild(kid.ID)) // compacts: a new file takes the old one's place
		check("after a delete")
		must(t, s.SetPassphrase("correct horse battery"))
		check("after a passphrase")
		closeOK(t, s)
		demo, err := OpenDemo(t.TempDir(), o, Settings{})
		if err != nil {
			t.Fatal(err)
		}
		if demo.db.NoSync != want {
			t.Errorf("%s demo: NoSync %v, want %v", name, demo.db.NoSync, want)
		}
		closeOK(t, demo)
	}
}

// A new passphrase is wrapped at the cost the store was opened with, and
// the zero options are the app's full cost; the clock given is the one
// that stamps changes.
func TestAStoreWrapsAtItsOwnCostAndStampsWithItsOwnClock(t *testing.T) {
	t.Parallel()
	if got := (Options{}).withDefaults(); got.KDF != DefaultKDF() || got.Share != DefaultShareCost() || got.Clock == nil {
		t.Fatalf("zero options: %+v", got)
	}
	cost := CheapKDF() // not the default; only the costs the app writes are read back
	if cost == DefaultKDF() {
		t.Fatal("the cheap cost is the default: the test proves nothing")
	}
	when := time.Date(2026, 3, 4, 5, 6, 0, 0, time.UTC)
	s, err := Open(t.TempDir(), Options{KDF: cost, Clock: at(when)})
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, s)
	kid := addKid(t, s, "Seren")
	if st, _ := stampOf(t, s, bucketChildren, kid.ID.key()); !st.Changed.Equal(when) {
		t.Errorf("stamped %v, want the store's clock %v", st.Changed, when)
	}
	must(t, s.SetPassphrase("correct horse battery"))
	rec, err := s.cryptRecord()
	if err != nil {
		t.Fatal(err)
	}
	r, err := parseCrypt(rec)
	if err != nil {
		t.Fatal(err)
	}
	if r.KDF != cost {
		t.Errorf("wrapped at %+v, want the store's %+v", r.KDF, cost)
	}
}

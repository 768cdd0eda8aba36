//go:build linux

package sharing

import (
	"errors"
	"syscall"
	"testing"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/translations"
)

// A shared folder on a full disk, and on a read-only one: this computer's
// file cannot be written, and the report says which, in every language.
func TestAFullOrReadOnlySharedFolderIsToldApart(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name  string
		spoil func(testing.TB, string)
		want  error
		key   string
	}{
		{"full", datatest.Fill, data.ErrNoSpace, "sharing.error.no_space"},
		{"read-only", datatest.ReadOnly, data.ErrReadOnly, "sharing.error.read_only"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := datatest.SmallDisk(t, "64k")
			c.spoil(t, dir)
			s, _, _ := family(t)
			r := NewSyncer(s, dir, pass, "0.1.0").WithDebounce(0).Step(day)
			err := r.Problems[""]
			if r.Wrote || !errors.Is(err, c.want) || (c.name == "full" && !errors.Is(err, syscall.ENOSPC)) {
				t.Fatalf("wrote %v, problem %v; want %v", r.Wrote, err, c.want)
			}
			if MessageKey(err) != c.key {
				t.Fatalf("message %q, want %q", MessageKey(err), c.key)
			}
			for _, lang := range []string{"en", "cy", "pl"} {
				tr, _ := translations.New(lang)
				if tr.T(c.key) == c.key {
					t.Errorf("%s: no words for %s", lang, c.key)
				}
			}
		})
	}
}

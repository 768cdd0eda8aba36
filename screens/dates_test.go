package screens

import (
	"testing"
	"time"
)

// regionTr is a Translator that says which region it is for.
type regionTr string

func (r regionTr) T(id string, _ ...map[string]any) string        { return id }
func (r regionTr) N(id string, _ int, _ ...map[string]any) string { return id }
func (r regionTr) RegionCode() string                             { return string(r) }

func TestDatesAreWrittenAndReadInTheRegionsOrder(t *testing.T) {
	t.Parallel()
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		region, shown, typed string
	}{
		{"GB", "05/03/2026", "5/3/2026"},
		{"IE", "05/03/2026", "5.3.26"},
		{"AU", "05/03/2026", "05-03-2026"},
		{"NZ", "05/03/2026", "5 3 2026"},
		{"US", "03/05/2026", "3/5/2026"},
		{"CA", "2026-03-05", "2026/3/5"},
	}
	for _, c := range cases {
		tr := regionTr(c.region)
		if got := FormatDate(tr, day); got != c.shown {
			t.Errorf("%s shows %q, want %q", c.region, got, c.shown)
		}
		for _, typed := range []string{c.shown, c.typed, "2026-03-05"} {
			if got, ok := ParseDate(tr, typed); !ok || !got.Equal(day) {
				t.Errorf("%s reads %q as %v (%v)", c.region, typed, got, ok)
			}
		}
	}
	for _, bad := range []string{"31/02/2026", "5/13/2026", "5/3", "yesterday", "1/2/3/4", ""} {
		if _, ok := ParseDate(regionTr("GB"), bad); ok {
			t.Errorf("GB read %q as a date", bad)
		}
	}
}

package sharing

import (
	"slices"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A contact's notes changed in both homes: answered "keep this
// computer's", nothing is said to have come in (no summary to show, the
// last file taken in stays the one before); answered "take the file's",
// it came in and is said so.
func TestEveryAnswerKeepBringsNothingIn(t *testing.T) {
	for _, take := range []bool{false, true} {
		t.Run(map[bool]string{false: "keep", true: "take"}[take], func(t *testing.T) {
			t.Parallel()
			dir, clock := t.TempDir(), time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
			now := func() time.Time { return clock }
			a, b := datatest.Open(t, datatest.At(clock)), datatest.Open(t, datatest.At(clock))
			sa, sb := NewSyncer(a, dir, "shared words", "0.1.0").WithDebounce(0), NewSyncer(b, dir, "shared words", "0.1.0").WithDebounce(0)
			if _, err := a.AddContact(data.Contact{Name: "Dr Jones", Phone: "01632 960100"}); err != nil {
				t.Fatal(err)
			}
			sa.Step(now())
			sb.Step(now())
			before := sb.Step(now()).LastMerge
			edit := func(s *data.Store, notes string) {
				clock = clock.Add(time.Minute)
				s.SetClock(datatest.At(clock))
				cs, _ := s.Contacts()
				cs[0].Notes = notes
				if err := s.UpdateContact(cs[0]); err != nil {
					t.Fatal(err)
				}
			}
			edit(a, "Surgery on Tuesdays")
			edit(b, "Ask for the practice nurse")
			sa.Step(now())
			r := sb.Step(now())
			if r.Waiting == nil || len(r.Waiting.Summary.Conflicts) != 1 {
				t.Fatalf("no conflict waits: %+v", r.Waiting)
			}
			answer := map[bool]data.Resolution{false: data.KeepMine, true: data.TakeTheirs}[take]
			r = sb.Resolve(map[string]data.Resolution{r.Waiting.Summary.Conflicts[0].UID: answer}, now())
			came := slices.ContainsFunc(r.Merged, func(s Summary) bool { return !s.Empty() })
			if came != take || r.LastMerge.Equal(before) != !take {
				t.Fatalf("answered %v: said to come in %v, last taken in at %v (before %v)", answer, came, r.LastMerge, before)
			}
		})
	}
}

package data

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// A device-free time's Problems name every field it breaks, once each,
// and Validate refuses it with the first of them: for random windows,
// each field good or bad on its own.
func TestAWindowNamesEveryProblemAtOnce(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(7, 24))
	for range 2000 {
		w, want := Window{Start: 20 * 60, End: 7 * 60, Days: EveryDay, Everyone: true, Label: "Bedtime"}, []string{}
		if r.IntN(2) == 0 {
			w.Label = []string{"", "  ", strings.Repeat("x", MaxLabelLength+1)}[r.IntN(3)]
			want = append(want, FieldWindowLabel)
		}
		if r.IntN(2) == 0 {
			w.Days = Days{}
			want = append(want, FieldWindowDays)
		}
		if r.IntN(2) == 0 {
			w.End = []int{w.Start, -1, MinutesPerDay}[r.IntN(3)]
			want = append(want, FieldWindowTimes)
		}
		if r.IntN(2) == 0 {
			w.Everyone = false
			want = append(want, FieldWindowWho)
		}
		var got []string
		for _, err := range w.Problems() {
			fe, ok := AsFieldError(err)
			if !ok {
				t.Fatalf("%+v: %v is not a field error", w, err)
			}
			got = append(got, fe.Field)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("%+v: problems with %v, want %v", w, got, want)
		}
		err := w.Validate()
		if len(want) == 0 && err != nil || len(want) > 0 && err != w.Problems()[0] && err.Error() != w.Problems()[0].Error() {
			t.Fatalf("%+v: Validate said %v, want the first problem %v", w, err, w.Problems())
		}
	}
}

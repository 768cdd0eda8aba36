package data

import (
	"testing"
	"time"
)

func TestAddMonthsKeepsToTheEndOfShortMonths(t *testing.T) {
	t.Parallel()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		from time.Time
		n    int
		want time.Time
	}{
		{day(2026, 11, 29), 3, day(2027, 2, 28)},
		{day(2027, 11, 30), 3, day(2028, 2, 29)}, // a leap year
		{day(2026, 8, 31), 1, day(2026, 9, 30)},
		{day(2026, 1, 31), 12, day(2027, 1, 31)},
		{day(2026, 11, 15), 3, day(2027, 2, 15)},
	}
	for _, c := range cases {
		if got := AddMonths(c.from, c.n); !got.Equal(c.want) {
			t.Errorf("%s + %d months = %s, want %s", c.from.Format(DateLayout), c.n, got.Format(DateLayout), c.want.Format(DateLayout))
		}
	}
}

func TestReviewInThreeMonthsFromTheTwentyNinthOfNovember(t *testing.T) {
	t.Parallel()
	a := Agreement{ReviewMonths: 3, Signatures: []Signature{{Name: "Mum", SignedAt: time.Date(2026, 11, 29, 18, 0, 0, 0, time.UTC)}}}
	if got := a.ReviewOn(); got.Month() != time.February || got.Day() != 28 {
		t.Fatalf("review on %s, want 28 February", got.Format(DateLayout))
	}
}

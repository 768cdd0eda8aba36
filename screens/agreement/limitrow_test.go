package agreement_test

import (
	"fyne.io/fyne/v2"

	"testing"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
)

// newTypingScreen is the agreement screen saving as the app does: after
// a pause in typing or on leaving a box, never per keystroke.
func newTypingScreen(t *testing.T, monday data.Limit) (*agreementHarness, data.ID) {
	h := &agreementHarness{Harness: screentest.New(t, screentest.At(tuesday), screentest.Size(900, 800),
		screentest.WaitForPause()), kids: map[string]data.Child{}}
	c, err := h.Store.AddChild(data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Store.SetLimit(c.ID, 0, monday); err != nil {
		t.Fatal(err)
	}
	h.Show(agreement.New(h.Env(), h.Store, h.Store).View())
	return h, c.ID
}

func (h *agreementHarness) monday(leo data.ID) data.Limit {
	return h.agreement().WeekFor(leo)[0]
}

func TestTypingTwentyFiveHoursNeverSavesTheTwo(t *testing.T) {
	h, leo := newTypingScreen(t, data.Minutes(60))
	hours, _ := h.dayBoxes(0)
	h.Win.Canvas().Focus(hours)
	hours.SetText("")
	h.Press(hours, "25", func(typed string) {
		if got := h.monday(leo); got != data.Minutes(60) {
			t.Fatalf("after typing %q Monday is %+v, want the 1 h it had", typed, got)
		}
	})
	h.Shows("Hours: 0 to 24")
	h.Pause()
	if got := h.monday(leo); got != data.Minutes(60) {
		t.Fatalf("after a pause Monday is %+v", got)
	}
	h.Leave()
	if hours.Text != "1" || h.monday(leo) != data.Minutes(60) {
		t.Fatalf("on leaving the box shows %q and the store %+v; want 1 h back", hours.Text, h.monday(leo))
	}
	h.Shows("Not saved: back to what was agreed (1 h)")
}

// A pause after the "2" saved 2 h; the "5" that follows takes the day
// back to what it was when the box was entered.
func TestAPauseMidValueIsUndoneWhenTheValueBreaks(t *testing.T) {
	h, leo := newTypingScreen(t, data.Minutes(60))
	hours, _ := h.dayBoxes(0)
	h.Win.Canvas().Focus(hours)
	hours.SetText("")
	h.Press(hours, "2", nil)
	h.Pause()
	if got := h.monday(leo); got != data.Minutes(120) {
		t.Fatalf("after 2 and a pause: %+v", got)
	}
	h.Press(hours, "5", nil)
	if got := h.monday(leo); got != data.Minutes(60) {
		t.Fatalf("after 25: %+v, want the 1 h from before", got)
	}
}

func TestNinetyMinutesBecomesAnHourAndAHalf(t *testing.T) {
	h, leo := newTypingScreen(t, data.Limit{})
	_, mins := h.dayBoxes(0)
	h.Press(mins, "90", func(typed string) {
		if got := h.monday(leo); got.Set {
			t.Fatalf("after typing %q minutes Monday is %+v", typed, got)
		}
	})
	h.Shows("Minutes: 0 to 59. Leave the box to save this as 1 h 30 min.")
	h.Leave()
	hours, mins := h.dayBoxes(0)
	if got := h.monday(leo); got != data.Minutes(90) || hours.Text != "1" || mins.Text != "30" {
		t.Fatalf("after leaving: %+v, boxes %q h %q min", got, hours.Text, mins.Text)
	}
	h.Shows("Saved as 1 h 30 min.")
}

func TestAWholeValueIsSavedAfterAPauseOrOnLeaving(t *testing.T) {
	h, leo := newTypingScreen(t, data.Limit{})
	hours, mins := h.dayBoxes(0)
	h.Press(hours, "2", nil)
	if h.monday(leo).Set {
		t.Fatal("saved before a pause")
	}
	h.Pause()
	if got := h.monday(leo); got != data.Minutes(120) {
		t.Fatalf("after a pause: %+v", got)
	}
	h.Press(mins, "15", nil)
	h.Leave()
	if got := h.monday(leo); got != data.Minutes(135) {
		t.Fatalf("after leaving: %+v", got)
	}
}

// A message appears in space kept for it: the next day's boxes stay
// where they were, so a click or a keystroke lands where it was aimed.
func TestAMessageDoesNotMoveTheFieldsBelow(t *testing.T) {
	h, _ := newTypingScreen(t, data.Limit{})
	hours, _ := h.dayBoxes(0)
	tuesdayHours, _ := h.dayBoxes(1)
	h.Win.Content().Refresh()
	before := fyne.CurrentApp().Driver().AbsolutePositionForObject(tuesdayHours)
	h.Press(hours, "25", nil)
	h.Shows("Hours: 0 to 24")
	h.Win.Content().Refresh()
	after := fyne.CurrentApp().Driver().AbsolutePositionForObject(tuesdayHours)
	if before != after {
		t.Fatalf("Tuesday's hours box moved from %v to %v when Monday's message appeared", before, after)
	}
}

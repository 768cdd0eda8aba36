package agreement_test

import (
	"testing"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// A long rule shows in full: its field wraps over as many lines as it
// needs instead of running off to the side.
func TestALongRuleShowsInFull(t *testing.T) {
	long := "Phones and tablets stay downstairs on the kitchen shelf from half an hour before bed, " +
		"and nobody, grown-ups included, takes one upstairs, even to use as an alarm clock"
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	if _, err := h.Store.AddItem(data.ListRules, long); err != nil {
		t.Fatal(err)
	}
	h.reopen()
	h.Tab("Rules")
	one := widgets.NewEntry(nil).MinSize().Height
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Text != long {
			continue
		}
		if e.Wrapping != fyne.TextWrapWord || e.Size().Height < 2*one-1 {
			t.Fatalf("the long rule's field is %v high, wrapping %v: not shown in full", e.Size().Height, e.Wrapping)
		}
		return
	}
	t.Fatal("the long rule is not on the Rules tab")
}

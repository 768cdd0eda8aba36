package starters_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/starters"
)

// A link from Home or "At this age" opens the starters for the child's
// age band and the topic, and lists only those.
func TestFocusedViewFiltersForTheChildAndTopic(t *testing.T) {
	h := &startersHarness{screentest.New(t, screentest.Size(1200, 800), screentest.At(time.Date(2026, 11, 29, 12, 0, 0, 0, time.Local)),
		screentest.Child("Leo", 2017, 4), screentest.Child("Cai", 2013, 12))}
	h.Show(starters.New(h.Env(), h.Store, h.Actions).FocusedView(2, content.TopicSocialMedia))
	selected := map[string]bool{}
	for _, s := range screentest.Find[*widget.Select](h.Root()) {
		selected[s.Selected] = true
	}
	for _, want := range []string{"Cai", "Age: 11 to 12", "Social media and self-image"} {
		if !selected[want] {
			t.Errorf("%q not chosen; chosen: %v", want, selected)
		}
	}
	rows := h.rows()
	if len(rows) == 0 {
		t.Fatal("nothing listed")
	}
	for _, st := range content.Starters {
		listed := h.hasRow(h.Tr.T(st.QuestionKey()))
		if want := st.Topic == content.TopicSocialMedia && st.HasBand(content.Band11to12); listed != want {
			t.Errorf("%s listed %v, want %v", st.ID, listed, want)
		}
	}
}

package starters_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// A long starter shows whole in the list at 800×600, its words wrapped
// over several lines in a row as tall as they need (the list never
// widens the screen), and every question on show is whole; once selected
// it shows in full too.
func TestALongStarterShowsInFullWhenSelected(t *testing.T) {
	long := "If someone you only know from a game kept asking for a photo of you, " +
		"or to talk somewhere private, and said it had to stay a secret from us, what would you do next?"
	h := openStarters(t, screentest.Size(800, 600), screentest.Prepare(func(s *data.Store) {
		if _, err := s.AddOwnStarter(data.OwnStarter{Question: long, Bands: []content.Band{content.Band8to10}, Topic: content.TopicGames}); err != nil {
			t.Fatal(err)
		}
	}))
	oneLine := widget.NewLabel("x").MinSize().Height
	inList := false
	for _, l := range screentest.Find[*widget.Label](h.list()) {
		if !l.Visible() || l.Size().Height == 0 || !l.TextStyle.Bold {
			continue
		}
		if need := l.MinSize().Height; need > l.Size().Height+1 {
			t.Errorf("in the list %q needs %.0f px down, has %.0f: cut", l.Text, need, l.Size().Height)
		}
		if l.Text == long && l.Size().Height > 1.5*oneLine {
			inList = true
		}
	}
	if !inList {
		t.Errorf("the long starter is not shown whole over several lines in the list")
	}
	h.open(long)
	for _, l := range screentest.Find[*widget.Label](h.root()) {
		if l.Text != long || !l.Visible() {
			continue
		}
		if l.Wrapping == fyne.TextWrapWord && l.Size().Height > 1.5*oneLine {
			return // in full, over several lines
		}
	}
	t.Fatalf("the selected starter is not shown in full; the screen shows %q", strings.Join(screentest.Texts(h.root()), " | "))
}

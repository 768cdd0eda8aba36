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

// A long starter is cut short in the list (the list never widens the
// screen) but shown in full, wrapped over several lines, once selected.
func TestALongStarterShowsInFullWhenSelected(t *testing.T) {
	long := "If someone you only know from a game kept asking for a photo of you, " +
		"or to talk somewhere private, and said it had to stay a secret from us, what would you do next?"
	h := openStarters(t, screentest.Size(800, 600), screentest.Prepare(func(s *data.Store) {
		if _, err := s.AddOwnStarter(data.OwnStarter{Question: long, Bands: []content.Band{content.Band8to10}, Topic: content.TopicGames}); err != nil {
			t.Fatal(err)
		}
	}))
	h.open(long)
	oneLine := widget.NewLabel("x").MinSize().Height
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

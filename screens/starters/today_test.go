package starters_test

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/home"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/starters"
)

func day(s string) time.Time {
	d, err := time.ParseInLocation("2006-01-02 15:04", s, time.Local)
	if err != nil {
		panic(err)
	}
	return d
}

func TestPickStarterForTodayIsStableAndFitsTheAge(t *testing.T) {
	t.Parallel()
	nia := data.Child{ID: 3, Name: "Nia", BirthYear: 2013, BirthMonth: 11}
	morning, _ := starters.PickForToday(content.Starters, nia, day("2026-11-23 07:00"), nil, nil)
	evening, ok := starters.PickForToday(content.Starters, nia, day("2026-11-23 22:59"), nil, nil)
	if !ok || morning.ID != evening.ID {
		t.Fatalf("morning %q, evening %q: want the same starter all day", morning.ID, evening.ID)
	}
	if !morning.HasBand(content.Band13to15) {
		t.Fatalf("%s is not for 13 to 15s", morning.ID)
	}
	// On 31 October Nia is still 12.
	if s, _ := starters.PickForToday(content.Starters, nia, day("2026-10-31 12:00"), nil, nil); !s.HasBand(content.Band11to12) {
		t.Fatalf("on her last day of 12 Nia gets %s (%v)", s.ID, s.Bands)
	}
	// Different days and different children get different starters, mostly.
	picks := map[string]bool{}
	for i := range 10 {
		s, _ := starters.PickForToday(content.Starters, nia, day("2026-11-01 12:00").AddDate(0, 0, i), nil, nil)
		picks[s.ID] = true
	}
	if len(picks) < 4 {
		t.Fatalf("10 days gave only %d different starters: %v", len(picks), picks)
	}
}

func TestPickStarterForTodaySkipsRecentAndHidden(t *testing.T) {
	t.Parallel()
	leo := data.Child{ID: 1, BirthYear: 2017, BirthMonth: 4}
	today := day("2026-11-23 12:00")
	first, _ := starters.PickForToday(content.Starters, leo, today, nil, nil)

	// Discussed 10 days ago: another starter is chosen.
	recent := []data.Discussion{{StarterID: first.ID, Date: "2026-11-13"}}
	if s, _ := starters.PickForToday(content.Starters, leo, today, recent, nil); s.ID == first.ID {
		t.Fatalf("%s was discussed 10 days ago and is chosen again", first.ID)
	}
	// Discussed 31 days ago: it may be chosen again.
	old := []data.Discussion{{StarterID: first.ID, Date: "2026-10-23"}}
	if s, _ := starters.PickForToday(content.Starters, leo, today, old, nil); s.ID != first.ID {
		t.Fatalf("a talk 31 days ago changed the pick to %s", s.ID)
	}
	// Discussed today: the pick stays for the rest of the day.
	now := []data.Discussion{{StarterID: first.ID, Date: "2026-11-23"}}
	if s, _ := starters.PickForToday(content.Starters, leo, today, now, nil); s.ID != first.ID {
		t.Fatalf("marking today's starter changed it to %s", s.ID)
	}
	// Hidden starters are never chosen.
	if s, _ := starters.PickForToday(content.Starters, leo, today, nil, map[string]bool{first.ID: true}); s.ID == first.ID {
		t.Fatal("a hidden starter was chosen")
	}
	// When every starter in the band was discussed lately, one is still offered.
	var all []data.Discussion
	for _, s := range content.Starters {
		all = append(all, data.Discussion{StarterID: s.ID, Date: "2026-11-20"})
	}
	if s, ok := starters.PickForToday(content.Starters, leo, today, all, nil); !ok || !s.HasBand(content.Band8to10) {
		t.Fatalf("all discussed: got %q ok=%v", s.ID, ok)
	}
	if _, ok := starters.PickForToday(nil, leo, today, nil, nil); ok {
		t.Fatal("an empty catalogue offered a starter")
	}
}

func TestHomeShowsTodaysStarterAndMarksItTalkedAbout(t *testing.T) {
	h := screentest.New(t, screentest.At(day("2026-11-23 09:00")), addChild("Leo", 2017, 4))
	leo, _ := h.Store.Child(1)
	home := home.New(h.Env(), h.Store, h.Actions, starters.TodaySection(h.Env(), h.Store, h.Actions, h.Actions))
	h.Show(home.View())

	pick, _ := starters.PickForToday(content.Starters, leo, h.Now(), nil, nil)
	question := h.Tr.T(pick.QuestionKey())
	h.Shows("Starter for today")
	h.Shows(question)

	h.Tap("Copy")
	if h.Actions.LastCopied() != question {
		t.Fatalf("copied %q", h.Actions.LastCopied())
	}
	talked := screentest.Button(t, h.Root(), "We talked about it")
	test.Tap(talked)
	got, _ := h.Store.Discussions(leo.ID)
	if len(got) != 1 || got[0].StarterID != pick.ID || got[0].Date != "2026-11-23" {
		t.Fatalf("history after 'we talked about it' = %+v", got)
	}
	h.Shows("Noted as talked about today")
	if !talked.Disabled() {
		t.Fatal("the button can mark the same talk twice")
	}

	// Drawn again later the same day: same starter, already marked.
	h.Show(home.View())
	h.Shows(question)
	h.Shows("Noted as talked about today")

	h.Tap("More starters")
	if len(h.Actions.Shown) != 1 || h.Actions.Shown[0] != screens.StartersID {
		t.Fatalf("more starters went to %v", h.Actions.Shown)
	}
}

// readOnlyTalks is the family's store on a disk that cannot be written.
type readOnlyTalks struct{ starters.TodayStore }

func (readOnlyTalks) MarkDiscussed(data.Discussion) (data.Discussion, error) {
	return data.Discussion{}, fmt.Errorf("saving a talk: %w", data.ErrReadOnly)
}

// A refused save says why under the card, wrapped to the card's width:
// Home never grows wider than the window nor gains a sideways scroll.
func TestAHomeCardsErrorWrapsInsteadOfWideningHome(t *testing.T) {
	h := screentest.New(t, screentest.At(day("2026-11-23 09:00")), addChild("Leo", 2017, 4))
	store := readOnlyTalks{h.Store}
	view := home.New(h.Env(), h.Store, h.Actions, starters.TodaySection(h.Env(), store, h.Actions, h.Actions)).View()
	h.Show(view)
	width := func() float32 { // what Home's content needs, inside its scroller
		w := view.MinSize().Width
		for _, s := range screentest.Find[*container.Scroll](view) {
			w = max(w, s.Content.MinSize().Width)
		}
		return w
	}
	before := width()
	h.Tap("We talked about it")
	h.Shows("cannot be written")
	if after := width(); after > before {
		t.Fatalf("the error widened Home from %.0f to %.0f", before, after)
	}
	if dir := os.Getenv("SHOTS"); dir != "" {
		h.Win.Resize(fyne.NewSize(800, 500)) // lays the card out again before the picture
		h.Win.Content().Refresh()
		f, err := os.Create(filepath.Join(dir, "home-error.png"))
		if err == nil {
			_ = png.Encode(f, h.Win.Canvas().Capture())
			_ = f.Close()
		}
	}
}

package children_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The "At this age" tab shows the band for the child's age today, with
// each note's source and checked date, in every language; in Australia
// the notes that name ages follow its law.
func TestAtThisAgeShowsTheChildsBand(t *testing.T) {
	on := time.Date(2026, 11, 29, 12, 0, 0, 0, time.Local)
	for _, c := range []struct {
		lang    string
		region  content.Region
		born    int // year, born in March
		heading string
		note    string
	}{
		{"en", content.RegionUK, 2015, "At this age: 11 to 12", "Before they move up to a new school or start social media"},
		{"cy", content.RegionUK, 2015, "Yn yr oed hwn: 11 i 12", "Cyn iddyn nhw symud i ysgol newydd"},
		{"pl", content.RegionUK, 2015, "W tym wieku: 11–12 lat", "Zanim dziecko pójdzie do nowej szkoły"},
		{"en", content.RegionUK, 2012, "At this age: 13 to 15", "From 13, the terms of TikTok, Instagram and Snapchat allow an account"},
		{"en", content.RegionAU, 2012, "At this age: 13 to 15", "In Australia, under-16s may not hold accounts on TikTok, Instagram, Snapchat"},
		{"pl", content.RegionAU, 2012, "W tym wieku: 13–15 lat", "W Australii osoby poniżej 16 lat nie mogą mieć kont na TikToku, Instagramie, Snapchacie"},
		{"cy", content.RegionUK, 2022, "Yn yr oed hwn: O dan 5", "Mae Sefydliad Iechyd y Byd (2019) yn dweud dim amser sgrin cyn 1 oed"},
	} {
		t.Run(c.lang+"/"+string(c.region)+"/"+c.heading, func(t *testing.T) {
			h := newChildrenHarness(t, screentest.Lang(c.lang), screentest.At(on), addChild("Nia", c.born, 3))
			h.Tr.SetRegion(c.region)
			h.Show(children.New(h.Env(), h.Store, h.Win, h.Actions).Focus(1, children.TabAge).View())
			h.Shows(c.heading)
			h.Shows(c.note)
			// Every source a note relies on is named, with the oldest check.
			first := content.GuideFor(content.BandForAge(2026 - c.born))[0]
			sources := first.SourcesIn(c.region)
			names := make([]string, len(sources))
			for i, s := range sources {
				names[i] = s.Name
			}
			h.Shows(h.Tr.T("ageguide.source", map[string]any{"Source": strings.Join(names, "; "), "Checked": string(content.OldestChecked(sources))}))
		})
	}
}

// A note's links open the starters for the child and the note's topic, and
// the child's apps on this screen.
func TestAtThisAgeLinks(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 29, 12, 0, 0, 0, time.Local)), addChild("Nia", 2015, 3))
	h.Show(children.New(h.Env(), h.Store, h.Win, h.Actions).Focus(1, children.TabAge).View())
	h.TapExact("Starters: Pressure, secrets and exploitation")
	if h.Actions.Child != 1 || h.Actions.Topic != content.TopicPressure {
		t.Fatalf("starters for child %d, topic %q", h.Actions.Child, h.Actions.Topic)
	}
	h.TapExact("Nia's apps")
	h.Shows("No app notes yet")
}

// The own-phone date is kept with the child from the Details tab.
func TestOwnPhoneDateSaves(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 29, 12, 0, 0, 0, time.Local)), addChild("Nia", 2015, 3))
	h.Show(children.New(h.Env(), h.Store, h.Win, h.Actions).Focus(1, children.TabDetails).View())
	phone := h.Entry("For example 29/11/2026")
	test.Type(phone, "25/12/2026")
	kid, err := h.Store.Child(1)
	if err != nil || data.DateText(kid.OwnPhone) != "2026-12-25" {
		t.Fatalf("own phone saved as %q (%v)", data.DateText(kid.OwnPhone), err)
	}
}

// A birth year changed on the Details tab moves the "At this age" tab to
// the new age band at once, whether the tab was open before or not, and
// leaves the other children's bands as they were.
func TestAtThisAgeFollowsAChangedBirthYear(t *testing.T) {
	on := time.Date(2026, 11, 29, 12, 0, 0, 0, time.Local)
	h := newChildrenHarness(t, screentest.At(on), addChild("Ada", 2017, 3), addChild("Ben", 2012, 3), addChild("Cai", 2022, 3))
	h.Show(children.New(h.Env(), h.Store, h.Win, h.Actions).Focus(1, children.TabAge).View())
	h.Shows("At this age: 8 to 10")

	h.Tab("Details")
	screentest.Choose(t, h.Root(), "2017", "2020")
	if kid, _ := h.Store.Child(1); kid.BirthYear != 2020 {
		t.Fatalf("birth year saved as %d", kid.BirthYear)
	}
	h.Tab("At this age")
	h.Shows("At this age: 5 to 7")
	if screentest.HasText(h.Root(), "8 to 10") {
		t.Fatal("the old age band is still shown")
	}

	// Ben's tab has not been built yet when his year changes.
	screentest.Find[*widgets.List](h.Root())[0].Select(1)
	h.Tab("Details")
	screentest.Choose(t, h.Root(), "2012", "2015")
	h.Tab("At this age")
	h.Shows("At this age: 11 to 12")

	screentest.Find[*widgets.List](h.Root())[0].Select(2)
	h.Shows("At this age: Under 5")
	screentest.Find[*widgets.List](h.Root())[0].Select(0)
	h.Shows("At this age: 5 to 7")
}

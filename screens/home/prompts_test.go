package home_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/children"
	"family-online-safety/screens/home"
	"family-online-safety/screens/screentest"
)

var tabs = home.ChildTabs{Apps: children.TabApps, Guide: children.TabAge}

// homeWith builds Home with only the review prompts, from store.
func homeWith(h *screentest.Harness, store *data.Store) fyne.CanvasObject {
	return home.New(h.Env(), store, h.Actions, home.ReviewSection(h.Env(), store, h.Actions, tabs)).View()
}

func noon(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.Local) }

// Ffion was born in February 2012, a leap year. Home asks for a review
// from 30 days before 1 February 2025 (her 13th) and 1 February 2028
// (her 16th), and still on 29 February 2028; not a day earlier.
func TestLeapYearBirthdayPromptsInEveryLanguage(t *testing.T) {
	titles := map[string][2]string{
		"en": {"Ffion turns 13 (February 2025)", "Ffion turns 16 (February 2028)"},
		"cy": {"Mae Ffion yn troi'n 13 (Chwefror 2025)", "Mae Ffion yn troi'n 16 (Chwefror 2028)"},
		"pl": {"Ffion: 13. urodziny (luty 2025)", "Ffion: 16. urodziny (luty 2028)"},
	}
	for lang, want := range titles {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang), screentest.Child("Ffion", 2012, 2))
			for _, c := range []struct {
				on    time.Time
				title string
			}{
				{noon(2025, 1, 1), ""}, {noon(2025, 1, 2), want[0]}, {noon(2025, 2, 1), want[0]},
				{noon(2028, 1, 1), ""}, {noon(2028, 1, 2), want[1]}, {noon(2028, 2, 29), want[1]},
			} {
				h.SetNow(c.on)
				h.Show(homeWith(h, h.Store))
				shown := strings.Join(screentest.Texts(h.Root()), "\n")
				if c.title == "" && strings.Contains(shown, h.Tr.T("review.heading")) {
					t.Errorf("%s: a prompt already: %q", c.on.Format(time.DateOnly), shown)
				}
				if c.title != "" && !strings.Contains(shown, c.title) {
					t.Errorf("%s: want %q in %q", c.on.Format(time.DateOnly), c.title, shown)
				}
			}
		})
	}
}

// "Done, hide this" hides the prompt, and it stays hidden when the file is
// closed and opened again; next year's school prompt still comes.
func TestDismissedPromptStaysDismissedAfterReopening(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang), screentest.At(noon(2026, 8, 20)), screentest.Child("Osian", 2017, 1))
			if err := h.Store.UpdateSettings(func(s *data.Settings) { s.SchoolNation = string(content.NationEnglandWales) }); err != nil {
				t.Fatal(err)
			}
			h.Show(homeWith(h, h.Store))
			title := h.Tr.T("review.school-year.title", map[string]any{"When": h.Tr.T("month.9") + " 2026"})
			h.Shows(title)
			h.TapExact(h.Tr.T("review.dismiss"))
			if screentest.HasText(h.Root(), title) {
				t.Fatalf("still shown after hiding it")
			}
			dir := h.Store.Dir()
			if err := h.Store.Close(); err != nil {
				t.Fatal(err)
			}
			again, err := data.Open(dir, datatest.Options(t, nil))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = again.Close() })
			again.SetClock(h.Now)
			h.Show(homeWith(h, again))
			if screentest.HasText(h.Root(), title) {
				t.Fatalf("shown again after reopening the file")
			}
			h.SetNow(noon(2027, 8, 20))
			h.Show(homeWith(h, again))
			h.Shows(h.Tr.T("review.school-year.title", map[string]any{"When": h.Tr.T("month.9") + " 2027"}))
		})
	}
}

// In Australia the 13th birthday names the apps open at 13 there and the
// platforms that wait until 16; elsewhere it names them all at 13.
func TestRegionChangesThe13And16Wording(t *testing.T) {
	want := map[string]map[content.Region][2]string{
		"en": {
			content.RegionUK: {"TikTok, Instagram, Snapchat, WhatsApp, YouTube and Discord are for ages 13 and over", "At 16, TikTok allows direct messages"},
			content.RegionAU: {"WhatsApp and Discord are for ages 13 and over there", "In Australia, TikTok, Instagram, Snapchat, YouTube and the other platforms on the eSafety list allow accounts from 16"},
		},
		"cy": {
			content.RegionUK: {"Mae TikTok, Instagram, Snapchat, WhatsApp, YouTube a Discord ar gyfer pobl 13 oed a hŷn", "Yn 16 oed, mae TikTok yn caniatáu negeseuon uniongyrchol"},
			content.RegionAU: {"Mae WhatsApp a Discord ar gyfer pobl 13 oed a hŷn yno", "Yn Awstralia, mae TikTok, Instagram, Snapchat, YouTube a'r platfformau eraill ar restr eSafety yn caniatáu cyfrifon o 16 oed"},
		},
		"pl": {
			content.RegionUK: {"TikTok, Instagram, Snapchat, WhatsApp, YouTube i Discord są od 13 lat", "Od 16 lat TikTok pozwala na wiadomości prywatne"},
			content.RegionAU: {"WhatsApp i Discord są tam od 13 lat", "W Australii TikTok, Instagram, Snapchat, YouTube i inne platformy z listy eSafety pozwalają na konta od 16 lat"},
		},
	}
	for lang, regions := range want {
		for r, texts := range regions {
			t.Run(lang+"/"+string(r), func(t *testing.T) {
				// Cai turns 13 and Mali 16 in December 2026.
				h := screentest.New(t, screentest.Lang(lang), screentest.At(noon(2026, 11, 29)),
					screentest.Child("Cai", 2013, 12), screentest.Child("Mali", 2010, 12))
				h.Tr.SetRegion(r)
				h.Show(homeWith(h, h.Store))
				h.Shows(texts[0])
				h.Shows(texts[1])
				if esafety := screentest.HasText(h.Root(), content.SrcAUMinAge.Name); esafety != (r == content.RegionAU) {
					t.Errorf("the source names eSafety: %v", esafety)
				}
			})
		}
	}
}

// A prompt's links open the starters for the child and its topic, the
// child's apps and their "At this age" tab.
func TestPromptLinks(t *testing.T) {
	h := screentest.New(t, screentest.At(noon(2026, 11, 29)), screentest.Child("Cai", 2013, 12))
	h.Show(homeWith(h, h.Store))
	h.TapExact("Starters: Social media and self-image")
	if h.Actions.Child != 1 || h.Actions.Topic != content.TopicSocialMedia {
		t.Fatalf("starters opened for child %d, topic %q", h.Actions.Child, h.Actions.Topic)
	}
	h.TapExact("Cai's apps")
	if h.Actions.ChildAt != children.TabApps {
		t.Fatalf("tab %d, want the apps", h.Actions.ChildAt)
	}
	h.TapExact("At this age")
	if h.Actions.ChildAt != children.TabAge {
		t.Fatalf("tab %d, want At this age", h.Actions.ChildAt)
	}
	if !slices.Equal(h.Actions.Shown, []screens.ID{screens.StartersID, screens.ChildrenID, screens.ChildrenID}) {
		t.Fatalf("shown %v", h.Actions.Shown)
	}
}

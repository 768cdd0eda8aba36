package children_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/children"
	"family-online-safety/screens/home"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// openCatalogueApp taps "Add from the catalogue" and selects the app.
func (h *childrenHarness) openCatalogueApp(name string) {
	h.T.Helper()
	h.Tap("Add from the catalogue")
	lists := screentest.Find[*widgets.List](h.Root())
	cat := lists[len(lists)-1]
	for i, app := range content.Apps {
		if app.Name == name {
			cat.Select(i)
			return
		}
	}
	h.T.Fatalf("no %s in the catalogue", name)
}

func TestAddingAnAppNoteFromTheCatalogueWarnsWhenTooYoung(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Leo", 2017, 4))
	h.Tab("Apps")
	h.Shows("No app notes yet")

	h.openCatalogueApp("TikTok")
	h.Shows("Minimum age in its terms: 13")
	h.Shows("Advice last checked: 2026-11")
	h.Shows("TikTok's terms say 13+; Leo is 9.")
	h.Tap("Add a note for Leo")

	notes, _ := h.Store.AppNotes(1)
	if len(notes) != 1 || notes[0].AppID != "tiktok" {
		t.Fatalf("stored notes = %+v", notes)
	}
	// The note is open: the warning is there but nothing is blocked.
	h.Shows("TikTok's terms say 13+; Leo is 9.")
	for _, r := range screentest.Find[*widget.RadioGroup](h.Root()) {
		r.SetSelected("Not yet")
	}
	for _, c := range screentest.Find[*widget.Check](h.Root()) {
		if c.Text == "Account set to private" {
			test.Tap(c)
		}
	}
	test.Type(h.Entry("For example: friends from class, cousins"), "Cousins")
	n, _ := h.Store.AppNote(1, notes[0].ID)
	if n.Decision != data.DecisionNotYet || !n.IsChecked("private-account") || n.IsChecked("dm-off") || n.TalksTo != "Cousins" {
		t.Fatalf("note saved as %+v", n)
	}

	h.Tap("Reviewed today")
	n, _ = h.Store.AppNote(1, n.ID)
	if data.DateText(n.LastReviewed) != "2026-11-23" || data.DateText(n.NextReview) != "2027-02-23" {
		t.Fatalf("review dates %v %v", n.LastReviewed, n.NextReview)
	}

	h.Tap("Back to Leo's apps")
	h.Shows("TikTok")
	h.Shows("Not yet")
}

func TestAddingAnAppByName(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Leo", 2017, 4))
	h.Tab("Apps")
	h.TapExact("Add")
	h.Shows("Please type the app's name")
	test.Type(h.Entry("Or type the name of any other app or game"), "Toca Boca")
	h.TapExact("Add")
	notes, _ := h.Store.AppNotes(1)
	if len(notes) != 1 || notes[0].Name != "Toca Boca" || notes[0].AppID != "" {
		t.Fatalf("stored notes = %+v", notes)
	}
	h.Shows("An app not in the catalogue")
	if screentest.HasText(h.Root(), "terms say") {
		t.Fatal("an age warning for an app with no known age")
	}
}

func TestDiscontinuedAppsAreMarked(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Amira", 2012, 8))
	h.Tab("Apps")
	h.openCatalogueApp("Houseparty")
	h.Shows("This service has closed.")
	h.Shows("Closed")
}

func TestAgeWarningTurnsOffInTheBirthMonth(t *testing.T) {
	tr, _ := translations.New("en")
	tiktok, _ := content.AppByID("tiktok")
	amira := data.Child{Name: "Amira", BirthYear: 2013, BirthMonth: 12}
	if w := children.AppAgeWarning(tr, amira, tiktok, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)); w == "" {
		t.Error("no warning the day before her birth month")
	}
	if w := children.AppAgeWarning(tr, amira, tiktok, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)); w != "" {
		t.Errorf("warning in her birth month: %q", w)
	}
	fortnite, _ := content.AppByID("fortnite")
	leo := data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 4}
	if w := children.AppAgeWarning(tr, leo, fortnite, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)); w == "" || !strings.Contains(w, "PEGI 12") {
		t.Errorf("Fortnite warning = %q", w)
	}
}

func TestHomeShowsDueReviewsAndAGentlePrompt(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	h := screentest.New(t, screentest.At(now), addChild("Leo", 2017, 4), addChild("Maisie", 2022, 10))
	must1(t)(h.Store.AddAppNote(data.AppNote{ChildID: 1, AppID: "minecraft", NextReview: data.Day(now.AddDate(0, 0, -1))}))
	must1(t)(h.Store.AddAppNote(data.AppNote{ChildID: 1, AppID: "roblox", NextReview: data.Day(now.AddDate(0, 1, 0))}))

	section := children.AppReviewsSection(h.Env(), h.Store, h.Actions)
	leo, _ := h.Store.Child(1)
	maisie, _ := h.Store.Child(2)
	if section(maisie) != nil {
		t.Error("a child with no app notes got an apps block")
	}
	h.Show(home.New(h.Env(), h.Store, h.Actions, section).View())
	h.Shows("App review due: Minecraft")
	h.Shows("check that the settings on Leo's devices still match")
	if screentest.HasText(section(leo), "Roblox") {
		t.Error("Roblox is not due yet")
	}
	h.Tap("App notes")
	if h.Actions.Child != leo.ID || h.Actions.ChildAt != children.TabApps {
		t.Errorf("App notes opened child %d tab %d, want Leo's apps", h.Actions.Child, h.Actions.ChildAt)
	}
}

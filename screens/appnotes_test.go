package screens_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/translations"
)

// openCatalogueApp taps "Add from the catalogue" and selects the app.
func (h *childrenHarness) openCatalogueApp(name string) {
	h.t.Helper()
	h.tap("Add from the catalogue")
	lists := screentest.Find[*widget.List](h.root())
	cat := lists[len(lists)-1]
	for i, app := range content.Apps {
		if app.Name == name {
			cat.Select(i)
			return
		}
	}
	h.t.Fatalf("no %s in the catalogue", name)
}

func TestAddingAnAppNoteFromTheCatalogueWarnsWhenTooYoung(t *testing.T) {
	pinNow(t, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	h := newChildrenHarness(t, addChild("Leo", 2017, 4))
	h.tab("Apps")
	h.shows("No app notes yet")

	h.openCatalogueApp("TikTok")
	h.shows("Minimum age in its terms: 13")
	h.shows("Advice last checked: 2026-11")
	h.shows("TikTok's terms say 13+; Leo is 9.")
	h.tap("Add a note for Leo")

	notes, _ := h.store.AppNotes(1)
	if len(notes) != 1 || notes[0].AppID != "tiktok" {
		t.Fatalf("stored notes = %+v", notes)
	}
	// The note is open: the warning is there but nothing is blocked.
	h.shows("TikTok's terms say 13+; Leo is 9.")
	for _, r := range screentest.Find[*widget.RadioGroup](h.root()) {
		r.SetSelected("Not yet")
	}
	for _, c := range screentest.Find[*widget.Check](h.root()) {
		if c.Text == "Account set to private" {
			test.Tap(c)
		}
	}
	test.Type(h.entryWithPlaceholder("For example: friends from class, cousins"), "Cousins")
	n, _ := h.store.AppNote(1, notes[0].ID)
	if n.Decision != data.DecisionNotYet || !n.IsChecked("private-account") || n.IsChecked("dm-off") || n.TalksTo != "Cousins" {
		t.Fatalf("note saved as %+v", n)
	}

	h.tap("Reviewed today")
	n, _ = h.store.AppNote(1, n.ID)
	if data.DateText(n.LastReviewed) != "2026-11-23" || data.DateText(n.NextReview) != "2027-02-23" {
		t.Fatalf("review dates %v %v", n.LastReviewed, n.NextReview)
	}

	h.tap("Back to Leo's apps")
	h.shows("TikTok")
	h.shows("Not yet")
}

func TestAddingAnAppByName(t *testing.T) {
	pinNow(t, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	h := newChildrenHarness(t, addChild("Leo", 2017, 4))
	h.tab("Apps")
	h.tapExactly("Add")
	h.shows("Please type the app's name")
	test.Type(h.entryWithPlaceholder("Or type the name of any other app or game"), "Toca Boca")
	h.tapExactly("Add")
	notes, _ := h.store.AppNotes(1)
	if len(notes) != 1 || notes[0].Name != "Toca Boca" || notes[0].AppID != "" {
		t.Fatalf("stored notes = %+v", notes)
	}
	h.shows("An app not in the catalogue")
	if screentest.HasText(h.root(), "terms say") {
		t.Fatal("an age warning for an app with no known age")
	}
}

func TestDiscontinuedAppsAreMarked(t *testing.T) {
	pinNow(t, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	h := newChildrenHarness(t, addChild("Amira", 2012, 8))
	h.tab("Apps")
	h.openCatalogueApp("Houseparty")
	h.shows("This service has closed.")
	h.shows("Closed")
}

func TestAgeWarningTurnsOffInTheBirthMonth(t *testing.T) {
	tr, _ := translations.New("en")
	tiktok, _ := content.AppByID("tiktok")
	amira := data.Child{Name: "Amira", BirthYear: 2013, BirthMonth: 12}
	if w := screens.AppAgeWarning(tr, amira, tiktok, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)); w == "" {
		t.Error("no warning the day before her birth month")
	}
	if w := screens.AppAgeWarning(tr, amira, tiktok, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)); w != "" {
		t.Errorf("warning in her birth month: %q", w)
	}
	fortnite, _ := content.AppByID("fortnite")
	leo := data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 4}
	if w := screens.AppAgeWarning(tr, leo, fortnite, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)); w == "" || !strings.Contains(w, "PEGI 12") {
		t.Errorf("Fortnite warning = %q", w)
	}
}

func TestHomeShowsDueReviewsAndAGentlePrompt(t *testing.T) {
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	pinNow(t, now)
	test.NewTempApp(t)
	tr, _ := translations.New("en")
	store := datatest.Open(t, time.Now)
	addChild("Leo", 2017, 4)(store)
	addChild("Maisie", 2022, 10)(store)
	store.AddAppNote(data.AppNote{ChildID: 1, AppID: "minecraft", NextReview: data.Day(now.AddDate(0, 0, -1))})
	store.AddAppNote(data.AppNote{ChildID: 1, AppID: "roblox", NextReview: data.Day(now.AddDate(0, 1, 0))})

	section := screens.AppReviewsSection(tr, store, nil)
	leo, _ := store.Child(1)
	maisie, _ := store.Child(2)
	if section(maisie) != nil {
		t.Error("a child with no app notes got an apps block")
	}
	home := screens.NewHome(tr, store, nil, section).View()
	screentest.MustHaveText(t, home, "App review due: Minecraft")
	screentest.MustHaveText(t, home, "check that the settings on Leo's devices still match")
	if screentest.HasText(section(leo), "Roblox") {
		t.Error("Roblox is not due yet")
	}
}

// tapExactly taps the button whose label is exactly text.
func (h *childrenHarness) tapExactly(text string) {
	h.t.Helper()
	for _, b := range screentest.Find[*widget.Button](h.root()) {
		if b.Text == text && b.Visible() {
			test.Tap(b)
			return
		}
	}
	h.t.Fatalf("no button %q", text)
}

package screens_test

import (
	"net/url"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// fakeActions records what the screen asks of the app.
type fakeActions struct {
	copied string
	opened []string
}

func (f *fakeActions) Copy(text string)         { f.copied = text }
func (f *fakeActions) OpenURL(u *url.URL) error { f.opened = append(f.opened, u.String()); return nil }

type childrenHarness struct {
	t       *testing.T
	store   *data.Store
	win     fyne.Window
	screen  *screens.Children
	actions *fakeActions
}

func newChildrenHarness(t *testing.T, prepare ...func(*data.Store)) *childrenHarness {
	t.Helper()
	test.NewTempApp(t)
	store := datatest.Open(t, time.Now)
	for _, p := range prepare {
		p(store)
	}
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	h := &childrenHarness{t: t, store: store, actions: &fakeActions{}}
	h.win = test.NewTempWindow(t, widget.NewLabel(""))
	h.screen = screens.NewChildren(tr, store, h.win, h.actions)
	h.win.SetContent(h.screen.View())
	h.win.Resize(fyne.NewSize(1000, 720))
	return h
}

func (h *childrenHarness) root() fyne.CanvasObject { return h.win.Content() }

func (h *childrenHarness) tap(label string) {
	h.t.Helper()
	test.Tap(screentest.Button(h.t, h.root(), label))
}

func (h *childrenHarness) shows(text string) {
	h.t.Helper()
	screentest.MustHaveText(h.t, h.root(), text)
}

// tab switches the selected child's tabs.
func (h *childrenHarness) tab(name string) {
	h.t.Helper()
	screentest.SelectTab(h.t, h.root(), name)
}

// entryWithPlaceholder finds a visible text field by its placeholder.
func (h *childrenHarness) entryWithPlaceholder(ph string) *widgets.Entry {
	h.t.Helper()
	for _, e := range screentest.Find[*widgets.Entry](h.root()) {
		if e.PlaceHolder == ph && e.Visible() {
			return e
		}
	}
	h.t.Fatalf("no text field with placeholder %q", ph)
	return nil
}

// overlay is the dialog on top, if any.
func (h *childrenHarness) overlay() fyne.CanvasObject {
	return h.win.Canvas().Overlays().Top()
}

// addPlacedChild adds a child in a foster placement with a social worker.
func addPlacedChild(name string, year, month int) func(*data.Store) {
	return func(s *data.Store) {
		c, err := s.AddChild(data.Child{Name: name, BirthYear: year, BirthMonth: month})
		if err != nil {
			panic(err)
		}
		c.Placed = true
		c.Placement = data.Placement{SocialWorker: "Priya Shah", SocialWorkerPhone: "01632 960123", OutOfHoursPhone: "01632 960456"}
		if err := s.UpdateChild(c); err != nil {
			panic(err)
		}
	}
}

func TestAddingAChildSavesAndSelectsThem(t *testing.T) {
	pinNow(t, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	h := newChildrenHarness(t)
	h.shows("No children yet")
	h.tap("Add child")
	test.Type(h.entryWithPlaceholder("For example: Sam"), "Leo")
	h.tap("Save child")
	h.shows("Please choose the month and year")
	if kids, _ := h.store.Children(); len(kids) != 0 {
		t.Fatalf("saved a half-filled child: %+v", kids)
	}

	screentest.Choose(t, h.root(), "Month", "April")
	screentest.Choose(t, h.root(), "Year", "2017")
	h.tap("Save child")

	kids, _ := h.store.Children()
	if len(kids) != 1 || kids[0].Name != "Leo" || kids[0].BirthMonth != 4 || kids[0].BirthYear != 2017 {
		t.Fatalf("stored children = %+v", kids)
	}
	h.shows("Leo, 9 years old")
	h.shows("Foster or kinship placement")
}

func TestEditingDetailsSavesAsYouType(t *testing.T) {
	pinNow(t, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	h := newChildrenHarness(t, addChild("Maisie", 2022, 10))
	notes := h.entryWithPlaceholder("Anything worth remembering: school year, interests, what helps")
	test.Type(notes, "Likes dinosaurs")
	kid, _ := h.store.Child(1)
	if kid.Notes != "Likes dinosaurs" {
		t.Fatalf("notes saved as %q", kid.Notes)
	}

	// A blank name is refused inline and the saved one is kept.
	name := screentest.Find[*widgets.Entry](h.root())[0]
	name.SetText("")
	h.shows("Please give a name or nickname")
	if kid, _ = h.store.Child(1); kid.Name != "Maisie" {
		t.Fatalf("a blank name was saved: %q", kid.Name)
	}

	// Ticking the placement shows its fields; they save as typed.
	for _, c := range screentest.Find[*widget.Check](h.root()) {
		if c.Text == "Foster or kinship placement" {
			test.Tap(c)
		}
	}
	test.Type(h.entryWithPlaceholder("Who the child sees or calls, when, and whether it is supervised"), "Saturdays")
	kid, _ = h.store.Child(1)
	if !kid.Placed || kid.Placement.Contact != "Saturdays" {
		t.Fatalf("placement saved as %v %+v", kid.Placed, kid.Placement)
	}
	start := h.entryWithPlaceholder("YYYY-MM-DD")
	test.Type(start, "2026-13-01")
	h.shows("Please write the date as year-month-day")
	start.SetText("2026-06-01")
	kid, _ = h.store.Child(1)
	if got := data.DateText(kid.Placement.Start); got != "2026-06-01" {
		t.Fatalf("placement start saved as %q", got)
	}
}

func TestArchiveRestoreAndDelete(t *testing.T) {
	pinNow(t, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC))
	h := newChildrenHarness(t, addChild("Amira", 2012, 8), addChild("Leo", 2017, 4))
	h.tap("Archive")
	if kid, _ := h.store.Child(1); !kid.Archived {
		t.Fatal("Amira was not archived")
	}
	h.shows("Archived")
	h.shows("Leo, 9 years old")
	if screentest.HasText(h.root(), "Amira, 14") {
		t.Fatal("Amira is still listed with the active children")
	}
	h.tap("Restore")
	if kid, _ := h.store.Child(1); kid.Archived {
		t.Fatal("Amira was not restored")
	}

	// Delete asks first and offers a copy.
	h.store.AddConcern(data.Concern{ChildID: 1, Date: time.Now(), Happened: "Something"})
	h.tap("Delete…")
	dlg := h.overlay()
	if dlg == nil {
		t.Fatal("no confirmation")
	}
	screentest.MustHaveText(t, dlg, "Save a copy as text")
	test.Tap(screentest.Button(t, dlg, "Cancel"))
	if _, err := h.store.Child(1); err != nil {
		t.Fatal("cancel deleted the child")
	}
	h.tap("Delete…")
	test.Tap(screentest.Button(t, h.overlay(), "Delete for good"))
	if _, err := h.store.Child(1); err == nil {
		t.Fatal("Amira is still stored")
	}
	if log, _ := h.store.Concerns(1); len(log) != 0 {
		t.Fatalf("her concern log is still stored: %+v", log)
	}
	h.shows("Leo, 9 years old")
	if screentest.HasText(h.root(), "Amira") {
		t.Fatal("the screen still shows Amira")
	}
}

func TestPlacementContactsForTheHelpScreen(t *testing.T) {
	test.NewTempApp(t)
	tr, _ := translations.New("en")
	store := datatest.Open(t, time.Now)
	addChild("Leo", 2017, 4)(store)
	if screens.PlacementContactsSection(tr, store) != nil {
		t.Fatal("a section with no placement")
	}
	addPlacedChild("Maisie", 2022, 10)(store)
	sec := screens.PlacementContactsSection(tr, store)
	if sec == nil {
		t.Fatal("no section for Maisie's placement")
	}
	screentest.MustHaveText(t, sec, "Maisie's placement")
	screentest.MustHaveText(t, sec, "Priya Shah: 01632 960123")
	screentest.MustHaveText(t, sec, "01632 960456")
	help := screens.NewHelp(tr, store, store, &fakeActions{}, sec)
	w := test.NewTempWindow(t, help.View())
	screentest.MustHaveText(t, w.Content(), "Call 999")
	screentest.Find[*container.AppTabs](w.Content())[0].SelectIndex(1) // "Who to call"
	screentest.MustHaveText(t, w.Content(), "01632 960456")
}

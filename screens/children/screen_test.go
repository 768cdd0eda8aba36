package children_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/children"
	"family-online-safety/screens/help"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

type childrenHarness struct {
	*screentest.Harness
	screen *children.Screen
}

// newChildrenHarness shows the Children & apps screen on a real store.
func newChildrenHarness(t *testing.T, opts ...screentest.Option) *childrenHarness {
	t.Helper()
	h := &childrenHarness{Harness: screentest.New(t, opts...)}
	h.screen = children.New(h.Env(), h.Store, h.Win, h.Actions)
	h.Show(h.screen.View())
	return h
}

// addPlacedChild adds a child in a foster placement with a social worker.
func addPlacedChild(name string, year, month int) screentest.Option {
	return screentest.Prepare(func(s *data.Store) {
		c, err := s.AddChild(data.Child{Name: name, BirthYear: year, BirthMonth: month})
		if err != nil {
			panic(err)
		}
		c.Placed = true
		c.Placement = data.Placement{SocialWorker: "Priya Shah", SocialWorkerPhone: "01632 960123", OutOfHoursPhone: "01632 960456"}
		if err := s.UpdateChild(c); err != nil {
			panic(err)
		}
	})
}

var addChild = screentest.Child

func TestAddingAChildSavesAndSelectsThem(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)))
	h.Shows("No children yet")
	h.Tap("Add child")
	test.Type(h.Entry("For example: Sam"), "Leo")
	h.Tap("Save child")
	h.Shows("Please choose the month and year")
	if kids, _ := h.Store.Children(); len(kids) != 0 {
		t.Fatalf("saved a half-filled child: %+v", kids)
	}

	screentest.Choose(t, h.Root(), "Month", "April")
	screentest.Choose(t, h.Root(), "Year", "2017")
	h.Tap("Save child")

	kids, _ := h.Store.Children()
	if len(kids) != 1 || kids[0].Name != "Leo" || kids[0].BirthMonth != 4 || kids[0].BirthYear != 2017 {
		t.Fatalf("stored children = %+v", kids)
	}
	h.Shows("Leo")
	h.Shows("9 years old")
	h.Shows("Foster or kinship placement")
}

func TestEditingDetailsSavesAsYouType(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Maisie", 2022, 10))
	notes := h.Entry("Anything worth remembering: school year, interests, what helps")
	test.Type(notes, "Likes dinosaurs")
	kid, _ := h.Store.Child(1)
	if kid.Notes != "Likes dinosaurs" {
		t.Fatalf("notes saved as %q", kid.Notes)
	}

	// A blank name is refused inline and the saved one is kept.
	name := screentest.Find[*widgets.Entry](h.Root())[0]
	name.SetText("")
	h.Shows("Please give a name or nickname")
	if kid, _ = h.Store.Child(1); kid.Name != "Maisie" {
		t.Fatalf("a blank name was saved: %q", kid.Name)
	}

	// Ticking the placement shows its fields; they save as typed.
	for _, c := range screentest.Find[*widget.Check](h.Root()) {
		if c.Text == "Foster or kinship placement" {
			test.Tap(c)
		}
	}
	test.Type(h.Entry("Who the child sees or calls, when, and whether it is supervised"), "Saturdays")
	kid, _ = h.Store.Child(1)
	if !kid.Placed || kid.Placement.Contact != "Saturdays" {
		t.Fatalf("placement saved as %v %+v", kid.Placed, kid.Placement)
	}
	var start *widgets.Entry // the placement's start, below the own-phone date
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.PlaceHolder == "For example 23/11/2026" {
			start = e
		}
	}
	test.Type(start, "2026-13-01")
	h.Shows("Please write the date like this: 23/11/2026")
	start.SetText("1/6/2026")
	kid, _ = h.Store.Child(1)
	if got := data.DateText(kid.Placement.Start); got != "2026-06-01" {
		t.Fatalf("placement start saved as %q", got)
	}
}

func TestArchiveRestoreAndDelete(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Amira", 2012, 8), addChild("Leo", 2017, 4))
	h.Tap("Archive")
	if kid, _ := h.Store.Child(1); !kid.Archived {
		t.Fatal("Amira was not archived")
	}
	h.Shows("Archived")
	h.Shows("Leo")
	h.Shows("9 years old")
	if screentest.HasText(h.Root(), "Amira, 14") {
		t.Fatal("Amira is still listed with the active children")
	}
	h.Tap("Restore")
	if kid, _ := h.Store.Child(1); kid.Archived {
		t.Fatal("Amira was not restored")
	}

	// Delete asks first and offers a copy.
	must1(t)(h.Store.AddConcern(data.Concern{ChildID: 1, Date: h.Now(), Happened: "Something"}))
	h.Tap("Delete…")
	dlg := h.Overlay()
	if dlg == nil {
		t.Fatal("no confirmation")
	}
	screentest.MustHaveText(t, dlg, "Save a copy as text")
	test.Tap(screentest.Button(t, dlg, "Cancel"))
	if _, err := h.Store.Child(1); err != nil {
		t.Fatal("cancel deleted the child")
	}
	h.Tap("Delete…")
	test.Tap(screentest.Button(t, h.Overlay(), "Delete for good"))
	if _, err := h.Store.Child(1); err == nil {
		t.Fatal("Amira is still stored")
	}
	if log, _ := h.Store.Concerns(1); len(log) != 0 {
		t.Fatalf("her concern log is still stored: %+v", log)
	}
	h.Shows("Leo")
	h.Shows("9 years old")
	if screentest.HasText(h.Root(), "Amira") {
		t.Fatal("the screen still shows Amira")
	}
}

func TestPlacementContactsForTheHelpScreen(t *testing.T) {
	h := screentest.New(t, addChild("Leo", 2017, 4))
	if children.PlacementContacts(h.Tr, h.Store, h.Actions) != nil {
		t.Fatal("a section with no placement")
	}
	c, _ := h.Store.AddChild(data.Child{Name: "Maisie", BirthYear: 2022, BirthMonth: 10})
	c.Placed = true
	c.Placement = data.Placement{SocialWorker: "Priya Shah", SocialWorkerPhone: "01632 960123", OutOfHoursPhone: "01632 960456"}
	if err := h.Store.UpdateChild(c); err != nil {
		t.Fatal(err)
	}
	sec := children.PlacementContacts(h.Tr, h.Store, h.Actions)
	if sec == nil {
		t.Fatal("no section for Maisie's placement")
	}
	screentest.MustHaveText(t, sec, "Maisie's placement")
	screentest.MustHaveText(t, sec, "Priya Shah: 01632 960123")
	screentest.MustHaveText(t, sec, "01632 960456")
	test.Tap(screentest.Button(t, sec, "Copy number"))
	if h.Actions.LastCopied() != "01632 960123" {
		t.Fatalf("Copy number copied %q, not the social worker's number", h.Actions.LastCopied())
	}
	h.Show(help.New(h.Env(), h.Store, h.Store, h.Actions, sec).View())
	h.Shows("Call 999")
	h.Tab("Who to call")
	h.Shows("01632 960456")
}

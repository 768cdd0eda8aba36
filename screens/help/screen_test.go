package help

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/internal/racesubset"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

type helpHarness struct {
	*screentest.Harness
	help *Screen
}

// newHelpHarness shows the help screen for a region on a real store.
func newHelpHarness(t *testing.T, region content.Region, extra ...fyne.CanvasObject) *helpHarness {
	t.Helper()
	h := &helpHarness{Harness: screentest.New(t, screentest.Size(1000, 800))}
	if err := h.Store.SaveSettings(data.Settings{Region: string(region), Onboarded: true}); err != nil {
		t.Fatal(err)
	}
	h.show(extra...)
	return h
}

// show builds the screen again from the store, as the app does after a
// change of region.
func (h *helpHarness) show(extra ...fyne.CanvasObject) {
	h.help = New(h.Env(), h.Store, h.Store, h.Actions, extra...)
	h.Show(h.help.View())
}

// pick chooses a situation in the "What happened?" list by its id.
func (h *helpHarness) pick(id string) {
	h.T.Helper()
	for i, s := range content.Situations {
		if s.ID == id {
			h.help.situations.Select(i)
			return
		}
	}
	h.T.Fatalf("no situation %q", id)
}

// guideShows fails unless the guide panel (not a hidden tab) shows want.
func (h *helpHarness) guideShows(want string) {
	h.T.Helper()
	screentest.MustHaveText(h.T, h.help.guide.Content, want)
}

func (h *helpHarness) guideLacks(unwanted string) {
	h.T.Helper()
	if screentest.HasText(h.help.guide.Content, unwanted) {
		h.T.Fatalf("guide shows %q; it should not", unwanted)
	}
}

// cardTitles lists the guide's contact cards, in order.
func (h *helpHarness) cardTitles() []string {
	var out []string
	for _, c := range screentest.Find[*widget.Card](h.help.guide.Content) {
		if c.Title != "" {
			out = append(out, c.Title)
		}
	}
	return out
}

func TestHelpBannerFollowsTheRegion(t *testing.T) {
	for _, r := range content.Regions {
		h := newHelpHarness(t, r)
		screentest.MustHaveText(t, h.Root(), "In immediate danger? Call "+content.EmergencyNumber(r))
	}
	// An unknown or unset region falls back to the UK's number.
	h := newHelpHarness(t, "")
	screentest.MustHaveText(t, h.Root(), "In immediate danger? Call 999")
}

func TestHelpGuideSextortionUK(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	h.guideShows("Choose what happened")
	h.pick("sextortion")

	h.guideShows("Someone is threatening to share images")
	h.guideShows("If your child is in danger right now, call 999.")
	h.guideShows("Don't pay")           // what to do now
	h.guideShows("payment details")     // evidence
	h.guideShows("Don't delete")        // what not to do
	h.guideShows("not to blame")        // always said
	h.guideShows("Never copy, forward") // always said
	h.guideShows("Keep screenshots of messages and usernames")

	want := []string{"1. 999", "2. 101", "3. CEOP Safety Centre", "4. Report Remove", "5. Take It Down (NCMEC)", "6. Childline", "7. Samaritans"}
	if got := h.cardTitles(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("routed contacts %q, want %q", got, want)
	}
	h.guideShows("https://www.ceop.police.uk/Safety-Centre/")
	h.guideShows("Not anonymous")
	h.guideShows("Advice last checked: 2026-11. Source: CEOP, National Crime Agency")
	h.guideLacks("ACCCE")

	// Switch the region to Australia: the number and the bodies change.
	if err := h.Store.UpdateSettings(func(s *data.Settings) { s.Region = string(content.RegionAU) }); err != nil {
		t.Fatal(err)
	}
	h.show()
	screentest.MustHaveText(t, h.Root(), "In immediate danger? Call 000")
	h.pick("sextortion")
	h.guideShows("call 000.")
	want = []string{"1. 000", "2. ACCCE", "3. eSafety Commissioner", "4. Take It Down (NCMEC)", "5. Kids Helpline", "6. Lifeline"}
	if got := h.cardTitles(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("Australian route %q, want %q", got, want)
	}
	h.guideShows("https://www.accce.gov.au/report")
	h.guideLacks("CEOP")
	h.guideLacks("999")
}

func TestHelpEverySituationHasItsRouteAndTheEmergencyNumber(t *testing.T) {
	for _, r := range racesubset.Cases(t, content.Regions) {
		h := newHelpHarness(t, r)
		for i, s := range content.Situations {
			h.help.situations.Select(i)
			h.guideShows("call " + content.EmergencyNumber(r))
			got := h.cardTitles()
			route := s.Route(r)
			if len(got) != len(route) {
				t.Fatalf("%s/%s: %d cards, want %d", s.ID, r, len(got), len(route))
			}
			for n, c := range route {
				if !strings.HasSuffix(got[n], c.Name) {
					t.Errorf("%s/%s: card %d is %q, want %s", s.ID, r, n+1, got[n], c.Name)
				}
			}
		}
	}
}

func TestHelpContactCardsCopyAndOpen(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	h.pick("carer-advice")
	guide := h.help.guide.Content
	screentest.MustHaveText(t, guide, "help@nspcc.org.uk")
	// The line for professionals is not a parent's route.
	if screentest.HasText(guide, "0344 381 4772") {
		t.Fatal("a parent's advice route shows the Professionals Online Safety Helpline")
	}

	test.Tap(screentest.Button(t, guide, "Copy number")) // the NSPCC's, first in the route
	test.Tap(screentest.Button(t, guide, "Copy email"))
	if want := []string{"0808 800 5000", "help@nspcc.org.uk"}; strings.Join(h.Actions.Copied, "|") != strings.Join(want, "|") {
		t.Fatalf("copied %q, want %q", h.Actions.Copied, want)
	}
	screentest.MustHaveText(t, guide, "Copied")

	// Opening a web address goes through the app, only on a click.
	if len(h.Actions.Opened) != 0 {
		t.Fatalf("opened %q before any click", h.Actions.Opened)
	}
	test.Tap(screentest.Button(t, guide, "Open website"))
	if len(h.Actions.Opened) != 1 || h.Actions.Opened[0] != "https://www.nspcc.org.uk/" {
		t.Fatalf("opened %q", h.Actions.Opened)
	}
	if screentest.HasText(guide, "could not be opened") {
		t.Fatal("an error shown although the browser opened")
	}

	// Offline or with no browser, the address stays readable.
	h.Actions.OpenErr = errors.New("no browser")
	test.Tap(screentest.Button(t, guide, "Open website"))
	screentest.MustHaveText(t, guide, "The browser could not be opened")
	screentest.MustHaveText(t, guide, "https://www.nspcc.org.uk/")
	test.Tap(screentest.Button(t, guide, "Copy address"))
	if h.Actions.LastCopied() != "https://www.nspcc.org.uk/" {
		t.Fatalf("Copy address copied %q", h.Actions.LastCopied())
	}
}

func TestHelpWhoToCallListsTheRegionsContacts(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	builtin := h.who().builtin.Content
	screentest.MustHaveText(t, builtin, "Helplines and where to report: United Kingdom")
	for _, c := range content.ContactsFor(content.RegionUK) {
		screentest.MustHaveText(t, builtin, c.Name)
	}
	screentest.MustHaveText(t, builtin, "Anyone aged 13 or over can use it, including you.") // Report Harmful Content
	screentest.MustHaveText(t, builtin, "For young people aged up to 17.")                   // Report Remove
	screentest.MustHaveText(t, builtin, "without giving your name")                          // IWF, Crimestoppers
	screentest.MustHaveText(t, builtin, "When: Free, 24 hours a day.")                       // Childline
	screentest.MustHaveText(t, builtin, "Advice last checked: 2026-11")
	if screentest.HasText(builtin, "Cybertip") {
		t.Fatal("a Canadian service is listed for the UK")
	}

	// The banner's "often needed" buttons open the contact's card.
	test.Tap(screentest.Button(t, h.Root(), "Childline · 0800 1111"))
	if h.help.tabs.SelectedIndex() != helpTabWho {
		t.Fatalf("tab %d selected, want Who to call", h.help.tabs.SelectedIndex())
	}
	if h.help.builtin.Offset.Y <= 0 {
		t.Fatal("the list did not scroll to Childline's card")
	}
}

func TestHelpTellsPage(t *testing.T) {
	h := newHelpHarness(t, content.RegionNZ)
	h.help.tabs.SelectIndex(helpTabTells)
	page := h.help.tabs.Items[helpTabTells].Content
	screentest.MustHaveText(t, page, "If your child tells you something has happened")
	screentest.MustHaveText(t, page, "1. Stay calm.")
	screentest.MustHaveText(t, page, "7. Look after yourself")
	screentest.MustHaveText(t, page, "When to call 111")
	test.Tap(screentest.Button(t, page, "What happened?"))
	if h.help.tabs.SelectedIndex() != helpTabHappened {
		t.Fatal("the guide button did not open the guide")
	}
}

// A foster child's placement contacts (passed in as extra) come before
// the region's helplines: above the helplines' heading and every card, in
// the order given, on the screen as drawn.
func TestHelpShowsExtraContactsFirstUnderWhoToCall(t *testing.T) {
	worker := widget.NewLabel("Leo's social worker: 01632 960123")
	duty := widget.NewLabel("Out-of-hours duty team: 01632 960999")
	h := newHelpHarness(t, content.RegionUK, worker, duty)
	who := h.who()
	screentest.MustHaveText(t, who.builtin, "Leo's social worker")
	texts := screentest.Texts(who.builtin)
	heading := h.Tr.T("helpui.who.builtin.title", map[string]any{"Region": h.Tr.T(content.RegionKey(content.RegionUK))})
	at := func(want string) int {
		return slices.IndexFunc(texts, func(s string) bool { return strings.HasPrefix(s, want) })
	}
	if w, d, hd := at("Leo's social worker"), at("Out-of-hours duty team"), at(heading); w < 0 || d < 0 || hd < 0 || !(w < d && d < hd) {
		t.Fatalf("order of texts: worker %d, duty team %d, helplines' heading %d; want worker, duty team, heading", w, d, hd)
	}
	y := func(o fyne.CanvasObject) float32 { return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Y }
	if y(worker) >= y(duty) {
		t.Errorf("the worker is drawn at y=%v, not above the duty team at y=%v", y(worker), y(duty))
	}
	for _, c := range content.ContactsFor(content.RegionUK) {
		if card := who.cards[c.ID]; y(duty) >= y(card) {
			t.Errorf("the placement contacts (y=%v) are not above the helpline %s (y=%v)", y(duty), c.ID, y(card))
		}
	}
}

// mineTexts is what the "My contacts" part shows.
func (h *helpHarness) mineTexts() fyne.CanvasObject { return h.who().mineArea }

// who shows the "Who to call" tab, which is built when first shown.
func (h *helpHarness) who() *Screen {
	h.help.tabs.SelectIndex(helpTabWho)
	return h.help
}

// formEntries returns the form's name, phone, email and notes fields.
func (h *helpHarness) formEntries() (name, phone, email, notes *widgets.Entry) {
	h.T.Helper()
	if h.help.form == nil {
		h.T.Fatal("the contact form is not open")
	}
	f := h.help.form
	return f.name, f.phone, f.email, f.notes
}

func TestHelpAddAContact(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	h.help.tabs.SelectIndex(helpTabWho)
	screentest.MustHaveText(t, h.mineTexts(), "Add the people who know your child")

	test.Tap(screentest.Button(t, h.Root(), "Add a contact"))
	name, phone, email, notes := h.formEntries()
	test.Type(name, "Mrs Hughes")
	test.Type(phone, "01632 960418")
	test.Type(email, "dsl@greenfield.example.org")
	test.Type(notes, "Term time only")
	h.help.form.role.SetSelected("Social worker")
	test.Tap(screentest.Button(t, h.mineTexts(), "Save contact"))

	got, err := h.Store.Contacts()
	if err != nil {
		t.Fatal(err)
	}
	want := data.Contact{ID: got[0].ID, Name: "Mrs Hughes", Role: data.RoleSocialWorker, Phone: "01632 960418",
		Email: "dsl@greenfield.example.org", Notes: "Term time only"}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v, want %+v", got, want)
	}
	if h.help.form != nil {
		t.Fatal("the form stayed open after saving")
	}
	screentest.MustHaveText(t, h.mineTexts(), "Mrs Hughes · Social worker")
	screentest.MustHaveText(t, h.mineTexts(), "01632 960418")
	screentest.MustHaveText(t, h.mineTexts(), "Term time only")

	test.Tap(screentest.Button(t, h.mineTexts(), "Copy number"))
	if len(h.Actions.Copied) != 1 || h.Actions.Copied[0] != "01632 960418" {
		t.Fatalf("copied %q", h.Actions.Copied)
	}
	// The built-in contacts are still there, below.
	screentest.MustHaveText(t, h.who().builtin.Content, "NSPCC Helpline")
}

func TestHelpRefusesABadContactAndKeepsTheTyping(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	h.help.tabs.SelectIndex(helpTabWho)
	test.Tap(screentest.Button(t, h.Root(), "Add a contact"))
	name, phone, _, _ := h.formEntries()
	test.Type(name, "GP surgery")
	test.Type(phone, "ring the surgery")
	test.Tap(screentest.Button(t, h.mineTexts(), "Save contact"))

	screentest.MustHaveText(t, h.mineTexts(), "Please check the number")
	if got, _ := h.Store.Contacts(); len(got) != 0 {
		t.Fatalf("stored %+v from bad input", got)
	}
	if name.Text != "GP surgery" || phone.Text != "ring the surgery" {
		t.Fatalf("typed values lost: %q, %q", name.Text, phone.Text)
	}

	// Fixing the number saves it.
	phone.SetText("01632 960552")
	test.Tap(screentest.Button(t, h.mineTexts(), "Save contact"))
	if got, _ := h.Store.Contacts(); len(got) != 1 || got[0].Phone != "01632 960552" || got[0].Role != data.RoleSchool {
		t.Fatalf("stored %+v", got)
	}
}

func TestHelpEditAndDeleteWithUndo(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	saved, err := h.Store.AddContact(data.Contact{Name: "Out-of-hours team", Role: data.RoleOutOfHours, Phone: "01632 960999"})
	if err != nil {
		t.Fatal(err)
	}
	h.show()
	h.help.tabs.SelectIndex(helpTabWho)

	test.Tap(screentest.Button(t, h.mineTexts(), "Edit"))
	name, _, _, notes := h.formEntries()
	if name.Text != "Out-of-hours team" {
		t.Fatalf("edit form shows %q", name.Text)
	}
	test.Type(notes, "Evenings and weekends")
	test.Tap(screentest.Button(t, h.mineTexts(), "Save contact"))
	got, _ := h.Store.Contacts()
	if len(got) != 1 || got[0].ID != saved.ID || got[0].Notes != "Evenings and weekends" {
		t.Fatalf("after edit: %+v", got)
	}
	screentest.MustHaveText(t, h.mineTexts(), "Evenings and weekends")

	test.Tap(screentest.Button(t, h.mineTexts(), "Delete"))
	if got, _ := h.Store.Contacts(); len(got) != 0 {
		t.Fatalf("after delete: %+v", got)
	}
	screentest.MustHaveText(t, h.help.undo, "“Out-of-hours team” was deleted.")
	screentest.MustHaveText(t, h.mineTexts(), "Add the people who know your child")

	test.Tap(screentest.Button(t, h.help.undo, "Undo"))
	got, _ = h.Store.Contacts()
	if len(got) != 1 || got[0].ID != saved.ID || got[0].Notes != "Evenings and weekends" {
		t.Fatalf("after undo: %+v", got)
	}
	if h.help.undo.Visible() {
		t.Fatal("the undo bar stayed after undoing")
	}
	screentest.MustHaveText(t, h.mineTexts(), "Out-of-hours team · Out-of-hours team")
}

package sharing_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// A file from the other home that adds a contact with the name of one
// here (in another case and spacing) but another number is asked about
// like a phone change: named in the summary, its own choice, starting on
// not adding it. Refused, Who to call keeps one Mrs Hughes and the file
// is not asked about again; taken, the second one is added.
func TestALookAlikeContactWaitsForAYes(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, take := range []bool{false, true} {
			t.Run(lang, func(t *testing.T) {
				lookAlike(t, lang, take)
			})
		}
	}
}

func lookAlike(t *testing.T, lang string, take bool) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Dylan", 2012, 5))
	if _, err := h.Store.AddContact(data.Contact{Name: "Mrs Hughes, Greenfield School", Phone: "01632 960111"}); err != nil {
		t.Fatal(err)
	}
	for _, m := range []time.Duration{1, 2} { // noticed, then written after the pause
		h.SetNow(folderDay.Add(m * time.Minute))
		f.Tick()
	}
	other := datatest.Open(t, datatest.At(folderDay.Add(2*time.Minute)))
	theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	theirs.Step(folderDay.Add(2 * time.Minute))
	h.SetNow(folderDay.Add(3 * time.Minute))
	f.Tick()
	if _, err := other.AddContact(data.Contact{Name: "mrs  hughes, Greenfield school", Phone: "07700 900667", Notes: "New direct line"}); err != nil {
		t.Fatal(err)
	}
	theirs.Step(folderDay.Add(4 * time.Minute))
	h.SetNow(folderDay.Add(5 * time.Minute))
	f.Tick()
	if !f.Pending() {
		t.Fatal("a look-alike contact was taken in without a question")
	}
	f.AskNow()
	dlg := h.Overlay()
	if dlg == nil {
		t.Fatal("no question for a look-alike contact")
	}
	if screentest.HasText(dlg, h.Tr.T("folder.asks.body")) { // (a file that only adds says so)
		t.Fatal("the question says the file would remove or change records; it only adds one")
	}
	for _, want := range []string{"01632 960111", "07700 900667", h.Tr.T("folder.asks.body_adds"),
		"• " + h.Tr.T("sharing.detail.contact_second", map[string]any{"Name": "mrs  hughes, Greenfield school"})} {
		screentest.MustHaveText(t, dlg, want)
	}
	groups := screentest.Find[*widget.RadioGroup](dlg)
	if len(groups) != 1 || groups[0].Selected != h.Tr.T("folder.asks.dont_add") {
		t.Fatalf("choices %d, the first starting on %q, want one on %q", len(groups), groups[0].Selected, h.Tr.T("folder.asks.dont_add"))
	}
	if take {
		groups[0].SetSelected(h.Tr.T("folder.asks.add_second"))
	}
	test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.asks.use")))
	want := map[bool]int{false: 1, true: 2}[take]
	if c, _ := h.Store.Contacts(); len(c) != want {
		t.Fatalf("%d contacts after the answer, want %d: %+v", len(c), want, c)
	}
	// the other home's next file (another contact added) is read again:
	// the answer holds, and the new contact comes in without a question
	if _, err := other.AddContact(data.Contact{Name: "Nain", Phone: "01234 567890"}); err != nil {
		t.Fatal(err)
	}
	theirs.Step(folderDay.Add(6 * time.Minute))
	h.SetNow(folderDay.Add(7 * time.Minute))
	f.Tick()
	if h.Overlay() != nil || f.Pending() {
		t.Fatal("the look-alike is asked about again")
	}
	if c, _ := h.Store.Contacts(); len(c) != want+1 {
		t.Fatalf("%d contacts after the next file, want %d: %+v", len(c), want+1, c)
	}
}

package sharing_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// Another home's file in the folder that would remove a child and a
// house rule and change a contact's phone changes nothing by itself: the
// carer is shown the summary and both versions, in their language. "Not
// now" leaves it waiting (a status line to choose later); then each
// change is taken or refused on its own.
func TestARemovalFromTheFolderWaitsForAYes(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang),
				screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			if _, err := h.Store.AddContact(data.Contact{Name: "Nain", Phone: "01234 567890"}); err != nil {
				t.Fatal(err)
			}
			if _, err := h.Store.AddItem(data.ListRules, "Phones charge downstairs"); err != nil {
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
			f.Tick() // this computer seals what the other home now has

			kids, _ := other.Children()
			for _, k := range kids {
				if k.Name == "Dylan" {
					if err := other.DeleteChild(k.ID); err != nil {
						t.Fatal(err)
					}
				}
			}
			contacts, _ := other.Contacts()
			contacts[0].Phone = "07700 900123"
			if err := other.UpdateContact(contacts[0]); err != nil {
				t.Fatal(err)
			}
			if a, _ := other.Agreement(); len(a.Rules) != 1 || other.DeleteItem(data.ListRules, a.Rules[0].ID) != nil {
				t.Fatalf("the other home's rules: %+v", a.Rules)
			}
			theirs.Step(folderDay.Add(4 * time.Minute))

			h.SetNow(folderDay.Add(5 * time.Minute))
			f.Tick()
			if h.Overlay() != nil || !f.Pending() {
				t.Fatal("the question popped up over the screen, or no question waits")
			}
			f.AskNow()
			dlg := h.Overlay()
			if dlg == nil {
				t.Fatal("no question for a child removed from outside")
			}
			for _, want := range []string{h.Tr.T("folder.asks.title"), h.Tr.T("folder.asks.body"),
				"01234 567890", "07700 900123", h.Tr.T("sharing.conflict.deleted"), "Phones charge downstairs",
				"• " + h.Tr.T("sharing.detail.contact", map[string]any{"Name": "Nain"})} { // (the summary names it)
				screentest.MustHaveText(t, dlg, want)
			}
			inOrder(t, screentest.Texts(dlg), h.Tr.T("folder.asks.choices"), // the questions, under their headings
				h.Tr.T("sharing.family"), h.Tr.T("sharing.section.contacts"), "07700 900123",
				h.Tr.T("sharing.section.agreement"), h.Tr.T("sharing.detail.list.rules"), "Phones charge downstairs",
				"Dylan", h.Tr.T("sharing.section.children"))
			unchanged := func() {
				t.Helper()
				if kids, _ := h.Store.Children(); len(kids) != 3 {
					t.Fatalf("%d children: removed without a yes", len(kids))
				}
				if c, _ := h.Store.Contacts(); c[0].Phone != "01234 567890" {
					t.Fatalf("the phone changed without a yes: %q", c[0].Phone)
				}
				if a, _ := h.Store.Agreement(); len(a.Rules) != 1 {
					t.Fatal("the house rule went without a yes")
				}
			}
			unchanged()
			test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.conflicts.later")))
			h.SetNow(folderDay.Add(6 * time.Minute))
			f.Tick()
			if h.Overlay() != nil || f.Pending() {
				t.Fatal("asked again at once after Not now")
			}
			unchanged()
			would := h.Tr.T("folder.status.would_remove", map[string]any{"Count": 2}) + "; " +
				h.Tr.T("folder.status.would_change", map[string]any{"Count": 1}) // (a child and a rule; a phone)
			h.Shows(h.Tr.T("folder.status.waiting_asks", map[string]any{"Name": sharing.FolderFileName(other.DeviceID()), "What": would}))

			h.Tap(h.Tr.T("folder.status.choose"))
			// each change on its own: the phone and the rule's removal refused
			// (as by default), the child's removal (asked first) taken
			refused, removals := 0, 0
			for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
				if g.Selected != h.Tr.T("folder.asks.keep") && g.Selected != h.Tr.T("folder.asks.keep_here") && g.Selected != h.Tr.T("folder.asks.keep_placement") {
					t.Fatalf("%q starts on %q, not on keeping what is here", g.Options, g.Selected)
				}
				if slices.Contains(g.Options, h.Tr.T("folder.asks.remove")) {
					if removals++; removals == 2 { // (the family's own first, then Dylan)
						g.SetSelected(h.Tr.T("folder.asks.remove"))
					}
				} else {
					refused++
				}
			}
			if refused != 1 || removals != 2 {
				t.Fatalf("%d choices for the phone and %d removals, want one and two", refused, removals)
			}
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
			if kids, _ := h.Store.Children(); len(kids) != 2 {
				t.Fatalf("%d children after the yes, want Dylan removed", len(kids))
			}
			if c, _ := h.Store.Contacts(); c[0].Phone != "01234 567890" {
				t.Fatalf("phone %q after refusing its change", c[0].Phone)
			}
			if a, _ := h.Store.Agreement(); len(a.Rules) != 1 {
				t.Fatal("the house rule went after keeping it")
			}
			h.SetNow(folderDay.Add(7 * time.Minute))
			f.Tick()
			if h.Overlay() != nil || f.Pending() {
				t.Fatal("the refused change is asked about again")
			}
		})
	}
}

// With a foster placement and no family passphrase, syncing does not
// start: the carer is told to set the family's passphrase first. "Stop
// syncing" leaves no trace of the sync passphrase in the family's file.
func TestAPlacementNeedsTheFamilyPassphraseAndStopErasesTheSyncOne(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			placed := screentest.Prepare(func(s *data.Store) {
				kids, _ := s.Children()
				kids[0].Placed = true
				if err := s.UpdateChild(kids[0]); err != nil {
					t.Fatal(err)
				}
			})
			h, _ := startSyncing(t, dir, screentest.Lang(lang), placed)
			h.Shows(h.Tr.T("folder.need_family_passphrase"))
			if on, _ := h.Store.SyncFolder(); on.On() {
				t.Fatal("syncing started for a placement without a family passphrase")
			}
		})
	}
	dir := t.TempDir()
	h, _ := startSyncing(t, dir)
	if on, _ := h.Store.SyncFolder(); !on.On() {
		t.Fatal("syncing did not start")
	}
	h.Tap(h.Tr.T("folder.stop"))
	raw, err := os.ReadFile(filepath.Join(h.Store.Dir(), data.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte(folderPass)) {
		t.Fatal("the sync passphrase is still in the family's file after Stop syncing")
	}
}

// inOrder fails unless texts hold each of want, in that order.
func inOrder(t *testing.T, texts []string, want ...string) {
	t.Helper()
	from := 0
	for _, w := range want {
		i := slices.IndexFunc(texts[from:], func(s string) bool { return strings.Contains(s, w) })
		if i < 0 {
			t.Fatalf("no %q after %q in %q", w, texts[:from], texts)
		}
		from += i + 1
	}
}

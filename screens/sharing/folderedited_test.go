package sharing_test

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// The other home deletes two children, a contact and an app note that
// this home edited since they last met (Amira still has a concern entry
// here). Each is asked as a removal ("Remove it here too" / "Keep it
// here", Amira "Archive here too"), never as "changed in both homes", and
// every choice starts on keeping: "Use these choices" alone removes
// nothing. Taken, Dylan is removed and Amira archived, as the summary
// says.
func TestAnEditedRecordRemovedInTheOtherHomeIsAskedAsARemoval(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang),
				screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			kids, _ := h.Store.Children()
			byName := map[string]data.Child{}
			for _, k := range kids {
				byName[k.Name] = k
			}
			if _, err := h.Store.AddConcern(data.Concern{ChildID: byName["Amira"].ID, Date: folderDay, Happened: "Upset after a call"}); err != nil {
				t.Fatal(err)
			}
			if _, err := h.Store.AddContact(data.Contact{Name: "Nain", Phone: "01234 567890"}); err != nil {
				t.Fatal(err)
			}
			if _, err := h.Store.AddAppNote(data.AppNote{ChildID: byName["Seren"].ID, Name: "Minecraft"}); err != nil {
				t.Fatal(err)
			}
			for _, m := range []time.Duration{1, 2} {
				h.SetNow(folderDay.Add(m * time.Minute))
				f.Tick()
			}
			other := datatest.Open(t, datatest.At(folderDay.Add(2*time.Minute)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(folderDay.Add(2 * time.Minute))
			h.SetNow(folderDay.Add(3 * time.Minute))
			f.Tick() // the homes have met

			for _, name := range []string{"Dylan", "Amira"} { // edited here...
				k := byName[name]
				k.Notes = "Year 10, options"
				if err := h.Store.UpdateChild(k); err != nil {
					t.Fatal(err)
				}
			}
			contacts, _ := h.Store.Contacts()
			contacts[0].Notes = "Mum's mum"
			notes, _ := h.Store.AppNotes(byName["Seren"].ID)
			notes[0].Note = "Only with friends"
			if h.Store.UpdateContact(contacts[0]) != nil || h.Store.UpdateAppNote(notes[0]) != nil {
				t.Fatal("editing here")
			}
			theirKids, _ := other.Children() // ...and deleted there
			for _, k := range theirKids {
				if k.Name == "Dylan" || k.Name == "Amira" {
					if err := other.DeleteChild(k.ID); err != nil {
						t.Fatal(err)
					}
				}
			}
			theirContacts, _ := other.Contacts()
			for _, k := range theirKids {
				if k.Name == "Seren" {
					theirNotes, _ := other.AppNotes(k.ID)
					if other.DeleteAppNote(k.ID, theirNotes[0].ID) != nil {
						t.Fatal("deleting there")
					}
				}
			}
			if other.DeleteContact(theirContacts[0].ID) != nil {
				t.Fatal("deleting there")
			}
			theirs.Step(folderDay.Add(4 * time.Minute))
			h.SetNow(folderDay.Add(5 * time.Minute))
			f.Tick()
			f.AskNow()
			dlg := h.Overlay()
			if dlg == nil {
				t.Fatal("no question for records removed in the other home")
			}
			screentest.MustHaveText(t, dlg, h.Tr.T("sharing.removed", map[string]any{"Count": 1}))
			screentest.MustHaveText(t, dlg, h.Tr.T("sharing.archived", map[string]any{"Count": 1}))
			screentest.MustHaveText(t, dlg, h.Tr.T("folder.asks.archived", map[string]any{"Name": "Amira"}))
			for _, text := range screentest.Texts(dlg) {
				if text == h.Tr.T("sharing.conflict.title") || text == h.Tr.T("sharing.conflict.take_theirs") {
					t.Fatalf("a removal shown as changed in both homes: %q", screentest.Texts(dlg))
				}
			}
			removals, archives := 0, 0
			for _, g := range screentest.Find[*widget.RadioGroup](dlg) {
				if g.Selected != h.Tr.T("folder.asks.keep_here") {
					t.Fatalf("%q starts on %q, not on keeping it here", g.Options, g.Selected)
				}
				switch {
				case slices.Contains(g.Options, h.Tr.T("folder.asks.remove")):
					removals++
				case slices.Contains(g.Options, h.Tr.T("folder.asks.archive")):
					archives++
				}
			}
			if removals != 3 || archives != 1 { // Dylan, the contact, the note; Amira
				t.Fatalf("%d removals and %d archive choices, want 3 and 1", removals, archives)
			}
			test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.asks.use")))
			if kids, _ := h.Store.Children(); len(kids) != 3 {
				t.Fatalf("%d children after keeping everything, want 3", len(kids))
			}
			if c, _ := h.Store.Contacts(); len(c) != 1 || c[0].Notes != "Mum's mum" {
				t.Fatalf("contacts %+v after keeping it", c)
			}
			if n, _ := h.Store.AppNotes(byName["Seren"].ID); len(n) != 1 || n[0].Note != "Only with friends" {
				t.Fatalf("Seren's app notes %+v after keeping it", n)
			}
		})
	}
}

// A house rule reworded here and removed in the other home is asked as a
// removal, starting on keeping it here; "Use these choices" alone keeps
// the rule as reworded here.
func TestARuleRewordedHereAndRemovedThereIsAskedAsARemoval(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang),
				screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			if _, err := h.Store.AddItem(data.ListRules, "Phones charge downstairs"); err != nil {
				t.Fatal(err)
			}
			for _, m := range []time.Duration{1, 2} {
				h.SetNow(folderDay.Add(m * time.Minute))
				f.Tick()
			}
			other := datatest.Open(t, datatest.At(folderDay.Add(2*time.Minute)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(folderDay.Add(2 * time.Minute))
			h.SetNow(folderDay.Add(3 * time.Minute))
			f.Tick()

			mine, _ := h.Store.Agreement()
			if err := h.Store.UpdateItem(data.ListRules, mine.Rules[0].ID, "Phones charge in the kitchen"); err != nil {
				t.Fatal(err)
			}
			if a, _ := other.Agreement(); len(a.Rules) != 1 || other.DeleteItem(data.ListRules, a.Rules[0].ID) != nil {
				t.Fatalf("the other home's rules: %+v", a.Rules)
			}
			theirs.Step(folderDay.Add(4 * time.Minute))
			h.SetNow(folderDay.Add(5 * time.Minute))
			f.Tick()
			f.AskNow()
			dlg := h.Overlay()
			if dlg == nil {
				t.Fatal("no question for a rule removed in the other home")
			}
			screentest.MustHaveText(t, dlg, "Phones charge in the kitchen")
			groups := screentest.Find[*widget.RadioGroup](dlg)
			if len(groups) != 1 || !slices.Contains(groups[0].Options, h.Tr.T("folder.asks.remove")) ||
				groups[0].Selected != h.Tr.T("folder.asks.keep_here") {
				t.Fatalf("choices %d, want one removal starting on keeping it here", len(groups))
			}
			test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.conflicts.apply")))
			if a, _ := h.Store.Agreement(); len(a.Rules) != 1 || a.Rules[0].Text != "Phones charge in the kitchen" {
				t.Fatalf("rules %+v after keeping it, want the rule as reworded here", a.Rules)
			}
		})
	}
}

package sharing_test

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/sharing"
)

// The other home adds two contacts, taken in without a question (a few at
// a time). Settings names both, with their numbers; "Remove these"
// removes them here, and the other home is asked whether to remove them
// too. "Keep them" keeps them and the line goes. The list is kept in the
// store: closed and opened again (a restart), Settings still names them,
// and the answer works. In en, cy and pl.
func TestContactsAddedByAnotherHomeAreNamedWithRemoveThese(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, remove := range []bool{true, false} {
			t.Run(lang, func(t *testing.T) {
				addedContacts(t, lang, remove)
			})
		}
	}
}

func addedContacts(t *testing.T, lang string, remove bool) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Dylan", 2012, 5))
	at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
	other := datatest.Open(t, datatest.At(at(2)))
	theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	for m := time.Duration(1); m < 6; m += 2 {
		h.SetNow(at(m))
		f.Tick()
		theirs.Step(at(m + 1))
	}
	for _, c := range []data.Contact{{Name: "Mr Stranger", Phone: "07700 900123"}, {Name: "Dr Smith", Email: "smith@example.org"}} {
		_, err := other.AddContact(c)
		must(t, err)
	}
	theirs.Step(at(6))
	h.SetNow(at(7))
	f.Tick()
	if f.Pending() {
		t.Fatal("two new contacts asked about")
	}
	if c, _ := h.Store.Contacts(); len(c) != 2 {
		t.Fatalf("%d contacts taken in, want 2", len(c))
	}
	names := "Mr Stranger (07700 900123), Dr Smith (smith@example.org)"
	line := statusLine(t, h, h.Tr.T("folder.new_contacts", map[string]any{"Names": names}))
	if !strings.Contains(line.Text, "Mr Stranger") {
		t.Fatalf("the line does not name the contact: %q", line.Text)
	}
	f = restarted(t, h, f)
	statusLine(t, h, h.Tr.T("folder.new_contacts", map[string]any{"Names": names}))
	if dir := os.Getenv("FOS_SHOT_DIR"); dir != "" && remove {
		h.Win.Resize(h.Win.Canvas().Size().AddWidthHeight(1, 0))
		shot, err := os.Create(filepath.Join(dir, "newcontacts-"+lang+".png"))
		must(t, err)
		must(t, png.Encode(shot, h.Win.Canvas().Capture()))
		must(t, shot.Close())
	}
	if !remove {
		h.Tap(h.Tr.T("folder.new_contacts.keep"))
		if restarted(t, h, f); strings.Contains(strings.Join(screentest.Texts(h.Root()), "\n"), "Mr Stranger") {
			t.Fatal("the line comes back after Keep them and a restart")
		}
		if c, _ := h.Store.Contacts(); len(c) != 2 {
			t.Fatalf("%d contacts after Keep them, want 2", len(c))
		}
		if strings.Contains(strings.Join(screentest.Texts(h.Root()), "\n"), "Mr Stranger") {
			t.Fatal("the line stays after Keep them")
		}
		return
	}
	h.Tap(h.Tr.T("folder.new_contacts.remove"))
	if c, _ := h.Store.Contacts(); len(c) != 0 {
		t.Fatalf("%d contacts after Remove these, want none", len(c))
	}
	for _, m := range []time.Duration{8, 9} { // noticed, then written after the pause
		h.SetNow(at(m))
		f.Tick()
	}
	r := theirs.Step(at(10))
	if r.Waiting == nil {
		t.Fatal("the other home is not asked about the removals")
	}
	removals := 0
	for _, c := range r.Waiting.Summary.Asks {
		if c.Section == "contacts" && c.Kind == data.Removed {
			removals++
		}
	}
	if removals != 2 {
		t.Fatalf("the other home is asked about %d removals, want 2", removals)
	}
}

// restarted stops f, closes the family's store and opens it again from
// its folder, as the app does when it is closed and started: the harness
// then holds the store opened again, and Settings the sync started anew.
func restarted(t *testing.T, h *screentest.Harness, f *sharingui.FolderSync) *sharingui.FolderSync {
	t.Helper()
	f.Stop()
	dir := h.Store.Dir()
	must(t, h.Store.Close())
	s, err := data.Open(dir, datatest.Options(t, h.Now))
	must(t, err)
	t.Cleanup(func() { _ = s.Close() })
	h.Store = s
	f = sharingui.NewFolderSync(h.Env(), s, h.Win, "0.1.0")
	h.Show(f.View())
	f.Start(false)
	return f
}

package sharing_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// What Settings and the app are told about a file is true to what
// happened: a file that only adds many contacts is said to add them
// (not to remove or change anything); refused, nothing is said to have
// come in, nor to have been last taken in from it; a phone change
// answered "keep" brings nothing in either; a file taken in is said so.
// In every language.
func TestWhatTheSyncSaysIsTrueToWhatHappened(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang))
			changed := 0
			f.OnChanged(func() { changed++ })
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			tick := func(m time.Duration) { h.SetNow(at(m)); f.Tick() }
			merged := func(name string, m time.Duration) string {
				return h.Tr.T("folder.status.merged", map[string]any{"Name": name,
					"Date": screens.FormatDate(h.Tr, at(m)), "Time": at(m).Format("15:04")})
			}
			tick(1)
			tick(2)
			flood := floodFile(t, dir, at(2), 30)
			tick(4)
			if !f.Pending() {
				t.Fatal("30 new contacts came in without a question")
			}
			waits := h.Tr.T("folder.status.waiting_asks", map[string]any{"Name": flood,
				"What": h.Tr.T("folder.status.would_add", map[string]any{"What": h.Tr.T("sharing.section.contacts") + ": 30"})})
			h.Shows(waits)
			f.AskNow()
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use"))) // (starts on "Do not take them")
			if cs, _ := h.Store.Contacts(); len(cs) != 0 || changed != 0 {
				t.Fatalf("refused, yet %d contacts came in and the app was told %d times", len(cs), changed)
			}
			if screentest.HasText(h.Root(), merged(flood, 4)) {
				t.Fatal("Settings says changes were last taken in from the file refused")
			}

			other := datatest.Open(t, datatest.At(at(5)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(at(5))
			_, err := other.AddContact(data.Contact{Name: "Ms Grant", Phone: "01632 960111"})
			must(t, err)
			theirs.Step(at(5))
			tick(6)
			if cs, _ := h.Store.Contacts(); len(cs) != 1 || changed != 1 {
				t.Fatalf("the other home's contact: %+v, the app told %d times", cs, changed)
			}
			home := sharing.FolderFileName(other.DeviceID())
			h.Shows(merged(home, 6))

			other.SetClock(datatest.At(at(7)))
			cs, _ := other.Contacts()
			cs[0].Phone = "07700 900666"
			must(t, other.UpdateContact(cs[0]))
			theirs.Step(at(7))
			tick(8)
			f.AskNow()
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use"))) // keep this computer's
			if cs, _ := h.Store.Contacts(); cs[0].Phone != "01632 960111" || changed != 1 {
				t.Fatalf("kept, yet the phone is %q and the app was told %d times", cs[0].Phone, changed)
			}
			if screentest.HasText(h.Root(), merged(home, 8)) || !screentest.HasText(h.Root(), merged(home, 6)) {
				t.Fatalf("after keeping this computer's, Settings says: %q", screentest.Texts(h.Root()))
			}
			for _, s := range screentest.Texts(h.Root()) {
				if strings.Contains(s, flood) {
					t.Errorf("Settings still speaks of the refused file: %q", s)
				}
			}
		})
	}
}

// floodFile puts in dir a file from another computer adding n contacts,
// and returns its name.
func floodFile(t *testing.T, dir string, at time.Time, n int) string {
	t.Helper()
	hostile := datatest.Open(t, datatest.At(at))
	fam, err := hostile.ShareFamily(nil)
	must(t, err)
	for i := range n {
		fam.Records = append(fam.Records, data.SharedRecord{Section: "contacts",
			Stamp: data.Stamp{UID: fmt.Sprintf("%032x", i+1), Changed: at, Device: hostile.DeviceID()},
			Value: fmt.Appendf(nil, `{"name":"Junk %d"}`, i)})
	}
	name := sharing.FolderFileName(hostile.DeviceID())
	out, err := os.Create(filepath.Join(dir, name))
	must(t, err)
	must(t, sharing.Export(out, fam, folderPass, "0.1.0", at, hostile.ShareCost()))
	must(t, out.Close())
	return name
}

// Seren is archived in both homes; the other home brings her back: the
// line in Settings says the file would bring back a child archived here
// (not that it would change a phone, email or placement). In every
// language.
func TestSettingsSaysAFileWouldBringBackAnArchivedChild(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			other := datatest.Open(t, datatest.At(at(1)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(at(1))
			archive := func(s *data.Store, on bool) {
				kids, _ := s.Children()
				kids[0].Archived = on
				must(t, s.UpdateChild(kids[0]))
			}
			h.SetNow(at(2))
			archive(h.Store, true)
			f.Flush()
			r := theirs.Step(at(3))
			if r.Waiting == nil {
				t.Fatal("the other home archived Seren without a question")
			}
			r = theirs.Resolve(map[string]data.Resolution{r.Waiting.Summary.Asks[0].UID: data.TakeTheirs}, at(3))
			other.SetClock(datatest.At(at(4)))
			archive(other, false)
			theirs.Step(at(4))
			h.SetNow(at(5))
			f.Tick()
			if !f.Pending() {
				t.Fatal("Seren was brought back without a question")
			}
			h.Shows(h.Tr.T("folder.status.waiting_asks", map[string]any{"Name": sharing.FolderFileName(other.DeviceID()),
				"What": h.Tr.T("folder.status.would_unarchive", map[string]any{"Count": 1})}))
		})
	}
}

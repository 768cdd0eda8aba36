package sharing_test

import (
	"errors"
	"fmt"
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

// The other home places Ava (5) with a social worker; this home keeps
// its own (the default). That answer does not travel back as a silent
// change: the other home is asked in turn and keeps its placement. Then
// both say plainly, in Settings, that Ava's placement differs between
// the homes, and neither is asked again.
func TestAPlacementBothHomesKeptIsSaidToDifferInBoth(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Leo", 2017, 4), screentest.Child("Ava", 2021, 1))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			tick := func(m time.Duration) { h.SetNow(at(m)); f.Tick() }
			tick(1)
			tick(2)
			other := datatest.Open(t, datatest.At(at(2)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(at(2))
			tick(3)
			_, err := other.AddContact(data.Contact{Name: "Nain", Phone: "01632 960111"})
			must(t, err)
			theirs.Step(at(4))
			tick(5)
			kids, _ := other.Children()
			for _, k := range kids {
				if k.Name == "Ava" {
					k.Placed, k.Placement = true, data.Placement{SocialWorker: "Sam Reid", SocialWorkerPhone: "01632 960555"}
					must(t, other.UpdateChild(k))
				}
			}
			theirs.Step(at(6))
			tick(7)
			if !f.Pending() {
				t.Fatal("the placement came in without a question")
			}
			f.AskNow()
			for _, want := range []string{h.Tr.T("placement.tick"), h.Tr.T("placement.social_worker") + ": Sam Reid",
				"01632 960555", h.Tr.T("sharing.placement.none"), // the question names what changes
				"• " + h.Tr.T("sharing.detail.placement", map[string]any{"Name": "Ava"})} { // and the summary above it
				screentest.MustHaveText(t, h.Overlay(), want)
			}
			if n := strings.Count(strings.Join(screentest.Texts(h.Overlay()), "\n"), "Sam Reid"); n != 1 {
				t.Fatalf("the social worker is named %d times, want once, with its label", n)
			}
			if !slices.ContainsFunc(screentest.Find[*widget.RadioGroup](h.Overlay()), func(g *widget.RadioGroup) bool {
				return slices.Contains(g.Options, h.Tr.T("folder.asks.keep_placement")) // (the rest comes in)
			}) {
				t.Fatal("the choice does not say only the placement is kept")
			}
			for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
				if g.Selected != h.Tr.T("folder.asks.keep") && g.Selected != h.Tr.T("folder.asks.keep_here") && g.Selected != h.Tr.T("folder.asks.keep_placement") {
					t.Fatalf("%q starts on %q, not on keeping what is here", g.Options, g.Selected)
				}
			}
			test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
			tick(8)
			tick(9)
			r := theirs.Step(at(9))
			if r.Waiting == nil {
				t.Fatal("the other home was not asked: this home's answer travelled as a change")
			}
			keep := map[string]data.Resolution{}
			for _, c := range r.Waiting.Summary.Asks {
				keep[c.UID] = data.KeepMine
			}
			r = theirs.Resolve(keep, at(9))
			if !differsIn(r) {
				t.Fatalf("the other home does not say the homes differ: %v", r.Problems)
			}
			theirs.Step(at(10))
			tick(11)
			tick(12)
			if h.Overlay() != nil || f.Pending() {
				t.Fatal("asked again about the placement both homes kept")
			}
			h.Shows(h.Tr.T("folder.differs.placement", map[string]any{"Name": "Ava"}))
			from := h.Tr.T("folder.differs.from", map[string]any{"Name": sharing.FolderFileName(other.DeviceID())})
			h.Shows(from) // the file it differs from is named
			placed := func(s *data.Store) bool {
				kids, _ := s.Children()
				for _, k := range kids {
					if k.Name == "Ava" {
						return k.Placed && k.Placement.SocialWorker == "Sam Reid"
					}
				}
				return false
			}
			if placed(h.Store) || !placed(other) {
				t.Fatalf("placed here %v, there %v: want each home's own", placed(h.Store), placed(other))
			}
			if r := theirs.Step(at(13)); r.Waiting != nil {
				t.Fatal("the other home is asked again")
			}
			// A copy of the other home's file under another name (as a
			// hostile home could leave): the difference is said once.
			copied, err := os.ReadFile(ownFile(t, dir, other))
			must(t, err)
			must(t, os.WriteFile(filepath.Join(dir, "family-online-safety-6666666666666666.fos"), copied, 0o600))
			tick(14)
			said := 0
			for _, l := range screentest.Texts(h.Root()) {
				if l == h.Tr.T("folder.differs.placement", map[string]any{"Name": "Ava"}) {
					said++
				}
			}
			headings := 0 // (under the one file or the other, once)
			for _, l := range screentest.Texts(h.Root()) {
				if l == from || l == h.Tr.T("folder.differs.from", map[string]any{"Name": "family-online-safety-6666666666666666.fos"}) {
					headings++
				}
			}
			if said != 1 || headings != 1 {
				t.Fatalf("the difference is said %d times under %d lines naming a file, want once under one", said, headings)
			}
			// This home full of contacts, the other home adds one: what
			// was not added is said, and the difference still is.
			must(t, os.Remove(filepath.Join(dir, "family-online-safety-6666666666666666.fos")))
			for i := range data.HomeCaps["contacts"] {
				_, err := h.Store.AddContact(data.Contact{Name: fmt.Sprintf("Family %d", i), Phone: "01632 960000"})
				must(t, err)
			}
			_, err = other.AddContact(data.Contact{Name: "Dr Jones GP", Phone: "01632 960111"})
			must(t, err)
			theirs.Step(at(15))
			tick(16)
			h.Shows(h.Tr.T("folder.differs.placement", map[string]any{"Name": "Ava"}))
			statusLine(t, h, h.Tr.T("folder.error.left_out", map[string]any{"Name": sharing.FolderFileName(other.DeviceID())}))
		})
	}
}

func differsIn(r sharing.Report) bool {
	for _, err := range r.Problems {
		if errors.Is(err, sharing.ErrDiffers) {
			return true
		}
	}
	return false
}

package children_test

import (
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
)

// printChildren shows the screen with its print buttons for one child in
// a placement with a delegated-authority note and a device-free time.
func printChildren(t *testing.T) (*childrenHarness, *screentest.Saved) {
	t.Helper()
	h := &childrenHarness{Harness: screentest.New(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)),
		addPlacedChild("Maisie", 2022, 6), screentest.Prepare(func(s *data.Store) {
			kids, _ := s.Children()
			k := kids[0]
			k.Placement.DelegatedAuthority = "Haircuts need the social worker's agreement."
			if err := s.UpdateChild(k); err != nil {
				panic(err)
			}
			if _, err := s.AddWindow(data.Window{Label: "Bath and bed", Days: data.EveryDay, Start: 18*60 + 30, End: 6*60 + 45, Everyone: true}); err != nil {
				panic(err)
			}
		}))}
	files, saved := h.Files()
	h.screen = children.New(h.Env(), h.Store, h.Win, h.Actions).WithPrinting(files, h.Store)
	h.Show(h.screen.View())
	return h, saved
}

func TestCarerSheetAsksBeforeAddingFosterRecords(t *testing.T) {
	for _, tick := range []bool{false, true} {
		h, saved := printChildren(t)
		h.Tap("Sheet for another carer")
		dlg := h.Overlay()
		screentest.MustHaveText(t, dlg, "One page about Maisie: today's limits, device-free times, apps, things to talk about and who to call.")
		var foster *widget.Check
		for _, c := range screentest.Find[*widget.Check](dlg) {
			if strings.HasPrefix(c.Text, "Add the placement's records") {
				foster = c
			}
		}
		if foster == nil || foster.Checked {
			t.Fatal("a placed child's sheet should offer the placement's records, unticked")
		}
		if tick {
			test.Tap(foster)
		}
		test.Tap(screentest.Button(t, dlg, "Save as PDF"))
		if len(saved.Names) != 1 || saved.Names[0] != "Maisie for carers 2026-11-23.pdf" {
			t.Fatalf("suggested %q", saved.Names)
		}
		info, err := os.Stat(saved.Paths[0])
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Fatalf("saved: %v, %v", info, err)
		}
		if text := pdfToText(t, saved.Paths[0]); text != "" && strings.Contains(text, "Haircuts need") != tick {
			t.Errorf("ticked %v, but the delegated authority shown is %v", tick, !tick)
		}
	}
}

func TestChildCalendarHoldsTheirDeviceFreeTimes(t *testing.T) {
	h, saved := printChildren(t)
	h.Tap("Add to calendar")
	if len(saved.Names) != 1 || saved.Names[0] != "Device-free times Maisie 2026-11-23.ics" {
		t.Fatalf("suggested %q", saved.Names)
	}
	b, _ := os.ReadFile(saved.Paths[0])
	if !strings.Contains(string(b), "SUMMARY:Device-free: Bath and bed") {
		t.Errorf("the calendar misses the child's bedtime:\n%s", b)
	}
	test.Tap(screentest.Button(t, h.Overlay(), "Open"))
	want := (&url.URL{Scheme: "file", Path: saved.Paths[0]}).String()
	if len(h.Actions.Opened) != 1 || h.Actions.Opened[0] != want {
		t.Errorf("opened %q, want %s", h.Actions.Opened, want)
	}
}

// pdfToText reads a PDF's words, or "" when poppler is not installed
// (the printout package's tests check the words themselves).
func pdfToText(t *testing.T, path string) string {
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		return ""
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

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
		screentest.MustHaveText(t, dlg, "A sheet about Maisie for 7 days, from the day you choose. It shows each day's limits and device-free times, term or holiday, and changes agreed for a day. Then it shows who to call, apps and things to talk about.")
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
		if len(saved.Names) != 1 || saved.Names[0] != "For carers 2026-11-23.pdf" {
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
	if len(saved.Names) != 1 || saved.Names[0] != "Device-free times, one child 2026-11-23.ics" {
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

// The sheet covers the 7 days from the day chosen in its dialog: a
// holiday and a later bedtime agreed for one of them are on it.
func TestCarerSheetCoversTheWeekFromTheChosenDay(t *testing.T) {
	h, saved := printChildren(t)
	kids, _ := h.Store.Children()
	day := func(d int) time.Time { return time.Date(2026, 11, d, 0, 0, 0, 0, time.UTC) }
	if _, err := h.Store.AddHoliday(data.Holiday{Name: "Inset day", First: day(30), Last: day(30)}); err != nil {
		t.Fatal(err)
	}
	if _, err := h.Store.AddDayChange(data.DayChange{Kind: data.ChangeBedtime, Day: day(27), Until: 20 * 60, Reason: "Film night with Nan"}, []data.ID{kids[0].ID}); err != nil {
		t.Fatal(err)
	}
	h.Tap("Sheet for another carer")
	dlg := h.Overlay()
	sel := screentest.Find[*widget.Select](dlg)
	if len(sel) != 1 || sel[0].Selected != "Monday 23/11/2026" {
		t.Fatalf("the first day offered: %v", sel)
	}
	sel[0].SetSelected("Thursday 26/11/2026")
	test.Tap(screentest.Button(t, dlg, "Save as PDF"))
	text := pdfToText(t, saved.Paths[0])
	if text == "" {
		t.Skip("pdftotext is missing: run scripts/install-deps --test")
	}
	for _, want := range []string{"Our plan from Thu 26/11 to Wed 02/12", "holds until 02/12/2026", "Fri 27/11 Term time",
		"Later bedtime: 20:00 — Film night with Nan", "Bath and bed 20:00–06:45", "Mon 30/11 Inset day (holiday)", "Printed 23/11/2026"} {
		if !strings.Contains(text, want) {
			t.Errorf("the sheet does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Wed 25/11") {
		t.Error("the sheet starts before the day chosen")
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

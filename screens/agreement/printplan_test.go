package agreement_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
)

// holidayHarness is the print harness in a holiday (Tuesday is its last
// day), with homework in term time only, a holiday lie-in and a later
// bedtime agreed for tonight.
func holidayHarness(t *testing.T) (*agreementHarness, *screentest.Saved) {
	h, _ := printHarness(t)
	day := data.Day(tuesday)
	if _, err := h.Store.AddHoliday(data.Holiday{Name: "Inset days", First: day.AddDate(0, 0, -1), Last: day}); err != nil {
		t.Fatal(err)
	}
	for _, w := range []data.Window{
		{Label: "Homework", Days: data.SchoolDays, Start: 16 * 60, End: 17 * 60, Everyone: true, When: data.PeriodTerm},
		{Label: "Lie-in", Days: data.EveryDay, Start: 8 * 60, End: 9 * 60, Everyone: true, When: data.PeriodHolidays},
	} {
		if _, err := h.Store.AddWindow(w); err != nil {
			t.Fatal(err)
		}
	}
	files, saved := h.Files()
	h.Show(agreement.New(h.Env(), h.Store, h.Store).WithPrinting(files).View())
	return h, saved
}

// Printed in a holiday, the agreement says so and names the holiday's
// dates: the printout reads the plan with its holidays, as Home does.
func TestThePrintedAgreementKnowsItIsTheHolidays(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is missing: run scripts/install-deps --test")
	}
	h, saved := holidayHarness(t)
	h.Tap("Save as PDF")
	test.Tap(screentest.Button(t, h.Overlay(), "Not now"))
	out, err := exec.Command("pdftotext", saved.Paths[0], "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"it was the holidays (Inset days, until 24/11/2026)", "Inset days: 23/11/2026 to 24/11/2026", "term time only", "holidays only", "all year"} {
		if !strings.Contains(text, want) {
			t.Errorf("the agreement printed in a holiday does not say %q:\n%s", want, text)
		}
	}
}

// The calendar saved in a holiday leaves term-time homework out of
// today and repeats the lie-in only in the holiday.
func TestTheSavedCalendarSkipsTermTimesInTheHolidays(t *testing.T) {
	h, saved := holidayHarness(t)
	h.Tab("Device-free")
	h.Tap("Add to calendar")
	test.Tap(screentest.Button(t, h.Overlay(), "Not now"))
	b, err := os.ReadFile(saved.Paths[0])
	if err != nil {
		t.Fatal(err)
	}
	ics := string(b)
	// Homework starts on Wednesday, the first term day; the lie-in runs
	// Tuesday only, until the end of the holiday.
	if !strings.Contains(ics, "DTSTART;TZID=UTC:20261125T160000") {
		t.Errorf("homework does not start on the first day back:\n%s", ics)
	}
	if !strings.Contains(ics, "DTSTART;TZID=UTC:20261124T080000") || !strings.Contains(ics, "UNTIL=20261124T235959Z") {
		t.Errorf("the lie-in is not in the holiday only:\n%s", ics)
	}
}

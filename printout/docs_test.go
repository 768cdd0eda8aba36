package printout

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
)

// docsHolidayNow is when the documents in docs/print are made: in the
// Christmas holidays, the week before school starts again.
func docsHolidayNow(t testing.TB) time.Time { return time.Date(2026, 12, 30, 10, 0, 0, 0, london(t)) }

// addDocsChanges agrees a film night with Nan tonight for Leo and a
// late New Year's Eve for everyone.
func addDocsChanges(t testing.TB, s *data.Store, now time.Time) {
	t.Helper()
	kids, err := s.ActiveChildren()
	if err != nil {
		t.Fatal(err)
	}
	var all []data.ID
	for _, k := range kids {
		all = append(all, k.ID)
	}
	leo := childNamed(t, s, "Leo")
	for _, c := range []struct {
		c   data.DayChange
		who []data.ID
	}{
		{data.DayChange{Kind: data.ChangeBedtime, Day: now, Until: 21 * 60, Reason: "Film night with Nan"}, []data.ID{leo.ID}},
		{data.DayChange{Kind: data.ChangeBedtime, Day: now.AddDate(0, 0, 1), Until: 30, Reason: "New Year's Eve"}, all},
	} {
		if _, err := s.AddDayChange(c.c, c.who); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWriteDocs regenerates docs/print from the demo family in the
// Christmas holidays, with today-only changes, when PRINT_DOCS_DIR is
// set (make docs); otherwise it does nothing.
func TestWriteDocs(t *testing.T) {
	dir := os.Getenv("PRINT_DOCS_DIR")
	if dir == "" {
		t.Skip("set PRINT_DOCS_DIR to write docs/print (make docs)")
	}
	now := docsHolidayNow(t)
	write := func(name string, b []byte, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"en", "cy"} {
		s, tr := demo(t, lang, content.RegionUK, now)
		addHolidayPlan(t, s)
		addDocsChanges(t, s, now)
		fam, err := LoadFamily(s, content.RegionUK, now)
		if err != nil {
			t.Fatal(err)
		}
		b, err := AgreementPDF(fam, tr, testFonts())
		write("agreement-"+lang+".pdf", b, err)
		if lang != "en" {
			continue
		}
		ics, err := DeviceFreeICS(fam, tr)
		write("device-free-en.ics", ics, err)
		sh, err := LoadSheet(s, childNamed(t, s, "Leo").ID, false, content.RegionUK, now)
		if err != nil {
			t.Fatal(err)
		}
		b, err = CarerSheetPDF(sh, tr, testFonts())
		write("carer-sheet-en.pdf", b, err)
	}
	writeChildViewDocs(t, dir)
}

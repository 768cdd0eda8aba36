package printout

import (
	"errors"
	"testing"

	"family-online-safety/content"
	"family-online-safety/data"
)

// A family put together by hand, with the agreement but not the
// holidays, is how the agreement once printed "term time" in the
// holidays. Every document refuses it; the same family read with
// LoadFamily prints.
func TestEveryPrintoutRefusesAFamilyWithoutHolidays(t *testing.T) {
	t.Parallel()
	now := docsHolidayNow(t)
	s, tr := demo(t, "en", content.RegionUK, now)
	addHolidayPlan(t, s)
	read, err := LoadFamily(s, content.RegionUK, now)
	if err != nil {
		t.Fatal(err)
	}
	partial := read
	partial.Plan = data.Plan{Agreement: read.Plan.Agreement} // no holidays, no changes
	leo := childNamed(t, s, "Leo")
	sheet, err := LoadSheet(s, leo.ID, false, content.RegionUK, now)
	if err != nil {
		t.Fatal(err)
	}
	documents := map[string]func(Family) error{
		"agreement": func(f Family) error { _, err := AgreementPDF(f, tr, testFonts()); return err },
		"calendar":  func(f Family) error { _, err := DeviceFreeICS(f, tr); return err },
		"child's calendar": func(f Family) error {
			_, err := DeviceFreeICS(f.OnlyFor(leo.ID), tr)
			return err
		},
		"carer's sheet": func(f Family) error {
			sh := sheet
			sh.Family = f
			_, err := CarerSheetPDF(sh, tr, testFonts())
			return err
		},
	}
	for name, doc := range documents {
		if err := doc(partial); !errors.Is(err, data.ErrPartialPlan) {
			t.Errorf("the %s, given a family without holidays: %v", name, err)
		}
		if err := doc(read); err != nil {
			t.Errorf("the %s, given the family as read: %v", name, err)
		}
	}
}

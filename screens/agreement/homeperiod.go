package agreement

import (
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// What Home's "right now" needs beyond the agreement: the holidays and
// the child's today-only changes (data.StatusIn applies them).
func extras(store Reader, child data.ID) (data.Extras, error) {
	hols, err := store.Holidays()
	if err != nil {
		return data.Extras{}, err
	}
	changes, err := store.DayChanges(child)
	return data.Extras{Holidays: hols, Changes: changes}, err
}

// holidayText says the holidays are on, and until when.
func holidayText(tr screens.Translator, hols []data.Holiday, now time.Time) string {
	h, _ := data.HolidayAt(hols, now)
	if h.Name == "" {
		return tr.T("periods.home.holiday", map[string]any{"Last": formatDate(tr, h.Last)})
	}
	return tr.T("periods.home.holiday_named", map[string]any{"Name": h.Name, "Last": formatDate(tr, h.Last)})
}

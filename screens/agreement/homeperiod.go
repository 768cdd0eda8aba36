package agreement

import (
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// plan is what Home's "right now" reads: the agreement, the holidays
// and the child's today-only changes (data.StatusIn applies them day by
// day through data.InForce).
func plan(store Reader, child data.ID) (data.Plan, error) {
	return data.ReadPlan(store, []data.ID{child})
}

// holidayText says the holidays are on, and until when.
func holidayText(tr screens.Translator, hols []data.Holiday, now time.Time) string {
	h, _ := data.HolidayAt(hols, now)
	if h.Name == "" {
		return tr.T("periods.home.holiday", map[string]any{"Last": formatDate(tr, h.Last)})
	}
	return tr.T("periods.home.holiday_named", map[string]any{"Name": h.Name, "Last": formatDate(tr, h.Last)})
}

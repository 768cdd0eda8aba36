package printout

import (
	"strings"
	"time"

	"family-online-safety/data"
)

// SheetDays is how many days a carer's sheet covers: a week on the
// fridge, not a day that is stale the next morning.
const SheetDays = 7

// days are the dates the sheet covers, each as the plan puts it in force
// (data.InForce), from From (or the day it is printed) on.
func (sh Sheet) days() []data.DayPlan {
	from := sh.From
	if from.IsZero() {
		from = sh.Now
	}
	y, m, d := from.Date()
	out := make([]data.DayPlan, SheetDays)
	for i := range out {
		out[i] = data.InForce(sh.Plan, time.Date(y, m, d+i, 12, 0, 0, 0, sh.Now.Location()))
	}
	return out
}

// week is the child's plan for each of the sheet's days: term or
// holiday, screen time, device-free times and the changes agreed for
// that day only; then when the sheet was printed and until when it
// holds, and the device-free places.
func (p *page) week(sh Sheet) {
	w := p.w
	days := sh.days()
	first, last := days[0].Date, days[len(days)-1].Date
	p.heading(w.T("week.sheet.heading", map[string]any{"From": dayText(w, first), "Until": dayText(w, last)}))
	p.para(w.T("week.sheet.holds", map[string]any{"Printed": dateText(w, sh.Now), "From": dateText(w, first), "Until": dateText(w, last)}))
	var rows [][]string
	for _, day := range days {
		rows = append(rows, []string{dayText(w, day.Date) + "\n" + periodName(w, day), limitText(w, day.Limit(sh.Child.ID)),
			timesText(w, day.Times(sh.Child.ID)), changesText(w, day.ChangesFor(sh.Child.ID))})
	}
	header := []string{w.T("week.sheet.col.day"), w.T("week.sheet.col.limit"), w.T("week.sheet.col.free"), w.T("week.sheet.col.changes")}
	widths := []float64{38, 20, p.width - 38 - 20 - 44, 44}
	p.table(widths, header, rows)
	if pl := places(w, sh.Plan.Agreement); len(pl) > 0 {
		p.f.Ln(1)
		p.field(w.T("print.sheet.places"), joinList(pl))
	}
}

// dayText is "Mon 30/11".
func dayText(w data.Words, t time.Time) string {
	return w.T("week.sheet.day", map[string]any{"Day": data.DayShort(w, data.DayIndex(t.Weekday())), "Date": shortDate(w, t)})
}

// shortDate is the region's date without the year.
func shortDate(w data.Words, t time.Time) string {
	full := dateText(w, t)
	year := t.Format("2006")
	for _, sep := range []string{"/" + year, "-" + year, "." + year} {
		if strings.HasSuffix(full, sep) {
			return strings.TrimSuffix(full, sep)
		}
	}
	if strings.HasPrefix(full, year+"-") {
		return strings.TrimPrefix(full, year+"-")
	}
	return full
}

// periodName is "Term time", or the holiday's name.
func periodName(w data.Words, day data.DayPlan) string {
	switch {
	case !day.Holiday:
		return w.T("week.sheet.term")
	case day.Period.Name != "":
		return w.T("week.sheet.holiday.named", map[string]any{"Name": day.Period.Name})
	}
	return w.T("week.sheet.holiday")
}

// timesText lists a day's device-free times: "Dinner 18:00–18:45,
// Bedtime 19:30–07:00".
func timesText(w data.Words, occ []data.Occurrence) string {
	if len(occ) == 0 {
		return w.T("week.sheet.none")
	}
	var lines []string
	for _, o := range occ {
		lines = append(lines, w.T("week.sheet.time", map[string]any{"Label": o.Label, "From": data.StartText(w, o), "To": o.End.Format("15:04")}))
	}
	return strings.Join(lines, ", ")
}

// changesText lists the day's today-only changes, with why.
func changesText(w data.Words, changes []data.DayChange) string {
	var lines []string
	for _, c := range changes {
		line := w.T("week.sheet.change."+string(c.Kind), map[string]any{"Time": data.BedtimeText(w, c.Until), "Extra": data.DurationText(w, c.Minutes)})
		if c.Reason != "" {
			line = w.T("periods.change.with_reason", map[string]any{"Change": line, "Reason": c.Reason})
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

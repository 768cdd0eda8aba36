package printout

import (
	"family-online-safety/data"
)

// AgreementPDF is the family agreement to print, sign and put on the
// fridge: each child's limits by day, device-free times and places, house
// rules, promises, what happens when a rule is broken, the signatures (or
// empty lines to sign on) and the review date.
func AgreementPDF(fam Family, w data.Words, fonts Fonts) ([]byte, error) {
	title := w.T("print.agreement.title")
	if err := fam.check(); err != nil {
		return nil, err
	}
	p, err := newPage(fonts, fam.Region, w, title, w.T("print.agreement.footer", map[string]any{"Date": dateText(w, fam.Now)}), fam.Now)
	if err != nil {
		return nil, err
	}
	a := fam.Plan.Agreement
	p.title(title, agreementStatus(w, a))
	p.periodLimits(fam)
	p.windows(fam)
	p.holidayDates(fam)
	if pl := places(w, a); len(pl) > 0 {
		p.heading(w.T("print.places"))
		p.list(pl, false)
	}
	p.items(w.T("print.rules"), a.Rules, true)
	p.items(w.T("print.promises"), a.Promises, false)
	p.items(w.T("print.consequences"), a.Consequences, false)
	p.signatures(fam)
	return p.bytes()
}

// agreementStatus says which version this is and when it was agreed, or
// that nobody has signed it yet.
func agreementStatus(w data.Words, a data.Agreement) string {
	if !a.Signed() {
		return w.T("print.agreement.unsigned")
	}
	return w.T("print.agreement.signed", map[string]any{"Version": max(a.Version, 1), "Date": dateText(w, a.AgreedOn())})
}

// limitRow is one row of the limits table: whose limits, in which
// period, and the week.
type limitRow struct {
	label string
	week  data.Week
}

// limits is a table under heading: one row per child, or the rows
// given, one column per day.
func (p *page) limits(fam Family, heading string, rows []limitRow) {
	w := p.w
	p.heading(heading)
	first := 38.0 // "Amira, holidays"
	if rows == nil {
		first = 30
		for _, c := range fam.Children {
			rows = append(rows, limitRow{label: c.Name, week: fam.Plan.Agreement.WeekFor(c.ID)})
		}
	}
	if len(rows) == 0 {
		p.para(w.T("print.limits.none"))
		return
	}
	var cells [][]string
	for _, r := range rows {
		row := []string{r.label}
		for _, l := range r.week {
			row = append(row, limitText(w, l))
		}
		cells = append(cells, row)
	}
	header := []string{""}
	for i := range 7 {
		header = append(header, data.DayShort(w, i))
	}
	day := (p.width - first) / 7
	widths := []float64{first}
	for range 7 {
		widths = append(widths, day)
	}
	p.table(widths, header, cells)
}

// windows lists the device-free times: what, when, on which days, for whom.
func (p *page) windows(fam Family) {
	w := p.w
	p.heading(w.T("print.windows"))
	if len(fam.Plan.Agreement.Windows) == 0 {
		p.para(w.T("print.windows.none"))
		return
	}
	var rows [][]string
	for _, win := range fam.Plan.Agreement.Windows {
		rows = append(rows, []string{win.Label, data.TimesText(w, win), daysAndPeriod(w, win), data.WhoText(w, win, fam.Children)})
	}
	header := []string{w.T("print.windows.what"), w.T("print.windows.when"), w.T("print.windows.days"), w.T("print.windows.who")}
	widths := []float64{p.width * 0.2, p.width * 0.32, p.width * 0.24}
	widths = append(widths, p.width-widths[0]-widths[1]-widths[2])
	p.table(widths, header, rows)
}

// items is one of the agreement's lists under its heading; an empty list
// is left out.
func (p *page) items(heading string, items []data.Item, numbered bool) {
	if len(items) == 0 {
		return
	}
	p.heading(heading)
	texts := make([]string, len(items))
	for i, it := range items {
		texts[i] = it.Text
	}
	p.list(texts, numbered)
}

// signatures lists who signed and when, each with a line to sign on
// paper; unsigned, it gives empty lines for names, signatures and dates.
// The review date closes the agreement.
func (p *page) signatures(fam Family) {
	w := p.w
	a := fam.Plan.Agreement
	const rowH = 14.0
	rows := len(a.Signatures)
	if !a.Signed() {
		rows = max(len(fam.Children)+2, 4)
	}
	p.keep(float64(rows)*rowH + 8*lineH) // signatures and review on one page, when they fit
	p.heading(w.T("print.signatures"))
	p.para(w.T("print.signatures.intro"))
	p.f.Ln(2)
	nameW, signW := p.width*0.34, p.width*0.40
	dateW := p.width - nameW - signW - 8
	line := func(name, date string) {
		p.keep(rowH)
		y := p.f.GetY() + 8
		p.f.SetFont(family, "", bodySize)
		p.f.SetXY(margin, y-lineH)
		p.f.CellFormat(nameW, lineH, name, "", 0, "L", false, 0, "")
		p.f.SetXY(margin+nameW+signW+8, y-lineH)
		p.f.CellFormat(dateW, lineH, date, "", 0, "L", false, 0, "")
		p.f.SetY(y)
		p.blank(margin, nameW, w.T("print.sign.name"))
		p.blank(margin+nameW+4, signW, w.T("print.sign.signature"))
		p.blank(margin+nameW+signW+8, dateW, w.T("print.sign.date"))
		p.f.SetY(y + rowH - 8)
	}
	for _, s := range a.Signatures {
		line(s.Name, dateText(w, s.SignedAt))
	}
	if !a.Signed() {
		for range rows {
			line("", "")
		}
	}
	p.f.Ln(3)
	p.keep(2 * lineH)
	p.f.SetFont(family, "B", bodySize)
	if on := a.ReviewOn(); !on.IsZero() {
		p.f.MultiCell(0, lineH, w.T("print.review.on", map[string]any{"Date": dateText(w, on)}), "", "L", false)
	} else {
		p.f.MultiCell(0, lineH, w.N("print.review.after", a.Review()), "", "L", false)
	}
}

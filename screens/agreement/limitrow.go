package agreement

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// limitEdit is one day's hours and minutes boxes. Only a whole, valid
// value is saved, after a pause in typing or on leaving the box: typing
// "25" hours never saves the "2" on the way. While the boxes hold
// something that cannot be saved, the store keeps what it had when the
// box was entered; leaving puts that back in the boxes, or saves the
// obvious reading (90 minutes is 1 h 30).
type limitEdit struct {
	s     *Screen
	child data.ID
	day   int
	h, m  *widgets.Entry
	note  *widget.Label
	msg   *widget.Label

	stored  data.Limit // what the store holds for the day
	atFocus data.Limit // what it held when a box was entered
	quiet   bool       // the boxes are being set, not typed in
	holiday bool       // a holiday limit, not term time's
}

func (s *Screen) limitRow(day int, l data.Limit) fyne.CanvasObject {
	h, m, boxes := s.hmBoxes(l)
	r := &limitEdit{s: s, child: s.child, day: day, h: h, m: m, note: widget.NewLabel(""),
		msg: widgets.Problem(), stored: l, atFocus: l, holiday: s.holidayView}
	r.describe(l)
	for _, e := range []*widgets.Entry{h, m} {
		e.OnChanged = func(string) { r.typed() }
		e.OnFocus = append(e.OnFocus, func() { r.atFocus = r.stored })
		e.OnLeave = append(e.OnLeave, r.leave)
		e.OnSubmitted = func(string) { r.leave() }
	}
	name := widget.NewLabelWithStyle(data.DayName(s.tr, day), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	dayBox := container.NewGridWrap(fyne.NewSize(130, name.MinSize().Height), name)
	// The message line is kept, tight under the boxes it is about.
	return container.New(layout.NewCustomPaddedVBoxLayout(0), container.NewHBox(dayBox, boxes, r.note), r.msg)
}

func (r *limitEdit) typed() {
	if r.quiet {
		return
	}
	lim, err := data.LimitFromBoxes(r.h.Text, r.m.Text)
	if err != nil {
		r.s.env.Saves.Cancel(r)
		if r.stored != r.atFocus {
			r.save(r.atFocus)
		}
		r.say(err)
		return
	}
	widgets.SetProblem(r.msg, "")
	r.s.env.Saves.Later(r, func() { r.save(lim) })
}

// say explains a refusal under the boxes, naming the box and its rule.
func (r *limitEdit) say(err error) {
	text := messages.Say(r.s.tr, err)
	if fix, ok := data.FixLimitBoxes(r.h.Text, r.m.Text); ok {
		text = r.s.tr.T("agreement.limits.err.minutes_fix", map[string]any{"Fix": data.DurationText(r.s.tr, fix.Minutes)})
	}
	widgets.SetProblem(r.msg, text)
	screens.RevealProblem(r.msg) // a row at the foot of the view said it out of sight
}

func (r *limitEdit) save(lim data.Limit) {
	err := r.s.setLimit(r.holiday, r.child, r.day, lim)
	if err == nil {
		r.stored = lim
		r.describe(lim)
	}
	widgets.SetProblem(r.msg, r.s.refusal(err))
	r.s.saved(err, false)
}

// leave saves what is waiting; boxes that cannot be saved get the obvious
// fix or the stored value back, and say which.
func (r *limitEdit) leave() {
	r.s.env.Saves.Flush(r)
	if _, err := data.LimitFromBoxes(r.h.Text, r.m.Text); err == nil {
		return
	}
	if fix, ok := data.FixLimitBoxes(r.h.Text, r.m.Text); ok {
		r.show(fix)
		r.save(fix)
		widgets.SetProblem(r.msg, r.s.tr.T("agreement.limits.fixed", map[string]any{"Value": r.words(fix)}))
	} else {
		r.show(r.stored)
		widgets.SetProblem(r.msg, r.s.tr.T("agreement.limits.put_back", map[string]any{"Value": r.words(r.stored)}))
	}
	r.atFocus = r.stored
}

func (r *limitEdit) show(l data.Limit) {
	r.quiet = true
	h, m := limitBoxes(l)
	r.h.SetText(h)
	r.m.SetText(m)
	r.quiet = false
}

func (r *limitEdit) words(l data.Limit) string {
	if !l.Set {
		return r.s.tr.T("agreement.limits.none")
	}
	return data.DurationText(r.s.tr, l.Minutes)
}

func (r *limitEdit) describe(l data.Limit) {
	switch {
	case !l.Set && r.holiday:
		r.note.SetText(r.s.asTermTime(r.child, r.day))
	case !l.Set:
		r.note.SetText(r.s.tr.T("agreement.limits.none"))
	case l.Minutes == 0:
		r.note.SetText(r.s.tr.T("agreement.limits.zero"))
	default:
		r.note.SetText("")
	}
}

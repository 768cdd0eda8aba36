package sharing

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// conflictDialog shows each record changed in both homes with both
// versions and one choice for it, the default picked: keep both for a
// list item, the later version for a child's details. A concern entry
// offers no choice: both are kept, as one is never overwritten.
func (s *Sharer) conflictDialog(in *importing) {
	tr := s.env.Tr
	box := container.NewVBox(widgets.Para(tr.T("sharing.conflict.body")))
	for _, c := range in.sum.Conflicts {
		box.Add(widget.NewSeparator())
		box.Add(s.conflictRow(in, c))
	}
	d := dialog.NewCustom(tr.T("sharing.conflict.title"), tr.T("sharing.conflict.done"), container.NewVScroll(box), s.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// conflictRow is one conflict: where it is, both versions, the choice.
func (s *Sharer) conflictRow(in *importing, c data.Change) fyne.CanvasObject {
	tr := s.env.Tr
	where := tr.T("sharing.section." + c.Section)
	if c.ChildName != "" {
		where = tr.T("sharing.conflict.where", map[string]any{"Section": where, "Name": c.ChildName})
	}
	mine, theirs := s.versionText(c.Section, c.Mine), s.versionText(c.Section, c.Theirs)
	if len(c.Limits) > 0 {
		mine, theirs = s.limitsText(c.Limits, true), s.limitsText(c.Limits, false)
	}
	both := container.NewGridWithColumns(2,
		widget.NewCard("", tr.T("sharing.conflict.mine"), widgets.Para(mine)),
		widget.NewCard("", tr.T("sharing.conflict.theirs"), widgets.Para(theirs)))
	row := container.NewVBox(widgets.Heading(where), both)
	if c.Section == "agreement" {
		row.Add(widgets.Para(tr.T("sharing.conflict.limits")))
	}
	if c.Section == "concerns" {
		row.Add(widgets.Para(tr.T("sharing.conflict.concern")))
		return row
	}
	options := []data.Resolution{data.KeepMine, data.TakeTheirs}
	if c.Default == data.KeepBoth {
		options = append([]data.Resolution{data.KeepBoth}, options...)
	}
	var labels []string
	for _, o := range options {
		labels = append(labels, s.resolutionLabel(o))
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.Required = true
	current, ok := in.choices[c.UID]
	if !ok {
		current = c.Default
	}
	choice.SetSelected(s.resolutionLabel(current))
	choice.OnChanged = func(label string) {
		for _, o := range options {
			if s.resolutionLabel(o) == label {
				in.choices[c.UID] = o
			}
		}
	}
	row.Add(choice)
	return row
}

func (s *Sharer) resolutionLabel(r data.Resolution) string {
	switch r {
	case data.KeepBoth:
		return s.env.Tr.T("sharing.conflict.keep_both")
	case data.TakeTheirs:
		return s.env.Tr.T("sharing.conflict.take_theirs")
	}
	return s.env.Tr.T("sharing.conflict.keep_mine")
}

// limitsText shows each child's limits in one home: the child's name, then
// each day's limit ("Mon 1 h").
func (s *Sharer) limitsText(limits []data.LimitConflict, mine bool) string {
	tr := s.env.Tr
	var lines []string
	for _, l := range limits {
		week := l.Theirs
		if mine {
			week = l.Mine
		}
		var days []string
		for i, d := range week {
			text := tr.T("print.limit.none")
			switch {
			case d.Set && d.Minutes == 0:
				text = tr.T("print.limit.zero")
			case d.Set:
				text = data.DurationText(tr, d.Minutes)
			}
			days = append(days, tr.T(fmt.Sprintf("agreement.dayshort.%d", i))+" "+text)
		}
		lines = append(lines, l.ChildName, strings.Join(days, " · "))
	}
	return strings.Join(lines, "\n")
}

// versionText shows one version of a record by its words (versionWords),
// or says it was deleted; the agreement's limits are shown on its screen.
func (s *Sharer) versionText(section string, raw []byte) string {
	switch {
	case raw == nil:
		return s.env.Tr.T("sharing.conflict.deleted")
	case section == "agreement": // its limits are shown by limitsText
		return s.env.Tr.T("sharing.conflict.no_words")
	}
	if text := versionWords(raw); text != "" {
		return text
	}
	return s.env.Tr.T("sharing.conflict.no_words")
}

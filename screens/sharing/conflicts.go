package sharing

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// conflictDialog shows the import's conflicts (conflictList); the choices
// are kept in the import until Apply.
func (s *Sharer) conflictDialog(in *importing) {
	tr := s.env.Tr
	d := dialog.NewCustom(tr.T("sharing.conflict.title"), tr.T("sharing.conflict.done"),
		container.NewVScroll(conflictList(tr, in.sum.Conflicts, in.choices)), s.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// conflictList shows each record changed in both homes with both versions
// and one choice for it, the default picked (sharing.ConflictChoices): keep
// both for a list item, the later version for a child's details. A concern
// entry offers no choice: both are kept, as one is never overwritten.
// choices gets every conflict's answer, the default until one is picked.
// Both the import and the shared folder show their conflicts this way.
func conflictList(tr screens.Translator, conflicts []data.Change, choices map[string]data.Resolution) fyne.CanvasObject {
	box := container.NewVBox(widgets.Para(tr.T("sharing.conflict.body")))
	for _, c := range conflicts {
		if _, ok := choices[c.UID]; !ok {
			choices[c.UID] = sharing.ConflictChoices(c)[0]
		}
		box.Add(widget.NewSeparator())
		box.Add(conflictRow(tr, c, choices))
	}
	return box
}

// conflictRow is one conflict: where it is, both versions, the choice.
func conflictRow(tr screens.Translator, c data.Change, choices map[string]data.Resolution) fyne.CanvasObject {
	where := tr.T("sharing.section." + c.Section)
	if c.ChildName != "" {
		where = tr.T("sharing.conflict.where", map[string]any{"Section": where, "Name": c.ChildName})
	}
	mine, theirs := versionText(tr, c.Section, c.Mine), versionText(tr, c.Section, c.Theirs)
	if len(c.Limits) > 0 || len(c.Items) > 0 {
		mine, theirs = agreementText(tr, c, true), agreementText(tr, c, false)
	}
	both := container.NewGridWithColumns(2,
		widget.NewCard("", tr.T("sharing.conflict.mine"), widgets.Para(mine)),
		widget.NewCard("", tr.T("sharing.conflict.theirs"), widgets.Para(theirs)))
	row := container.NewVBox(widgets.Heading(where), both)
	if c.Section == "agreement" {
		row.Add(widgets.Para(tr.T("sharing.conflict.limits")))
	}
	options := sharing.ConflictChoices(c)
	if len(options) == 1 { // a concern entry: both are kept
		row.Add(widgets.Para(tr.T("sharing.conflict.concern")))
		return row
	}
	var labels []string
	for _, o := range options {
		labels = append(labels, resolutionLabel(tr, o))
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.Required = true
	choice.SetSelected(resolutionLabel(tr, choices[c.UID]))
	choice.OnChanged = func(label string) {
		for _, o := range options {
			if resolutionLabel(tr, o) == label {
				choices[c.UID] = o
			}
		}
	}
	row.Add(choice)
	return row
}

func resolutionLabel(tr screens.Translator, r data.Resolution) string {
	switch r {
	case data.KeepBoth:
		return tr.T("sharing.conflict.keep_both")
	case data.TakeTheirs:
		return tr.T("sharing.conflict.take_theirs")
	}
	return tr.T("sharing.conflict.keep_mine")
}

// limitsText shows each child's limits in one home: the child's name, then
// each day's limit ("Mon 1 h").
func limitsText(tr screens.Translator, limits []data.LimitConflict, mine bool) string {
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
func versionText(tr screens.Translator, section string, raw []byte) string {
	switch {
	case raw == nil:
		return tr.T("sharing.conflict.deleted")
	case section == "agreement": // its limits are shown by limitsText
		return tr.T("sharing.conflict.no_words")
	}
	if text := versionWords(raw); text != "" {
		return text
	}
	return tr.T("sharing.conflict.no_words")
}

// agreementText is one home's side of an agreement conflict: each item
// written differently ("(deleted)" where it was deleted), then the limits.
func agreementText(tr screens.Translator, c data.Change, mine bool) string {
	var lines []string
	for _, it := range c.Items {
		text := it.Theirs
		if mine {
			text = it.Mine
		}
		if text == "" {
			text = tr.T("sharing.conflict.deleted")
		}
		lines = append(lines, tr.T("sharing.detail.list."+string(it.List))+": "+text)
	}
	if len(c.Limits) > 0 {
		lines = append(lines, limitsText(tr, c.Limits, mine))
	}
	return strings.Join(lines, "\n")
}

package sharing

import (
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
		container.NewVScroll(questionList(tr, nil, in.sum.Conflicts, in.choices)), s.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// conflictRows are the rows of one record changed in both homes, with
// both versions and one choice for it, the default picked
// (sharing.ConflictChoices): keep both for a list item, the later version
// for a child's details. A concern entry offers no choice: both are
// kept, as one is never overwritten. The agreement shows each rule,
// place, device-free time and day's limit changed in both homes on its
// own, with its own choice (agreementRows). Both the import and the
// shared folder show their conflicts this way (questionList).
func conflictRows(tr screens.Translator, c data.Change, choices map[string]data.Resolution) []placed {
	if (c.Section == "agreement" || c.Section == "child_words") && len(c.Items)+len(c.Limits) > 0 { // item by item, line by line
		return agreementRows(tr, c, choices)
	}
	if _, ok := choices[c.UID]; !ok {
		choices[c.UID] = sharing.ConflictChoices(c)[0]
	}
	row := bothSides(tr, "", "", versionText(tr, c.Section, c.Mine), versionText(tr, c.Section, c.Theirs))
	options := sharing.ConflictChoices(c)
	if len(options) == 1 { // a concern entry: both are kept
		row.Add(widgets.Para(tr.T("sharing.conflict.concern")))
	} else {
		row.Add(widgets.NewSteadyChoice(choiceGroup(tr, options, choices, c.UID)))
	}
	return []placed{at(c, row)}
}

// bothSides is a question's heading (what it is, within its section: a
// house rule, a place; "": none), what it is about, and both versions.
func bothSides(tr screens.Translator, heading, about, mine, theirs string) *fyne.Container {
	row := container.NewVBox()
	if heading != "" {
		row.Add(widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}))
	}
	if about != "" {
		row.Add(widgets.Para(about))
	}
	row.Add(container.NewGridWithColumns(2,
		widget.NewCard("", tr.T("sharing.conflict.mine"), widgets.Para(mine)),
		widget.NewCard("", tr.T("sharing.conflict.theirs"), widgets.Para(theirs))))
	return row
}

// choiceGroup offers options for the answer under key in choices.
func choiceGroup(tr screens.Translator, options []data.Resolution, choices map[string]data.Resolution, key string) *widget.RadioGroup {
	if _, ok := choices[key]; !ok {
		choices[key] = options[0]
	}
	var labels []string
	for _, o := range options {
		labels = append(labels, resolutionLabel(tr, o))
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.Required = true
	choice.SetSelected(resolutionLabel(tr, choices[key]))
	choice.OnChanged = func(label string) {
		for _, o := range options {
			if resolutionLabel(tr, o) == label {
				choices[key] = o
			}
		}
	}
	return choice
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

// versionText shows one version of a record by its words (versionWords),
// or says it was deleted.
func versionText(tr screens.Translator, section string, raw []byte) string {
	switch {
	case raw == nil:
		return tr.T("sharing.conflict.deleted")
	case section == "agreement": // its items are shown one by one
		return tr.T("sharing.conflict.no_words")
	}
	if section == "children" {
		if text, ok := childText(tr, raw); ok {
			return text
		}
	}
	if section == "app_notes" {
		if text, ok := appNoteText(tr, raw); ok {
			return text
		}
	}
	if text := versionWords(raw); text != "" {
		return text
	}
	return tr.T("sharing.conflict.no_words")
}

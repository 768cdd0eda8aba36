package sharing

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// A file that says it comes from another home's computer but is not that
// computer's file (sharing.Doubt) is one question: what it would change,
// and "Leave this file out" (the default) or "It is from the other home".

// doubtBody is the question about the waiting file w, in doubt.
func doubtBody(tr screens.Translator, w *sharing.Waiting, choices map[string]data.Resolution) fyne.CanvasObject {
	warn := widgets.Para(doubtText(tr, *w.Summary.Doubt, false))
	warn.Importance = widget.WarningImportance
	return container.NewVBox(warn, widgets.Para(tr.T("folder.doubt.would")), SummaryView(tr, w.Summary),
		widgets.Heading(tr.T("folder.asks.choices")),
		widgets.NewSteadyChoice(yesOrKeep(tr.T("folder.doubt.take"), tr.T("folder.doubt.leave"), sharing.DoubtKey, choices)))
}

// doubtText says which files claim to be the same home, and that nothing
// from the doubtful one was taken in (left: for Settings, after).
func doubtText(tr screens.Translator, d sharing.Doubt, left bool) string {
	var names []string
	for _, n := range d.Names() {
		names = append(names, tr.T("folder.doubt.name", map[string]any{"Name": n}))
	}
	key := "alone"
	if len(d.Others) > 0 {
		key = "two"
	}
	if left {
		key = "left_" + key
	}
	return tr.T("folder.doubt."+key, map[string]any{"Name": d.File, "Own": d.Own, "Names": strings.Join(names, ", ")})
}

// doubtLine is the Settings line for a file left out as in doubt (nil
// when err is not that).
func doubtLine(tr screens.Translator, err error) *widget.Label {
	var d *sharing.DoubtError
	if !errors.As(err, &d) {
		return nil
	}
	line := widgets.Para(doubtText(tr, d.Doubt, true))
	line.Importance = widget.WarningImportance
	return line
}

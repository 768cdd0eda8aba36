package sharing

import (
	"cmp"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// SummaryView shows, per child (the family's own records first) and per
// section, how many records an import would add, change and remove, and
// how many are in conflict; under the agreement, each change to it, a
// child's limits under that child.
func SummaryView(tr screens.Translator, s sharing.Summary) fyne.CanvasObject {
	if s.Empty() {
		return widgets.Para(tr.T("sharing.nothing"))
	}
	box := container.NewVBox()
	byChild := map[string][]data.AgreementDetail{}
	var childOrder []string
	for _, d := range s.Details {
		if d.Child != "" && byChild[d.Child] == nil {
			childOrder = append(childOrder, d.Child)
		}
		byChild[d.Child] = append(byChild[d.Child], d)
	}
	child := "-"      // no line has this child id
	flush := func() { // the agreement's changes for the child just shown
		if ds := byChild[child]; child != "" && len(ds) > 0 {
			box.Add(widget.NewLabelWithStyle(tr.T("sharing.section.agreement"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
			addDetails(tr, box, ds)
			delete(byChild, child)
		}
	}
	for _, l := range s.Lines {
		if l.Child != child {
			flush()
			child = l.Child
			name := l.ChildName
			if child == "" {
				name = tr.T("sharing.family")
			}
			box.Add(widgets.Heading(name))
		}
		box.Add(lineRow(tr, l))
		box.Objects = append(box.Objects, placementLines(tr, s, l)...)
		if l.Section == "agreement" { // its changes, under the family or the child
			addDetails(tr, box, byChild[l.Child])
			delete(byChild, l.Child)
		}
	}
	flush()
	for _, c := range childOrder { // children with no other change
		if ds := byChild[c]; len(ds) > 0 {
			box.Add(widgets.Heading(ds[0].ChildName))
			child = c
			flush()
		}
	}
	addLeftOut(tr, box, s)
	return box
}

// addLeftOut says what the file has that will not be added: the
// agreement's items past its limits, new records of a kind this home is
// full of. Nothing is left out without saying so.
func addLeftOut(tr screens.Translator, box *fyne.Container, s sharing.Summary) {
	if len(s.NotFit) > 0 { // nothing is left out without saying so
		box.Add(widgets.Heading(tr.T("sharing.notfit.title")))
		box.Add(widgets.Para(tr.T("sharing.notfit.body", map[string]any{"Items": data.MaxItems, "Times": data.MaxWindows})))
		box.Add(widgets.Para("• " + strings.Join(s.NotFit, "\n• ")))
	}
	if len(s.LeftOut) > 0 { // nor a kind this home is full of
		box.Add(widgets.Heading(tr.T("sharing.leftout.title")))
		for _, l := range s.LeftOut {
			box.Add(widgets.Para("• " + tr.T("sharing.leftout.line", map[string]any{
				"Section": tr.T("sharing.section." + l.Section), "Count": l.Count, "Max": l.Max})))
		}
	}
}

func addDetails(tr screens.Translator, box *fyne.Container, ds []data.AgreementDetail) {
	for _, d := range ds {
		box.Add(widgets.Para("• " + DetailText(tr, d)))
	}
}

// lineRow is one section and its counts, leaving out those that are
// zero: "App notes  Added: 2  Changed in both homes: 1".
func lineRow(tr screens.Translator, l sharing.Line) fyne.CanvasObject {
	section := widget.NewLabelWithStyle(tr.T("sharing.section."+l.Section), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	row := container.NewHBox(section)
	for _, c := range []struct {
		key string
		n   int
	}{{"sharing.added", l.Added}, {"sharing.changed", l.Changed}, {"sharing.removed", l.Removed}, {"sharing.archived", l.Archived}, {"sharing.unarchived", l.Unarchived}, {"sharing.conflicts", l.Conflicts}} {
		if c.n > 0 {
			row.Add(widget.NewLabel(tr.T(c.key, map[string]any{"Count": c.n})))
		}
	}
	return row
}

// DetailText names one change to the agreement: "House rule reworded:
// “…” becomes “…”", "Leo, Monday: screen time changed from 2 h to 1 h 30 min".
func DetailText(tr screens.Translator, d data.AgreementDetail) string {
	if d.What == "limit" || d.What == "limit_conflict" {
		return limitDetailText(tr, d)
	}
	if d.Order { // a list put in a new order, or in a different order in each home
		return tr.T("sharing.detail."+d.What, map[string]any{"What": tr.T("sharing.detail.lists." + string(d.List)), "New": d.New})
	}
	what := tr.T("sharing.detail.list." + string(d.List))
	switch {
	case d.Window && d.What == "reworded" && d.OldTime != nil && d.NewTime != nil: // its times too
		return tr.T("sharing.detail.window_changed", map[string]any{"What": tr.T("sharing.detail.window"),
			"Old": windowText(tr, d.OldTime), "New": windowText(tr, d.NewTime)})
	case d.Window && d.What == "conflict":
		what = tr.T("sharing.detail.window")
		d.Old, d.New = windowText(tr, d.OldTime), windowText(tr, d.NewTime)
	case d.Window:
		what = tr.T("sharing.detail.window")
		if w := cmp.Or(d.NewTime, d.OldTime); w != nil {
			d.Old, d.New = windowText(tr, w), windowText(tr, w)
		}
	case d.Place != "":
		what = tr.T("sharing.detail.list.places")
		on := func(v string) string {
			if v == "" && d.What == "conflict" {
				return tr.T("sharing.conflict.deleted")
			}
			return tr.T("agreement.place." + d.Place)
		}
		d.Old, d.New = on(d.Old), on(d.New)
	}
	return tr.T("sharing.detail."+d.What, map[string]any{"What": what, "Old": d.Old, "New": d.New})
}

// limitDetailText names a change to a child's limit on one day.
func limitDetailText(tr screens.Translator, d data.AgreementDetail) string {
	key := "sharing.detail." + d.What
	if d.Holiday {
		key += "_holiday"
	}
	return tr.T(key, map[string]any{"Name": d.ChildName, "Day": tr.T(fmt.Sprintf("agreement.day.%d", d.Day)),
		"Old": limitWords(tr, d.OldLimit), "New": limitWords(tr, d.NewLimit)})
}

func limitWords(tr screens.Translator, l data.Limit) string {
	switch {
	case !l.Set:
		return tr.T("print.limit.none")
	case l.Minutes == 0:
		return tr.T("print.limit.zero")
	}
	return data.DurationText(tr, l.Minutes)
}

package sharing

import (
	"fmt"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// agreementRows are the agreement's items changed in both homes, one row
// each with its own words (a rule is not a daily limit) and its own
// choice, keyed by the item (data.AgreementChoice): this computer's
// version first, the default; one changed here and removed there is asked
// as a removal (remove it here too, or keep it here: the default). A
// child's limits go under that child.
func agreementRows(tr screens.Translator, c data.Change, choices map[string]data.Resolution) []placed {
	options := []data.Resolution{data.KeepMine, data.TakeTheirs}
	var rows []placed
	for _, it := range c.Items {
		what, about, mine, theirs := itemConflictText(tr, it)
		row := bothSides(tr, what, about, mine, theirs)
		if it.RemovedThere() { // changed here, removed there: asked as a removal, kept by default
			row.Add(widgets.NewSteadyChoice(yesOrKeep(tr.T("folder.asks.remove"), tr.T("folder.asks.keep_here"), it.Key, choices)))
		} else {
			row.Add(widgets.NewSteadyChoice(choiceGroup(tr, options, choices, it.Key)))
		}
		rows = append(rows, at(c, row))
	}
	for _, l := range c.Limits {
		key := "sharing.conflict.limit"
		if l.Holiday {
			key = "sharing.conflict.limit_holiday"
		}
		about := tr.T(key, map[string]any{"Name": l.ChildName, "Day": tr.T(fmt.Sprintf("agreement.day.%d", l.Day))})
		row := bothSides(tr, "", about, limitWords(tr, l.Mine), limitWords(tr, l.Theirs))
		row.Add(widgets.NewSteadyChoice(choiceGroup(tr, options, choices, l.Key)))
		rows = append(rows, placed{child: l.Child, name: l.ChildName, section: c.Section, row: row})
	}
	return rows
}

// removalRows are the agreement's rules, places and device-free times
// the other home removed, one row each with this computer's version and
// its own choice (data.Change.Removals): remove it, or keep it here (the
// default); or removed here and kept there when asked: take it back, or
// keep it removed (the default).
func removalRows(tr screens.Translator, c data.Change, choices map[string]data.Resolution) []placed {
	var rows []placed
	for _, it := range c.Removals {
		what, _, mine, theirs := itemConflictText(tr, it)
		row := bothSides(tr, what, "", mine, theirs)
		take, keep := tr.T("folder.asks.remove"), tr.T("folder.asks.keep_here")
		if it.Back { // removed here, kept there when asked
			take, keep = tr.T("folder.asks.take_back"), tr.T("folder.asks.keep_removed")
		}
		row.Add(widgets.NewSteadyChoice(yesOrKeep(take, keep, it.Key, choices)))
		rows = append(rows, at(c, row))
	}
	return rows
}

// itemConflictText names one item in conflict (a house rule, a place, a
// device-free time), says what happened in its kind's own words, and
// gives both versions.
func itemConflictText(tr screens.Translator, it data.ItemConflict) (what, about, mine, theirs string) {
	deleted := func(s string) string {
		if s == "" {
			return tr.T("sharing.conflict.deleted")
		}
		return s
	}
	switch {
	case it.Order: // a list in a different order in each home
		return tr.T("sharing.detail.lists." + string(it.List)), tr.T("sharing.conflict.order"), it.Mine, it.Theirs
	case it.Words != "" && it.Theirs != "": // a line of a child's words reworded in both homes
		return tr.T("childwords.list." + string(it.Words)), tr.T("sharing.conflict.words_line"), it.Mine, it.Theirs
	case it.Words != "": // a line of a child's words removed there
		return tr.T("childwords.list." + string(it.Words)), "", it.Mine, deleted("")
	case it.Window:
		return tr.T("sharing.detail.window"), tr.T("sharing.conflict.window"),
			windowText(tr, it.MineTime), windowText(tr, it.TheirsTime)
	case it.Place != "":
		on := func(s string) string {
			if s == "" {
				return tr.T("sharing.conflict.place_off")
			}
			return tr.T("sharing.conflict.place_on")
		}
		return tr.T("agreement.place." + it.Place), tr.T("sharing.conflict.place"), on(it.Mine), on(it.Theirs)
	}
	return tr.T("sharing.detail.list." + string(it.List)), tr.T("sharing.conflict.item." + string(it.List)),
		deleted(it.Mine), deleted(it.Theirs)
}

// windowText is a device-free time as one home has it: its name, days
// and times ("Homework · Mon–Fri · 16:00–18:00"), or "(deleted)".
func windowText(tr screens.Translator, w *data.Window) string {
	if w == nil {
		return tr.T("sharing.conflict.deleted")
	}
	var days string
	for i, on := range w.Days {
		if on {
			if days != "" {
				days += " "
			}
			days += tr.T(fmt.Sprintf("agreement.dayshort.%d", i))
		}
	}
	return fmt.Sprintf("%s · %s · %02d:%02d–%02d:%02d", w.Label, days, w.Start/60, w.Start%60, w.End/60, w.End%60)
}

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

// askConflicts shows what the waiting file would do, as an import shows
// it: the summary, each change that needs a yes (a record removed, a
// phone, email or placement changed) with both versions, and each
// conflict with its choice (conflictList). "Use these choices" takes the
// file in; "Not now" leaves it waiting, asked about again when it
// changes or from the status line.
func (f *FolderSync) askConflicts(w *sharing.Waiting) {
	if w == nil || f.syncer == nil {
		return
	}
	tr := f.env.Tr
	choices := map[string]data.Resolution{}
	body := container.NewVBox()
	title, apply := "folder.conflicts.title", "folder.conflicts.apply"
	if len(w.Summary.Asks) > 0 {
		body.Add(widgets.Para(tr.T("folder.asks.body")))
		body.Add(SummaryView(tr, w.Summary))
		body.Add(askList(tr, w.Summary.Asks))
		if len(w.Summary.Conflicts) == 0 {
			title, apply = "folder.asks.title", "folder.asks.apply"
		}
	}
	if len(w.Summary.Conflicts) > 0 {
		body.Add(conflictList(tr, w.Summary.Conflicts, choices))
	}
	f.asking = true
	d := dialog.NewCustomConfirm(tr.T(title), tr.T(apply), tr.T("folder.conflicts.later"),
		container.NewVScroll(body), func(yes bool) {
			f.asking = false
			if f.syncer == nil {
				return
			}
			if !yes {
				f.syncer.Later()
				f.show(f.syncer.Step(f.env.Now()))
				return
			}
			f.show(f.syncer.Resolve(choices, f.env.Now()))
		}, f.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// askList shows each change that needs a yes: where it is, this
// computer's version and the file's ("(deleted)" for a removal).
func askList(tr screens.Translator, asks []data.Change) fyne.CanvasObject {
	box := container.NewVBox()
	for _, c := range asks {
		where := tr.T("sharing.section." + c.Section)
		if c.ChildName != "" && c.Section != "children" {
			where = tr.T("sharing.conflict.where", map[string]any{"Section": where, "Name": c.ChildName})
		}
		theirs := c.Theirs
		if c.Kind == data.Removed {
			theirs = nil
		}
		box.Add(widget.NewSeparator())
		box.Add(widgets.Heading(where))
		box.Add(container.NewGridWithColumns(2,
			widget.NewCard("", tr.T("sharing.conflict.mine"), widgets.Para(versionText(tr, c.Section, c.Mine))),
			widget.NewCard("", tr.T("sharing.conflict.theirs"), widgets.Para(versionText(tr, c.Section, theirs)))))
	}
	return box
}

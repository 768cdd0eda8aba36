package sharing

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// OnAnswered runs fn after the carer answered the questions about a file
// and it was taken in (to show the screen again with what was chosen).
func (f *FolderSync) OnAnswered(fn func()) *FolderSync {
	f.answered = fn
	return f
}

// OnQuestion runs fn when a question about a file starts or stops
// waiting for the carer (the app shows a notice with a button, AskNow).
func (f *FolderSync) OnQuestion(fn func(waiting bool)) *FolderSync {
	f.question = fn
	return f
}

// askConflicts shows what the waiting file would do, as an import shows
// it: the summary, then each change that needs a yes (a record removed, a
// phone, email or placement changed) with both versions, and each
// conflict with its choice, under a heading per child and section
// (questionList). "Use these choices" takes the
// file in; "Not now" leaves it waiting, asked about again when it
// changes or from the status line.
func (f *FolderSync) askConflicts(w *sharing.Waiting) {
	if f.syncer == nil || w == nil {
		return
	}
	tr := f.env.Tr
	choices := map[string]data.Resolution{}
	body := container.NewVBox(widgets.Para(tr.T("folder.asks.from", map[string]any{"Name": w.Name,
		"Date": screens.FormatDate(tr, w.Summary.Made), "Time": w.Summary.Made.Local().Format("15:04")})))
	title, apply := "folder.doubt.title", "folder.asks.use"
	if w.Summary.Doubt != nil {
		body.Add(doubtBody(tr, w, choices))
	} else {
		title, apply = questionsBody(tr, body, w.Summary, choices)
	}
	f.asking = true
	f.tellQuestion()
	d := dialog.NewCustomConfirm(tr.T(title), tr.T(apply), tr.T("folder.conflicts.later"),
		container.NewVScroll(body), func(yes bool) {
			f.asking = false
			if f.syncer == nil {
				f.tellQuestion()
				return
			}
			if !yes {
				f.syncer.Later()
				f.show(f.syncer.Step(f.env.Now()))
				return
			}
			f.takeChosen(choices)
		}, f.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// questionsBody adds to body the file's summary and its questions, and
// says the dialog's title and its button.
func questionsBody(tr screens.Translator, body *fyne.Container, sum sharing.Summary, choices map[string]data.Resolution) (title, apply string) {
	title, apply = "folder.conflicts.title", "folder.conflicts.apply"
	if len(sum.Asks) > 0 {
		key := "folder.asks.body"
		if !slices.ContainsFunc(sum.Asks, func(c data.Change) bool { return !c.LookAlike && c.Bulk == 0 && c.Kind != data.Added }) {
			key = "folder.asks.body_adds" // (it would only add: nothing removed or changed)
		}
		body.Add(widgets.Para(tr.T(key)))
		body.Add(SummaryView(tr, sum))
		if len(sum.Conflicts) == 0 {
			title, apply = "folder.asks.title", "folder.asks.use"
		}
	}
	body.Add(widgets.Heading(tr.T("folder.asks.choices")))
	if len(sum.Asks) > 0 {
		body.Add(widgets.Para(tr.T("folder.asks.each")))
	}
	list := questionList(tr, sum.Asks, sum.Conflicts, choices)
	if all := allRemovals(tr, list); all != nil {
		body.Add(all)
	}
	body.Add(list)
	return title, apply
}

// waitingFiles are the files that wait for the user: the one asked
// about, then those put off.
func waitingFiles(r sharing.Report) []*sharing.Waiting {
	var out []*sharing.Waiting
	if r.Waiting != nil {
		out = append(out, r.Waiting)
	}
	return append(out, r.Queued...)
}

// waitingLines name each file that waits for the user, and what it
// needs (a yes, or a choice between two versions), each with its button.
func (f *FolderSync) waitingLines() []fyne.CanvasObject {
	tr := f.env.Tr
	var out []fyne.CanvasObject
	for _, w := range waitingFiles(f.last) {
		key := "folder.status.waiting_conflicts"
		switch {
		case w.Summary.Doubt != nil:
			key = "folder.status.waiting_doubt"
		case len(w.Summary.Asks) > 0:
			key = "folder.status.waiting_asks"
		}
		name := w.Name
		again := widget.NewButton(tr.T("folder.status.choose"), func() { f.askFile(name) })
		say := tr.T(key, map[string]any{"Name": name, "What": whatItWould(tr, w.Summary)})
		out = append(out, widgets.Para(say), container.NewHBox(again))
	}
	return out
}

// askRows are the rows of a change that needs a yes: this computer's
// version and the file's ("(deleted)" for a removal), and a choice for it
// alone: take it, or keep this computer's (the default). The agreement's
// removals are asked item by item (removalRows).
func askRows(tr screens.Translator, c data.Change, choices map[string]data.Resolution) []placed {
	switch {
	case c.Bulk > 0: // many new records of one kind: one question
		say := tr.N("folder.asks.bulk", c.Bulk)
		if c.Before > 0 { // (a few at a time, with those taken in today)
			say = tr.N("folder.asks.bulk_more", c.Bulk, map[string]any{"Before": c.Before})
		}
		row := container.NewVBox(widgets.Para(say),
			widgets.NewSteadyChoice(yesOrKeep(tr.T("folder.asks.bulk_take"), tr.T("folder.asks.bulk_refuse"), c.UID, choices)))
		return []placed{at(c, row)}
	case c.Section == "agreement", c.Section == "child_words" && len(c.Removals) > 0: // item by item, line by line
		return removalRows(tr, c, choices)
	case c.Kind == data.Conflict && !c.RemovesThere(): // (answered with the conflicts)
		return nil
	}
	theirs := c.Theirs
	if c.Kind == data.Removed || c.RemovesThere() {
		theirs = nil
	}
	after := versionText(tr, c.Section, theirs)
	if c.Archives { // hidden, not deleted: say so
		after = tr.T("folder.asks.archived", map[string]any{"Name": c.ChildName})
	}
	row := bothSides(tr, "", "", versionText(tr, c.Section, c.Mine), after)
	if c.Unarchives { // archived here, current there: say so
		row.Add(widgets.Para(tr.T("folder.asks.unarchive_body", map[string]any{"Name": c.ChildName})))
	}
	row.Add(widgets.NewSteadyChoice(askChoice(tr, c, choices)))
	return []placed{at(c, row)}
}

// askChoice takes one change that asks first, or keeps this computer's.
func askChoice(tr screens.Translator, c data.Change, choices map[string]data.Resolution) *widget.RadioGroup {
	take, keep := tr.T("folder.asks.take"), tr.T("folder.asks.keep")
	switch {
	case c.Archives:
		take, keep = tr.T("folder.asks.archive"), tr.T("folder.asks.keep_here")
	case c.Unarchives:
		take = tr.T("folder.asks.unarchive", map[string]any{"Name": c.ChildName})
		keep = tr.T("folder.asks.keep_archived", map[string]any{"Name": c.ChildName})
	case c.Kind == data.Removed || c.RemovesThere():
		take, keep = tr.T("folder.asks.remove"), tr.T("folder.asks.keep_here")
	case c.LookAlike: // a second contact of the same name, another number
		take, keep = tr.T("folder.asks.add_second"), tr.T("folder.asks.dont_add")
	case c.Kind == data.Added: // removed here, kept there when asked
		take, keep = tr.T("folder.asks.take_back"), tr.T("folder.asks.keep_removed")
	case c.Section == "children": // only the placement is kept: the rest comes in
		keep = tr.T("folder.asks.keep_placement")
	}
	return yesOrKeep(take, keep, c.UID, choices)
}

// yesOrKeep is one question's choice, under key in choices: take the
// change, or keep this computer's (picked: one click on Apply accepts
// nothing unseen).
func yesOrKeep(take, keep, key string, choices map[string]data.Resolution) *widget.RadioGroup {
	choices[key] = data.KeepMine
	choice := widget.NewRadioGroup([]string{take, keep}, func(label string) {
		choices[key] = data.TakeTheirs
		if label == keep {
			choices[key] = data.KeepMine
		}
	})
	choice.Required = true
	choice.SetSelected(keep)
	return choice
}

// manyRemovals is how many removals from outside get buttons that answer
// them all at once (a home cleaning up hundreds of records).
const manyRemovals = 5

// allRemovals are two buttons that answer every removal of list at once
// (remove them all here too, or keep them all), when there are many;
// nil otherwise. Each choice can still be changed after.
func allRemovals(tr screens.Translator, list fyne.CanvasObject) fyne.CanvasObject {
	remove, keep := tr.T("folder.asks.remove"), tr.T("folder.asks.keep_here")
	var groups []*widget.RadioGroup
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		case *widgets.SteadyChoice:
			if slices.Contains(v.Group.Options, remove) {
				groups = append(groups, v.Group)
			}
		}
	}
	walk(list)
	if len(groups) < manyRemovals {
		return nil
	}
	set := func(label string) func() {
		return func() {
			for _, g := range groups {
				g.SetSelected(label)
			}
		}
	}
	return container.NewHBox(widget.NewButton(tr.T("folder.asks.remove_all"), set(remove)),
		widget.NewButton(tr.T("folder.asks.keep_all"), set(keep)))
}

package sharing

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// The conflicts of a file from another home, shown with both versions
// and a choice each (the default chosen), until shareui's conflict
// dialog takes its place: the choices are the same (sharing.
// ConflictChoices), so only the drawing would change.

// askConflicts shows the waiting file's conflicts. "Use these choices"
// takes the file in with them; "Not now" puts it off.
func (f *FolderSync) askConflicts(w *sharing.Waiting) {
	if w == nil || f.syncer == nil {
		return
	}
	tr := f.env.Tr
	choices := map[string]data.Resolution{}
	list := container.NewVBox(widgets.Para(tr.T("folder.conflicts.body")))
	for _, c := range w.Summary.Conflicts {
		list.Add(f.conflictRow(c, choices))
	}
	f.asking = true
	d := dialog.NewCustomConfirm(tr.T("folder.conflicts.title"), tr.T("folder.conflicts.apply"),
		tr.T("folder.conflicts.later"), container.NewVScroll(list), func(apply bool) {
			f.asking = false
			if f.syncer == nil {
				return
			}
			if !apply {
				f.syncer.Later()
				f.show(f.syncer.Step(f.env.Now()))
				return
			}
			f.show(f.syncer.Resolve(choices, f.env.Now()))
		}, f.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
}

// conflictRow is one record: whose it is, both versions, and the choice.
func (f *FolderSync) conflictRow(c data.Change, choices map[string]data.Resolution) fyne.CanvasObject {
	tr := f.env.Tr
	title := tr.T("sharing.section." + c.Section)
	if c.ChildName != "" && c.Section != "children" {
		title = c.ChildName + ": " + title
	} else if c.ChildName != "" {
		title = title + ": " + c.ChildName
	}
	version := func(label string, v []byte) fyne.CanvasObject {
		text := describe(v)
		if text == "" {
			text = tr.T("folder.conflicts.removed")
		}
		body := widgets.Para(text)
		return container.NewVBox(widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), body)
	}
	both := container.NewGridWithColumns(2, version(tr.T("folder.conflicts.mine"), c.Mine),
		version(tr.T("folder.conflicts.theirs"), c.Theirs))
	options := sharing.ConflictChoices(c)
	choices[c.UID] = options[0]
	var choice fyne.CanvasObject
	if len(options) == 1 {
		choice = widgets.Para(tr.T("folder.choice.concern"))
	} else {
		labels := map[data.Resolution]string{data.KeepBoth: tr.T("folder.choice.both"),
			data.KeepMine: tr.T("folder.choice.mine"), data.TakeTheirs: tr.T("folder.choice.theirs")}
		var names []string
		for _, o := range options {
			names = append(names, labels[o])
		}
		uid := c.UID
		radio := widget.NewRadioGroup(names, func(name string) {
			for _, o := range options {
				if labels[o] == name {
					choices[uid] = o
				}
			}
		})
		radio.Required = true
		radio.Horizontal = true
		radio.SetSelected(names[0])
		choice = radio
	}
	return widget.NewCard(title, "", container.NewVBox(both, choice))
}

// describe shows a record's own words (names, notes, what happened) in
// one fixed order, leaving out ids and empty fields: the field
// names are the app's, not the family's, so they are not shown.
func describe(v []byte) string {
	var fields map[string]any
	if len(v) == 0 || json.Unmarshal(v, &fields) != nil {
		return ""
	}
	var out []string
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		switch x := fields[k].(type) {
		case string:
			if x != "" && !strings.HasSuffix(k, "id") {
				out = append(out, x)
			}
		case float64:
			if x != 0 && !strings.HasSuffix(k, "id") {
				out = append(out, fmt.Sprint(x))
			}
		}
	}
	return strings.Join(out, " · ")
}

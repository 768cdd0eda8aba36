package sharing

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// View is the Settings section: what the sync does, then either the
// folder, its status and Stop, or the choice of folder and passphrase.
func (f *FolderSync) View() fyne.CanvasObject {
	f.box = container.NewVBox()
	f.redraw()
	return widget.NewCard(f.env.Tr.T("folder.title"), "", f.box)
}

// redraw fills the section again (after a report or a choice).
func (f *FolderSync) redraw() {
	if f.box == nil {
		return
	}
	tr := f.env.Tr
	items := []fyne.CanvasObject{widgets.Para(tr.T("folder.body"))}
	if f.syncer != nil {
		dir := widgets.Para(tr.T("folder.chosen", map[string]any{"Dir": f.syncer.Dir()}))
		dir.Wrapping = fyne.TextWrapBreak
		items = append(items, dir)
		if f.paused {
			l := widgets.Para(tr.T("folder.paused_placement"))
			l.Importance = widget.WarningImportance
			items = append(items, l)
		}
		items = append(items, f.takingLine()...)
		items = append(items, f.statusLines()...)
		stop := widget.NewButtonWithIcon(tr.T("folder.stop"), theme.CancelIcon(), f.stopSyncing)
		items = append(items, f.keptLine(), container.NewHBox(stop))
	} else {
		items = append(items, f.chooser()...)
	}
	f.box.Objects = items
	f.box.Refresh()
}

// keptLine says plainly where the shared file's passphrase is kept.
func (f *FolderSync) keptLine() fyne.CanvasObject {
	if f.store.Encrypted() {
		return widgets.Para(f.env.Tr.T("folder.kept.sealed"))
	}
	l := widgets.Para(f.env.Tr.T("folder.kept.plain"))
	l.Importance = widget.WarningImportance
	return l
}

// chooser asks for the folder and the passphrase (typed twice), then
// starts syncing.
func (f *FolderSync) chooser() []fyne.CanvasObject {
	tr := f.env.Tr
	where := tr.T("folder.none")
	if f.chosen != "" {
		where = tr.T("folder.chosen", map[string]any{"Dir": f.chosen})
	}
	dir := widgets.Para(where)
	dir.Wrapping = fyne.TextWrapBreak
	choose := widget.NewButtonWithIcon(tr.T("folder.choose"), theme.FolderOpenIcon(), func() {
		f.pick(func(d string) {
			f.chosen = d
			f.redraw()
		})
	})
	if f.pass == nil { // kept across redraws: picking a folder keeps what was typed
		f.pass, f.again = f.env.PasswordEntry(), f.env.PasswordEntry()
	}
	pass, again := f.pass, f.again
	strength := widgets.Para(screens.StrengthText(tr, pass.Text))
	pass.OnChanged = func(p string) { strength.SetText(screens.StrengthText(tr, p)) }
	problem := widgets.Problem()
	start := widget.NewButtonWithIcon(tr.T("folder.start"), theme.MediaReplayIcon(), func() {
		weak := screens.NewPassphraseProblem(tr, pass.Text, again.Text)
		switch {
		case f.chosen == "":
			widgets.SetProblem(problem, tr.T("folder.need_folder"))
		case f.placedWithoutPassphrase():
			widgets.SetProblem(problem, tr.T("folder.need_family_passphrase"))
		case weak != "":
			widgets.SetProblem(problem, weak)
		default:
			if err := f.startSyncing(f.chosen, pass.Text); err != nil {
				widgets.SetProblem(problem, tr.T("folder.error.failed"))
				return
			}
			f.pass, f.again = nil, nil // the passphrase is not left in a field
		}
	})
	start.Importance = widget.HighImportance
	form := widgets.NewForm(
		widget.NewFormItem(tr.T("folder.pass"), pass),
		widget.NewFormItem(tr.T("privacy.pass.repeat"), again),
	)
	return append(f.heldLines(), dir, container.NewHBox(choose), widgets.Para(tr.T("folder.pass.hint")),
		form, strength, problem, f.keptLine(), container.NewHBox(start))
}

// heldLines, after Stop syncing, say that backups made while syncing
// still hold the sync passphrase readable, with a button to remove them.
func (f *FolderSync) heldLines() []fyne.CanvasObject {
	tr := f.env.Tr
	if len(f.held) == 0 {
		return nil
	}
	line := widgets.Para(tr.N("folder.backups_hold", len(f.held)))
	line.Importance = widget.WarningImportance
	remove := widget.NewButtonWithIcon(tr.N("folder.backups_remove", len(f.held)), theme.DeleteIcon(), func() {
		if err := f.store.RemoveBackups(f.held); err != nil {
			dialog.ShowInformation(tr.T("error.title"), tr.T("error.unknown"), f.win)
		}
		f.held = nil
		f.redraw()
	})
	return []fyne.CanvasObject{line, container.NewHBox(remove)}
}

// Syncing reports whether the family syncs through a folder now.
func (f *FolderSync) Syncing() bool { return f.syncer != nil }

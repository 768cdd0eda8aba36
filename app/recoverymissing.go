package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// danglingView says where the family's file (or its folder) links to, that the drive may
// not be connected, and offers Try again (and any good backups, which
// keep the link aside).
func (r *Recovery) danglingView() []fyne.CanvasObject {
	target := data.LinkTarget(r.dataDir)
	retry := widget.NewButtonWithIcon(r.tr.T("recovery.try_again"), theme.ViewRefreshIcon(), r.tryAgain)
	retry.Importance = widget.HighImportance
	key := "recovery.dangling"
	if data.LinkedFolder(r.dataDir) { // the folder is the link, not the file
		key = "recovery.dangling_folder"
	}
	items := []fyne.CanvasObject{
		para(r.tr.T(key, map[string]any{"Target": target})),
		container.NewHBox(retry),
	}
	if all, locked, _ := data.AllBackups(r.dataDir, r.keys); len(all) > 0 || locked > 0 {
		items = append(items, widget.NewSeparator(), para(r.tr.T("recovery.dangling_backups")))
		items = append(items, r.backups()...)
	}
	return items
}

// tryAgain opens the family's file again, once the drive is connected.
func (r *Recovery) tryAgain() {
	store, err := data.Open(r.dataDir, r.opts)
	if err == nil {
		r.opened(store)
		return
	}
	r.err = err
	r.win.SetContent(widgets.WithTips(r.view()))
	if errors.Is(err, data.ErrDanglingLink) {
		dialog.ShowInformation(r.tr.T("recovery.try_again"), r.tr.T("recovery.still_dangling"), r.win)
	}
}

// startNewButton starts a new, empty family in place of the missing one,
// only after the user confirms: the backups stay where they are.
func (r *Recovery) startNewButton() fyne.CanvasObject {
	btn := widget.NewButtonWithIcon(r.tr.T("recovery.start_new"), theme.ContentAddIcon(), func() {
		d := dialog.NewConfirm(r.tr.T("recovery.start_new_title"), r.tr.T("recovery.start_new_confirm"), func(yes bool) {
			if yes {
				r.startNew()
			}
		}, r.win)
		d.SetConfirmText(r.tr.T("recovery.start_new_yes"))
		d.Show()
	})
	return container.NewVBox(widget.NewSeparator(), container.NewHBox(btn))
}

func (r *Recovery) startNew() {
	opts := r.opts
	opts.NewFamily = true
	store, err := data.Open(r.dataDir, opts)
	if err != nil {
		dialog.ShowInformation(r.tr.T("error.title"), ExplainOpenError(r.tr, err), r.win)
		return
	}
	r.opened(store)
}

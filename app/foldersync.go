package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	sharingui "family-online-safety/screens/sharing"
)

// The shared-folder sync (issue 14, point 4) runs for the family's own
// store, never the demo family's: it starts once the family is open (and
// unlocked), starts again on a restored file, writes what waits at exit,
// and is stopped, with this computer's file deleted, by Forget
// everything.

// startFolderSync (re)starts the sync of the family's own store.
func (a *App) startFolderSync() {
	a.stopFolderSync()
	a.folder = sharingui.NewFolderSync(a.env(), a.real, a.dialogs(), a.fyne.Metadata().Version).
		OnChanged(a.showTakenIn).OnAnswered(func() { a.Show(a.current) })
	a.folder.Start(!a.tickless)
}

// stopFolderSync writes what waits to be written and stops.
func (a *App) stopFolderSync() {
	if a.folder != nil {
		a.folder.Stop()
		a.folder = nil
	}
}

// FolderSection is the sync's section of Settings.
func (a *App) FolderSection() fyne.CanvasObject {
	if a.folder == nil {
		a.startFolderSync()
	}
	return a.folder.View()
}

// flushFolder writes what waits to be written (before locking).
func (a *App) flushFolder() {
	if a.folder != nil {
		a.folder.Flush()
	}
}

// showTakenIn says that another home's changes were taken in, with a
// button that shows the screen again. The screen is not rebuilt by
// itself: that would move the carer off the child, tab or field they are
// on, and lose what they are half way through typing.
func (a *App) showTakenIn() {
	if a.sh == nil || a.sh.incoming == nil || len(a.sh.incoming.Objects) > 0 {
		return
	}
	a.sh.incoming.Objects = []fyne.CanvasObject{a.takenInLine()}
	a.sh.incoming.Refresh()
}

// takenInLine is the line that says changes came in: one line high
// (a narrow window cuts its words short), so the space kept for it fits.
func (a *App) takenInLine() fyne.CanvasObject {
	text := widget.NewLabel(a.tr.T("folder.taken_in"))
	text.Truncation = fyne.TextTruncateEllipsis
	show := widget.NewButtonWithIcon(a.tr.T("folder.taken_in.show"), theme.ViewRefreshIcon(), func() { a.Show(a.current) })
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.InfoIcon()), show, text)
}

func (a *App) hideTakenIn() {
	if a.sh != nil && a.sh.incoming != nil && len(a.sh.incoming.Objects) > 0 {
		a.sh.incoming.RemoveAll()
	}
}

// takenInSlot is where that line goes. While the family syncs through a
// folder it keeps the line's height even when empty, so the line coming
// in never moves the screen under the carer's hand.
type takenInSlot struct {
	a      *App
	height float32 // the line's, once measured
}

func (l *takenInSlot) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *takenInSlot) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		if o.Visible() {
			min = min.Max(o.MinSize())
		}
	}
	if l.a.folder != nil && l.a.folder.Syncing() {
		if l.height == 0 {
			l.height = l.a.takenInLine().MinSize().Height
		}
		min.Height = fyne.Max(min.Height, l.height)
	}
	return min
}

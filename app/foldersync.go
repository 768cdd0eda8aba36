package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
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
		OnChanged(a.showTakenIn).OnQuestion(a.showQuestion).OnAnswered(a.answeredQuestion).OnTaking(a.showTaking)
	a.folder.Start(!a.tickless)
}

// stopFolderSync writes what waits to be written and stops.
func (a *App) stopFolderSync() {
	if a.folder != nil {
		a.folder.Stop()
		a.folder = nil
		a.showQuestion(false)
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
// on, and lose what they are half way through typing. Until the screen
// is shown again the slot keeps saying so, through any question that
// comes and is answered meanwhile (an answer that takes nothing in does
// not make the screen current), so a field is never typed over what
// came in without the notice showing.
func (a *App) showTakenIn() {
	if a.sh == nil || a.sh.incoming == nil || a.sh.takenIn {
		return
	}
	a.sh.takenIn = true // (over the passphrase's recommendation, which comes back after)
	a.drawSlot()
}

// showTaking says in the header's slot, while the carer's answers are
// being taken in away from the window, that they are; after, the slot
// says what it said before (a question still waiting, or nothing).
func (a *App) showTaking(on bool) {
	if a.sh == nil || a.sh.incoming == nil {
		return
	}
	a.sh.taking = on
	if !on {
		a.sh.waiting = a.folder != nil && a.folder.Pending()
	}
	a.drawSlot()
}

// takingLine says that the carer's answers are being taken in; built
// once, as the other lines.
func (a *App) takingLine() fyne.CanvasObject {
	if a.sh.takeLine == nil {
		text := widget.NewLabel(a.tr.T("folder.taking"))
		text.Truncation = fyne.TextTruncateEllipsis
		a.sh.takeLine = container.NewBorder(nil, nil, widget.NewIcon(theme.DownloadIcon()), nil, text)
	}
	return a.sh.takeLine
}

// answeredQuestion shows Home again at once when the carer answered a
// question there, with what the answer took in: Home holds nothing the
// carer types (it redraws itself when a time on it comes), so nothing is
// lost. Another screen says in the header that changes came in.
func (a *App) answeredQuestion() {
	if a.current == screens.HomeID {
		a.Show(screens.HomeID)
	}
}

// showQuestion says, in the same slot, that another home's changes wait
// for the carer's answer, with a button that opens the questions. They
// never open by themselves over what the carer is doing.
func (a *App) showQuestion(waiting bool) {
	if a.sh == nil || a.sh.incoming == nil {
		return
	}
	a.sh.waiting = waiting
	a.drawSlot()
}

// drawSlot puts in the header's slot the one line that matters most:
// answers being taken in, else a question that waits (saying too, while
// the screen is not shown again, that changes came in), else changes
// taken in that the screen does not show yet, else the passphrase's
// recommendation. A line already there is
// left as it is: nothing is built again.
func (a *App) drawSlot() {
	var line fyne.CanvasObject
	switch {
	case a.sh.taking:
		line = a.takingLine()
	case a.sh.waiting:
		line = a.questionLine(a.sh.takenIn)
	case a.sh.takenIn:
		line = a.takenInLine()
	case a.sh.noted:
		line = a.nudgeLine()
	}
	if line != nil && len(a.sh.incoming.Objects) == 1 && a.sh.incoming.Objects[0] == line {
		return
	}
	a.sh.incoming.RemoveAll()
	if line != nil {
		a.sh.incoming.Add(line)
	}
	a.sh.middle.Refresh() // (the app's name gives way to a line too wide beside it)
}

// takenInLine is the notice that changes came in, with its button that
// shows the screen again; built once, as questionLine.
func (a *App) takenInLine() fyne.CanvasObject {
	if a.sh.tookLine == nil {
		a.sh.tookLine = a.noticeLine("folder.taken_in", "folder.taken_in.show",
			theme.InfoIcon(), theme.ViewRefreshIcon(), func() { a.Show(a.current) })
	}
	return a.sh.tookLine
}

// questionLine is the notice that a question waits (and, when took, that
// changes came in too), with its button that opens the questions. Each is
// built once for the window: the window gives a click to the button it
// was pressed on only, so a line built again between the press and the
// release (the poll saying again that a question waits, Home redrawn on
// the minute) would swallow the click.
func (a *App) questionLine(took bool) fyne.CanvasObject {
	key, line := "folder.question", &a.sh.askLine
	if took {
		key, line = "folder.question.taken_in", &a.sh.askTookLine
	}
	if *line == nil {
		*line = a.noticeLine(key, "folder.question.open",
			theme.QuestionIcon(), theme.DocumentIcon(), func() {
				if a.folder != nil {
					if a.win.Canvas().Focused() == nil { // clicked: the field it left gets the focus back after
						a.keyFocus = a.pressFocus
					}
					a.folder.AskNow()
				}
			})
	}
	return *line
}

// noticeLine is a line of the header's notice slot: one line high (a
// narrow window cuts its words short), as high as the header's buttons,
// so it coming and going never moves anything.
func (a *App) noticeLine(key, button string, icon, buttonIcon fyne.Resource, tapped func()) fyne.CanvasObject {
	text := widget.NewLabel(a.tr.T(key))
	text.Truncation = fyne.TextTruncateEllipsis
	show := widget.NewButtonWithIcon(a.tr.T(button), buttonIcon, tapped)
	return container.NewBorder(nil, nil, widget.NewIcon(icon), show, text)
}

// hideTakenIn clears the slot once the screen shows what came in; a
// question that still waits stays.
func (a *App) hideTakenIn() {
	if a.sh != nil {
		a.sh.takenIn = false
	}
	a.showQuestion(a.folder != nil && a.folder.Pending())
}

// headerMiddle lays out the header's middle: the app's name, then the
// notice slot in the rest. When a notice does not fit beside the name (a
// narrow window) the name gives way: the notice matters more.
type headerMiddle struct{}

func (headerMiddle) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	name, slot := objs[0], objs[1].(*fyne.Container)
	nameW, gap := name.MinSize().Width, theme.Padding()
	name.Show()
	name.Move(fyne.NewPos(0, 0))
	name.Resize(fyne.NewSize(nameW, size.Height))
	x := nameW + gap
	if len(slot.Objects) > 0 && size.Width-x < slot.MinSize().Width {
		name.Hide()
		x = 0
	}
	slot.Move(fyne.NewPos(x, 0))
	slot.Resize(fyne.NewSize(fyne.Max(size.Width-x, 0), size.Height))
}

func (headerMiddle) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(objs[0].MinSize().Width, fyne.Max(objs[0].MinSize().Height, objs[1].MinSize().Height))
}

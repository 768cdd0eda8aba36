package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
)

// The passphrase recommendation. Due when the window is built, it is a
// banner under the header. It becomes due while the carer works (a child
// ticked as a placement): then it is a line of the header's notice slot,
// as high as the header's buttons, so nothing under the pointer moves.
// Neither is ever taken away by laying the window out afresh: that would
// move the screen under the pointer, and off the child and tab the carer
// is on.

// nudgeSlot holds the recommendation in the header, built with it.
func (a *App) nudgeSlot() *fyne.Container {
	slot := container.NewStack()
	if n := a.passphraseNudge(); n != nil {
		slot.Add(n)
	}
	return slot
}

// refreshNudge runs whenever a screen is shown: a recommendation that
// became due is put in the header's notice line; one no longer due (the
// placement unticked) leaves that line. A banner stays until the window
// is next built, keeping its room.
func (a *App) refreshNudge() {
	if a.sh == nil || a.sh.nudge == nil {
		return
	}
	due := len(a.sh.nudge.Objects) == 0 && a.nudgeDue()
	if due != a.sh.noted {
		a.sh.noted = due
		a.showQuestion(a.folder != nil && a.folder.Pending())
	}
}

// nudgeDue reports whether a passphrase is recommended: a child is a
// foster or kinship placement, the family has none, and it did not say
// "Not now".
func (a *App) nudgeDue() bool {
	if a.store != a.real || a.real.Encrypted() {
		return false
	}
	if p, err := a.real.Privacy(); err != nil || p.NoNudge {
		return false
	}
	kids, err := a.real.Children()
	return err == nil && anyPlaced(kids)
}

// passphraseNudge recommends a passphrase as soon as a child is marked as
// a foster or kinship placement, until one is set or the family says
// "Not now". Nil when there is nothing to recommend.
func (a *App) passphraseNudge() fyne.CanvasObject {
	if !a.nudgeDue() {
		return nil
	}
	text := widget.NewLabel(a.tr.T("nudge.body"))
	text.Wrapping = fyne.TextWrapWord
	set := widget.NewButtonWithIcon(a.tr.T("nudge.set"), theme.VisibilityOffIcon(), a.AskSetPassphrase)
	set.Importance = widget.HighImportance
	buttons := container.NewHBox(set)
	banner := container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.InfoIcon()), buttons, text)
	buttons.Add(widget.NewButton(a.tr.T("nudge.dismiss"), func() {
		a.notNow()
		// Its room is kept until the window is next built, so the screen
		// below does not jump up under the pointer.
		room := canvas.NewRectangle(color.Transparent)
		room.SetMinSize(fyne.NewSize(0, banner.Size().Height))
		buttons.Hide()
		text.SetText(a.tr.T("nudge.later"))
		if a.sh != nil && a.sh.nudge != nil {
			a.sh.nudge.Add(room)
		}
		banner.Refresh()
	}))
	return banner
}

// nudgeLine is the recommendation as a line of the header's notice slot.
func (a *App) nudgeLine() fyne.CanvasObject {
	// In small type over two lines, in the header's height: cut to fit
	// one line, the reason was never seen.
	text := widget.NewLabel(a.tr.T("nudge.short"))
	text.Wrapping = fyne.TextWrapWord
	text.SizeName = theme.SizeNameCaptionText
	set := widget.NewButtonWithIcon(a.tr.T("nudge.set"), theme.VisibilityOffIcon(), a.AskSetPassphrase)
	set.Importance = widget.HighImportance
	later := widget.NewButton(a.tr.T("nudge.dismiss"), func() {
		a.notNow()
		a.sh.noted = false
		a.showQuestion(a.folder != nil && a.folder.Pending())
	})
	// Wide enough to be read: the app's name gives way first (headerMiddle).
	return container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), container.NewHBox(set, later),
		container.New(minWidth(readableLine), container.New(noHeight{}, text)))
}

// noHeight lays its one object over the whole space, its padding above
// and below out of it, and asks for no height: the header's buttons set
// it, and the line wraps within it.
type noHeight struct{}

func (noHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.InnerPadding()
	objs[0].Move(fyne.NewPos(0, -pad))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height+2*pad))
}

func (noHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(objs[0].MinSize().Width, 0)
}

// readableLine is how wide the recommendation's words stay in the header.
const readableLine = 240

// minWidth lays its one object over the whole space, at least w wide.
type minWidth float32

func (minWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

func (w minWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(fyne.Max(m.Width, float32(w)), m.Height)
}

// notNow keeps the family's "Not now": not recommended again.
func (a *App) notNow() {
	a.updatePrivacy(func(p *data.Privacy) { p.NoNudge = true })
}

func anyPlaced(kids []data.Child) bool {
	for _, k := range kids {
		if k.Placed {
			return true
		}
	}
	return false
}

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
)

// Dialogs keep Get help now and Quick exit within reach. Fyne gives the
// clicks to the top overlay only, so while a dialog was open the header
// could not be used. Screens and the app open their dialogs on
// dialogWindow, which shows each dialog's overlay with the header's two
// buttons above it; either closes the dialog first (nothing it was
// asking is done), then acts.

type dialogWindow struct {
	fyne.Window
	a *App
}

func (w dialogWindow) Canvas() fyne.Canvas { return dialogCanvas{w.Window.Canvas(), w.a} }

type dialogCanvas struct {
	fyne.Canvas
	a *App
}

func (c dialogCanvas) Overlays() fyne.OverlayStack { return dialogOverlays{c.Canvas.Overlays(), c.a} }

type dialogOverlays struct {
	fyne.OverlayStack
	a *App
}

// Canvas is the window's own canvas.
func (o dialogOverlays) Canvas() fyne.Canvas { return o.a.win.Canvas() }

// Add shows the overlay below a copy of the header's buttons, drawn
// exactly where the header is, so the buttons do not move.
func (o dialogOverlays) Add(overlay fyne.CanvasObject) {
	u := underHeader{o.a}
	header := o.a.dialogHeader()
	if pop := dialogPopUp(overlay); pop != nil {
		fitDialog(pop, o.a.dialogRoom(u, header.MinSize().Height)) // dialogfit.go
	}
	// The dialog comes first in its frame, so the keyboard's Tab reaches
	// its fields before the header's copy.
	frame := container.New(u, overlay, header)
	o.a.framed[overlay] = frame
	before := o.Canvas().Focused()
	if before == nil {
		before = o.a.keyFocus // a button pressed from the keyboard
	}
	o.a.refocus[overlay] = before
	o.OverlayStack.Add(frame)
	if before != nil && dialogPopUp(overlay) != nil { // opened from the keyboard
		o.Canvas().FocusNext() // its first field, or its first button
	}
}

// Remove takes away the overlay with its frame, and gives the keyboard
// focus back to where it was before.
func (o dialogOverlays) Remove(overlay fyne.CanvasObject) {
	if frame, ok := o.a.framed[overlay]; ok {
		delete(o.a.framed, overlay)
		o.OverlayStack.Remove(frame)
		if f := o.a.refocus[overlay]; f != nil && fyne.CurrentApp().Driver().CanvasForObject(f.(fyne.CanvasObject)) != nil {
			o.Canvas().Focus(f)
		}
		delete(o.a.refocus, overlay)
		return
	}
	o.OverlayStack.Remove(overlay)
}

// dialogs is the window to open dialogs on.
func (a *App) dialogs() fyne.Window { return dialogWindow{a.win, a} }

// dialogHeader is the header's Get help now and Quick exit, for above a
// dialog.
func (a *App) dialogHeader() fyne.CanvasObject {
	help := widget.NewButtonWithIcon(a.tr.T("header.help"), theme.WarningIcon(), func() {
		a.closeOverlays()
		a.Show(screens.HelpID)
	})
	help.Importance = widget.HighImportance
	exit := widget.NewButtonWithIcon(a.tr.T("header.exit"), theme.LogoutIcon(), a.quickExit)
	exit.Importance = widget.DangerImportance
	name := widget.NewLabelWithStyle(a.tr.T("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	bar := container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(help, exit), name)
	// Opaque, in the header's place: the header under it does not show through.
	return container.NewStack(canvas.NewRectangle(theme.Color(theme.ColorNameBackground)), bar)
}

// underHeader lays out a dialog's frame (the overlay, then the header's
// copy): the header's copy exactly where the window's header is, worked
// out at each layout (a window that grows or shrinks after the dialog
// opened, as it may at start-up, widens its header: a copy left as it
// was would show the header's buttons twice), and the dialog's overlay
// in the rest.
type underHeader struct{ a *App }

// place is where the window's header is, and its width in a window width
// wide (0: not known yet, the whole width). Fyne resizes the overlays
// before the window's content, so the header may still have the old
// width: what it leaves at the sides stays the same.
func (u underHeader) place(width float32) (fyne.Position, float32) {
	var h fyne.CanvasObject
	if u.a != nil {
		h = u.a.shownHeader()
	}
	if h == nil || h.Size().Width <= 0 {
		return fyne.Position{}, 0
	}
	was := u.a.win.Canvas().Content().Size().Width // (the content, as laid out last)
	if u.a.win.Padded() {
		was += 2 * theme.Padding()
	}
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(h), width - was + h.Size().Width
}

func (u underHeader) MinSize(objs []fyne.CanvasObject) fyne.Size {
	at, _ := u.place(0)
	o, h := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(h.Width, o.Width), at.Y+h.Height+o.Height)
}

func (u underHeader) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	at, w := u.place(size.Width)
	h := objs[1].MinSize().Height
	if w <= 0 {
		w = size.Width
	}
	objs[1].Move(at)
	objs[1].Resize(fyne.NewSize(w, h))
	objs[0].Move(fyne.NewPos(0, at.Y+h))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height-at.Y-h))
}

// menuCanvas is a window's canvas that draws the window's menu (Fyne's
// desktop driver's).
type menuCanvas interface {
	DismissMenu() bool
}

// closeOverlays closes every dialog and pop-up on the window, and its menu.
func (a *App) closeOverlays() {
	// The window's own menu (Fyne draws it in the window on Linux and
	// Windows) is no overlay: it is closed by itself.
	if m, ok := a.win.Canvas().(menuCanvas); ok {
		m.DismissMenu()
	}
	ov := a.win.Canvas().Overlays()
	for _, o := range ov.List() {
		for inner, frame := range a.framed {
			if frame == o {
				delete(a.framed, inner)
			}
		}
	}
	if list := ov.List(); len(list) > 0 {
		ov.Remove(list[0]) // and everything above it
	}
}

// shownHeader is the header on show: the lock screen's while it is
// locked, else the window's (nil before either is built).
func (a *App) shownHeader() fyne.CanvasObject {
	if a.lock.on && a.lock.bar != nil {
		return a.lock.bar
	}
	if a.sh != nil && a.sh.header != nil {
		return a.sh.header
	}
	return nil
}

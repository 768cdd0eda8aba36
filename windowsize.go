package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"

	"family-online-safety/app"
)

// The window's sizes, in Fyne's units. Fyne never keeps a window inside
// the screen (and with no window manager nothing else does), so the app
// asks only for what the screen has: at FYNE_SCALE=1.5 the usual size
// would be 1650×1080 pixels, wider than a 1280×800 laptop, with the
// header's Get help now and Quick exit off the screen.
var (
	usualSize = fyne.NewSize(1100, 720)
	// smallestSize fits 800×600 pixels at normal scale and 1280×800 at
	// 150%; the window opens at it until the screen is known.
	smallestSize = app.SmallestWindow
)

// screenShare is how much of the screen the window may take, leaving room
// for a task bar and the window's frame.
const screenShare = 0.9

// fitSize is the usual size, made smaller where a screen of px pixels at
// scale has less room, but never below the smallest size. An unknown
// screen (0×0) leaves the usual size.
func fitSize(px fyne.Size, scale float32) fyne.Size {
	if px.Width <= 0 || px.Height <= 0 || scale <= 0 {
		return usualSize
	}
	room := fyne.NewSize(px.Width*screenShare/scale, px.Height*screenShare/scale)
	return fyne.NewSize(
		max(smallestSize.Width, min(usualSize.Width, room.Width)),
		max(smallestSize.Height, min(usualSize.Height, room.Height)))
}

// screenPixels is the size of the main screen in pixels, or 0×0 when it
// cannot be read. It must run on Fyne's main thread (inside fyne.Do or a
// callback) after the first window was made, which starts GLFW.
func screenPixels() fyne.Size {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	mode := m.GetVideoMode()
	if mode == nil {
		return fyne.Size{}
	}
	return fyne.NewSize(float32(mode.Width), float32(mode.Height))
}

// fitToScreen gives the window the usual size where the screen has room
// for it, less where it has not.
func fitToScreen(w fyne.Window) {
	w.Resize(fitSize(screenPixels(), w.Canvas().Scale()))
}

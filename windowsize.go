package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"

	"family-online-safety/app"
)

// The window's sizes, in Fyne's units. Fyne never keeps a window inside
// the screen (and with no window manager nothing else does), so the app
// asks only for what the screen has, at any scale: at FYNE_SCALE=2 a
// 1280×800 laptop has 640×400 units, less its panels.
var (
	usualSize = fyne.NewSize(1100, 720)
	// smallestSize fits a 1280×800 laptop at 200% and 1920×1080 at 300%;
	// the window opens at it until the screen is known.
	smallestSize = app.TinyWindow
)

// fitSize is the usual size, made smaller where a screen of px pixels at
// scale has less room. An unknown screen (0×0) leaves a size every screen
// at normal scale holds.
func fitSize(px fyne.Size, scale float32) fyne.Size {
	return app.FitWindow(px, scale, usualSize)
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

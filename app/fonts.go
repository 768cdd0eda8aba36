package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// PreloadFonts loads the faces of the text the first screen shows
// (regular and bold) into Fyne's font cache. Each takes 15 to 30 ms to
// load; done off the UI goroutine while Fyne makes the window, that time
// is no longer spent after it, building the family's first screen.
//
// Fyne's text shaper is shared and not safe for two goroutines at once,
// so call it only before the UI goroutine has anything to draw: main
// calls it on the goroutine that opens the family's file, before handing
// the file to the UI goroutine (fyne.Do), and the window is empty until
// then.
func PreloadFonts() {
	size := theme.TextSize()
	for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
		fyne.MeasureText("Family Online Safety", size, style)
	}
}

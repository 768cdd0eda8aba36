// hello is the smallest Fyne program: scripts/bench-startup measures the
// app against it, built in the same run, so the figures are ratios that
// hold on any machine.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.New()
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Hello"))
	w.Resize(fyne.NewSize(1100, 720))
	w.ShowAndRun()
}

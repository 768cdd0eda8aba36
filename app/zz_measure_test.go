package app

import (
	"testing"
	"fyne.io/fyne/v2"
)

func TestZZMeasure(t *testing.T) {
	h := newHarness(t)
	h.win.Resize(fyne.NewSize(800, 600))
	t.Log("welcome", h.win.Content().MinSize())
	if err := h.app.StartDemo(); err != nil { t.Fatal(err) }
	for _, item := range Screens() {
		h.app.Show(item.ID)
		t.Log(item.ID, h.win.Content().MinSize(), h.win.Canvas().Size())
	}
}

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// Fyne's tab buttons cannot take keyboard focus, so the window offers
// Ctrl+Page Down and Ctrl+Page Up, as browsers do, to move between the
// tabs of the screen on show.
var (
	nextTabShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	prevTabShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
)

// stepTab moves the current screen's first tab bar by step (+1 or -1),
// wrapping round at either end.
func (a *App) stepTab(step int) {
	if a.sh == nil {
		return
	}
	tabs := findTabs(a.sh.content)
	if tabs == nil || len(tabs.Items) == 0 {
		return
	}
	n := len(tabs.Items)
	tabs.SelectIndex((tabs.SelectedIndex() + step + n) % n)
}

// findTabs returns the outermost tab bar under o, looking through the
// containers screens are built from.
func findTabs(o fyne.CanvasObject) *widgets.Tabs {
	queue := []fyne.CanvasObject{o}
	for len(queue) > 0 {
		o, queue = queue[0], queue[1:]
		switch o := o.(type) {
		case *widgets.Tabs:
			if o.Visible() {
				return o
			}
		case *fyne.Container:
			queue = append(queue, o.Objects...)
		case *container.Split:
			queue = append(queue, o.Leading, o.Trailing)
		case *container.Scroll:
			queue = append(queue, o.Content)
		case *widget.Card:
			queue = append(queue, o.Content)
		}
	}
	return nil
}

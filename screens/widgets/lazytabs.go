package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// LazyTab is a tab whose content is built the first time it is shown.
type LazyTab struct {
	Title string
	Icon  fyne.Resource
	Build func() fyne.CanvasObject
	// Rebuild builds the content again each time the tab is chosen, for
	// a tab that shows what another tab can change.
	Rebuild bool
}

// provisionalWidth is wider than any screen, for a tab bar not yet laid out.
const provisionalWidth = 1 << 14

// NewTabItem is container.NewTabItemWithIcon for an icon from the app's
// theme. Fyne's tab bar colours the chosen tab's icon only when the icon
// is its own *theme.ThemedResource, and the app's theme hands out icons
// that keep their recoloured bytes (app/iconcache.go); wrapped once more,
// the chosen tab's icon still turns the primary colour.
func NewTabItem(title string, icon fyne.Resource, content fyne.CanvasObject) *container.TabItem {
	if _, fynes := icon.(*theme.ThemedResource); icon != nil && !fynes {
		icon = theme.NewThemedResource(icon)
	}
	return container.NewTabItemWithIcon(title, icon, content)
}

// NewEmptyTabs makes a tab bar of items, whose contents must still be
// empty, on tab selected. Fill the chosen tab after: Fyne's AppTabs
// redraws every tab's content when it makes its renderer (on the first
// MinSize or layout), so it is made here, while that costs nothing; made
// later it would redo the text layout of the whole shown tab once more
// before the window lays it out (a third of a screen's build).
func NewEmptyTabs(selected int, items ...*container.TabItem) *Tabs {
	bar := NewTabs(items...)
	bar.MinSize()
	if selected > 0 && selected < len(items) {
		// Choosing a tab lays the bar out again, and at no width Fyne
		// tries every count of tabs from all down to one, redrawing the
		// buttons each time. Wide enough for all of them, it tries once;
		// the window gives the bar its real width when it lays it out.
		bar.Resize(fyne.NewSize(provisionalWidth, bar.MinSize().Height))
		bar.SelectIndex(selected)
	}
	return bar
}

// NewLazyTabs makes a tab bar on tab selected that builds each tab's
// content the first time it is shown, so opening a screen costs only the
// tab on show. onSelect (may be nil) hears every change of tab.
func NewLazyTabs(selected int, onSelect func(int), tabs ...LazyTab) *Tabs {
	items := make([]*container.TabItem, len(tabs))
	stacks := make([]*fyne.Container, len(tabs))
	for i, t := range tabs {
		stacks[i] = container.NewStack()
		items[i] = NewTabItem(t.Title, t.Icon, stacks[i])
	}
	bar := NewEmptyTabs(selected, items...)
	built := false // while the bar is being made, the window lays it out later
	show := func(i int) {
		if i < 0 || i >= len(tabs) || (len(stacks[i].Objects) > 0 && !tabs[i].Rebuild) {
			return
		}
		stacks[i].Objects = []fyne.CanvasObject{tabs[i].Build()}
		if built {
			stacks[i].Refresh()
		}
	}
	show(bar.SelectedIndex())
	built = true
	bar.OnSelected = func(*container.TabItem) {
		show(bar.SelectedIndex())
		if onSelect != nil {
			onSelect(bar.SelectedIndex())
		}
	}
	return bar
}

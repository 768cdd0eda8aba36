package settings

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// DisplayActions read and change how the app is drawn; a change applies
// at once, through the theme, and is kept.
type DisplayActions interface {
	Display() data.Display
	SetDisplay(d data.Display)
}

// displayCard offers the text size (100% to 200%) and high contrast.
func (s *Screen) displayCard() fyne.CanvasObject {
	d := s.actions.Display()
	var sizes []string
	for _, p := range data.TextSizes {
		sizes = append(sizes, s.tr.T("settings.display.size.option", map[string]any{"Percent": strconv.Itoa(p)}))
	}
	size := widget.NewSelect(sizes, nil)
	current := max(d.TextSize, 100)
	if i := slices.Index(data.TextSizes, current); i >= 0 {
		size.SetSelectedIndex(i)
	}
	size.OnChanged = func(string) {
		if i := size.SelectedIndex(); i >= 0 && data.TextSizes[i] != current {
			current = data.TextSizes[i]
			d.TextSize = current
			s.actions.SetDisplay(d)
		}
	}
	contrast := widget.NewCheck(s.tr.T("settings.display.contrast"), func(on bool) {
		if on != d.HighContrast {
			d.HighContrast = on
			s.actions.SetDisplay(d)
		}
	})
	contrast.SetChecked(d.HighContrast)
	return widget.NewCard(s.tr.T("settings.display.title"), "", container.NewVBox(
		widgets.Para(s.tr.T("settings.display.subtitle")),
		widgets.NewForm(
			widget.NewFormItem(s.tr.T("settings.display.size"), size),
			widget.NewFormItem("", contrast),
		)))
}

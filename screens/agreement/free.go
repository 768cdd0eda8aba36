package agreement

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// ---- Device-free times and places ----

func (s *Screen) freeSection() fyne.CanvasObject {
	s.windowsBox = container.NewVBox()
	s.refreshWindows()
	s.form = newWindowForm(s)
	return widgets.Page(
		s.calendarBar(),
		widgets.Card(s.tr.T("agreement.free.title"), s.tr.T("agreement.free.subtitle"), s.windowsBox),
		s.form.card,
		s.placesCard(),
	)
}

func (s *Screen) refreshWindows() {
	s.windowsBox.RemoveAll()
	if len(s.a.Windows) == 0 {
		s.windowsBox.Add(widgets.Para(s.tr.T("agreement.free.empty")))
	}
	for _, w := range s.a.Windows {
		title := widget.NewLabelWithStyle(w.Label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		summary := s.tr.T("agreement.window.summary", map[string]any{
			"Days": data.DaysText(s.tr, w.Days), "Times": data.TimesText(s.tr, w), "Who": data.WhoText(s.tr, w, s.kids)})
		if p := periodText(s.tr, w.When); p != "" {
			summary += " · " + p
		}
		detail := widgets.Para(summary)
		edit := widget.NewButtonWithIcon(s.tr.T("agreement.edit"), theme.DocumentCreateIcon(), func() { s.form.edit(w) })
		del := widget.NewButtonWithIcon(s.tr.T("agreement.delete"), theme.DeleteIcon(), func() {
			s.deleted = w.Label
			s.saved(s.store.DeleteWindow(w.ID), false)
			if s.form.editing == w.ID {
				s.form.reset()
			}
			s.refreshWindows()
		})
		s.windowsBox.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), container.NewVBox(title, detail)))
	}
	s.windowsBox.Refresh()
}

// freeFocus moves the keyboard focus to a field, when shown in a window.
func (s *Screen) freeFocus(o fyne.Focusable) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s.tabs); c != nil {
		c.Focus(o)
	}
}

func (s *Screen) placesCard() fyne.CanvasObject {
	box := container.NewVBox()
	for _, key := range data.BuiltinPlaces {
		c := widget.NewCheck(s.tr.T("agreement.place."+key), nil)
		c.SetChecked(s.a.HasPlace(key))
		c.OnChanged = func(on bool) { s.saved(s.store.SetPlace(key, on), false) }
		box.Add(c)
	}
	box.Add(s.itemList(data.ListPlaces, false))
	return widgets.Card(s.tr.T("agreement.places.title"), s.tr.T("agreement.places.subtitle"), box)
}

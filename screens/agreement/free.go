package agreement

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
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
	s.freeDels = s.freeDels[:0]
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
		row := len(s.freeDels)
		var del *widgets.TipButton
		del = widgets.NewTipButton(s.tr.T("agreement.delete"), theme.DeleteIcon(), "", func() {
			keys := del.Keyed
			s.deleted = w.Label
			s.saved(s.store.DeleteWindow(w.ID), false)
			if s.form.editing == w.ID {
				s.form.reset()
			}
			s.refreshWindows()
			if keys {
				s.focusAfterDelete(row)
			}
		})
		s.freeDels = append(s.freeDels, del)
		s.windowsBox.Add(container.NewBorder(nil, nil, nil, container.NewHBox(edit, del), container.NewVBox(title, detail)))
	}
	s.windowsBox.Refresh()
}

// focusAfterDelete keeps the keyboard on the list of times after the
// time in row was deleted from it by keyboard: on the Delete now in that
// row (the next time's), or the last one's, or, none left, the form's
// name (the next Tab went back to the side menu).
func (s *Screen) focusAfterDelete(row int) {
	if n := len(s.freeDels); n > 0 {
		s.freeFocus(s.freeDels[min(row, n-1)])
		return
	}
	s.freeFocus(s.form.label)
}

// freeFocus moves the keyboard focus to a field, when shown in a window,
// and scrolls it into view.
func (s *Screen) freeFocus(o fyne.Focusable) {
	if fyne.CurrentApp().Driver().CanvasForObject(s.tabs) != nil {
		screens.FocusOn(o)
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

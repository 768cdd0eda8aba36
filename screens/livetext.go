package screens

import "family-online-safety/screens/widgets"

// LiveText makes a text field save as it is typed: after a pause in
// typing (Env.Saves), and at once on leaving the field or on quick exit.
// save stores the text and reports whether the store took it. A text the
// store refused (an emptied name) is never saved, and leaving the field
// puts back what is stored.
func (e Env) LiveText(f *widgets.Entry, save func(text string) bool) {
	stored, refused := f.Text, false
	f.OnChanged = func(text string) {
		e.Saves.Later(f, func() {
			if save(text) {
				stored, refused = text, false
			} else {
				refused = true
			}
		})
	}
	f.OnLeave = append(f.OnLeave, func() {
		e.Saves.Flush(f)
		if refused {
			f.SetText(stored)
			e.Saves.Flush(f)
		}
	})
}

package welcome

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// passphraseCard offers a passphrase from the first run: optional, and
// recommended for foster and kinship carers and shared computers. What is
// typed stays in the draft, so a change of language loses nothing.
func (w *Screen) passphraseCard() fyne.CanvasObject {
	d := w.draft
	w.pass = screens.NewPassphraseForm(w.env, false, true)
	w.pass.New.SetText(d.Passphrase)
	w.pass.Repeat.SetText(d.Repeat)
	w.pass.New.OnChanged = func(s string) { d.Passphrase = s; w.pass.Rate() }
	w.pass.Repeat.OnChanged = func(s string) { d.Repeat = s }
	return widget.NewCard(w.tr.T("welcome.passphrase.title"), "",
		container.NewVBox(widgets.Para(w.tr.T("welcome.passphrase.body")), w.pass.View()))
}

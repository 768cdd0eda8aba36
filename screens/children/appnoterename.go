package children

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
)

// offerCatalogue shows, under an own app's name, the catalogue app the
// name means ("tik tok" is TikTok), with its under-age warning, as adding
// does, and a button that turns the note into that app's note. A name
// another of the child's notes already has is refused by the store, and
// then nothing is offered: the message under the name says why.
func (e *noteEditor) offerCatalogue(box *fyne.Container, typed string, saved bool) {
	box.RemoveAll()
	if app, ok := content.MatchApp(typed); ok && saved {
		box.Add(e.catalogueOffer(app))
	}
	box.Refresh()
}

// catalogueOffer is the catalogue app a typed name means and the button
// that uses it: what was decided and noted stays, the name gives way to
// the catalogue's, with its age rules and settings to check.
func (e *noteEditor) catalogueOffer(app content.App) fyne.CanvasObject {
	v := e.v
	use := widget.NewButtonWithIcon(v.tr.T("appnote.rename.use", map[string]any{"App": app.Name}), theme.ConfirmIcon(), func() {
		if e.save(func(n *data.AppNote) { n.AppID, n.Name = app.ID, "" }) {
			v.showNote(e.current)
		}
	})
	use.Importance = widget.HighImportance
	return container.NewVBox(v.matchCardText(app, v.tr.T("appnote.rename.match", map[string]any{"App": app.Name})),
		container.NewHBox(use))
}

// appName is the name a message gives a note's app: the catalogue's name
// when the note is, or its typed name means, a catalogue app.
func appName(n data.AppNote) string {
	if app, ok := content.MatchApp(n.Name); n.AppID == "" && ok {
		return app.Name
	}
	return strings.TrimSpace(n.DisplayName())
}

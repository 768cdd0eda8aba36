package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/screens/widgets"
)

// ComingSoon is the friendly empty state of a screen not built yet.
func ComingSoon(tr Translator, id ID) fyne.CanvasObject {
	return widgets.EmptyState(theme.InfoIcon(), tr.T("soon.title", map[string]any{"Screen": tr.T("nav." + string(id))}), tr.T("soon.body"), nil)
}

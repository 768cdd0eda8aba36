package app

import (
	"fyne.io/fyne/v2"

	"family-online-safety/screens"
)

// view builds a screen, handing it only what it needs from the store and
// the app. This is the one place that knows which screen uses what.
func (a *App) view(id screens.ID) fyne.CanvasObject {
	switch id {
	case screens.HomeID:
		return screens.NewHome(a.tr, a.store, a, screens.AgreementSection(a.tr, a.store)).View()
	case screens.AgreementID:
		return screens.NewAgreement(a.tr, a.store, a.store).View()
	case screens.HelpID:
		return screens.NewHelp(a.tr, a.store).View()
	case screens.SettingsID:
		return screens.NewSettings(a.tr, a.store, a, a.dataDir).View()
	default:
		return screens.ComingSoon(a.tr, id)
	}
}

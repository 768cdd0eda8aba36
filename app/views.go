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
		return screens.NewHome(a.tr, a.store, a,
			screens.AgreementSection(a.tr, a.store),
			screens.StarterForToday(a.tr, a.store, a, a),
			screens.AppReviewsSection(a.tr, a.store, a),
		).View()
	case screens.AgreementID:
		return screens.NewAgreement(a.tr, a.store, a.store).View()
	case screens.StartersID:
		return screens.NewStarters(a.tr, a.store, a).View()
	case screens.HelpID:
		var extra []fyne.CanvasObject
		if placement := screens.PlacementContactsSection(a.tr, a.store); placement != nil {
			extra = append(extra, placement)
		}
		return screens.NewHelp(a.tr, a.store, a.store, a, extra...).View()
	case screens.ChildrenID:
		children := screens.NewChildren(a.tr, a.store, a.win, a)
		if a.focus.child != 0 {
			children.Focus(a.focus.child, a.focus.tab)
			a.focus.child = 0 // only this once: the nav list opens the screen as usual
		}
		return children.View()
	case screens.SettingsID:
		return screens.NewSettings(a.tr, a.store, a.real, a, a.dataDir).View()
	default:
		return screens.ComingSoon(a.tr, id)
	}
}

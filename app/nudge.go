package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
)

// nudgeSlot holds the recommendation in the header, built with it.
func (a *App) nudgeSlot() *fyne.Container {
	slot := container.NewStack()
	if n := a.passphraseNudge(); n != nil {
		slot.Add(n)
	}
	return slot
}

// refreshNudge runs whenever a screen is shown: when the recommendation
// should appear (a placement was saved) or go, the window is laid out
// afresh, as the header's height changes.
func (a *App) refreshNudge() {
	if a.sh == nil || a.sh.nudge == nil {
		return
	}
	if (a.passphraseNudge() != nil) != (len(a.sh.nudge.Objects) > 0) {
		a.rebuild()
	}
}

// passphraseNudge recommends a passphrase as soon as a child is marked as
// a foster or kinship placement, until one is set or the family says
// "Not now". Nil when there is nothing to recommend.
func (a *App) passphraseNudge() fyne.CanvasObject {
	if a.store != a.real || a.real.Encrypted() {
		return nil
	}
	if p, err := a.real.Privacy(); err != nil || p.NoNudge {
		return nil
	}
	kids, err := a.real.Children()
	if err != nil || !anyPlaced(kids) {
		return nil
	}
	text := widget.NewLabel(a.tr.T("nudge.body"))
	text.Wrapping = fyne.TextWrapWord
	set := widget.NewButtonWithIcon(a.tr.T("nudge.set"), theme.VisibilityOffIcon(), a.AskSetPassphrase)
	set.Importance = widget.HighImportance
	later := widget.NewButton(a.tr.T("nudge.dismiss"), func() {
		a.updatePrivacy(func(p *data.Privacy) { p.NoNudge = true })
		a.rebuild()
	})
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.InfoIcon()),
		container.NewHBox(set, later), text)
}

func anyPlaced(kids []data.Child) bool {
	for _, k := range kids {
		if k.Placed {
			return true
		}
	}
	return false
}

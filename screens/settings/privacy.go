package settings

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// PrivacyActions are the passphrase, lock and forget choices. The app
// offers them and asks in its own dialogs; a Settings screen whose actions
// lack them simply shows no such card.
type PrivacyActions interface {
	Encrypted() bool
	Privacy() (data.Privacy, error)
	SetIdleMinutes(m int) // -1: never
	AskSetPassphrase()
	AskChangePassphrase()
	AskRemovePassphrase()
	LockNow()
	OpenSealedCopy()
	AskForgetEverything()
}

// idleChoices are the idle times offered, in minutes (-1: never).
var idleChoices = []int{1, 5, 15, 30, 60, -1}

// privacyCards are the passphrase card and the Forget everything card.
func (s *Screen) privacyCards(p PrivacyActions) []fyne.CanvasObject {
	var buttons []fyne.CanvasObject
	state := s.tr.T("privacy.off")
	if p.Encrypted() {
		state = s.tr.T("privacy.on")
		lock := widget.NewButtonWithIcon(s.tr.T("privacy.lock_now"), theme.VisibilityOffIcon(), p.LockNow)
		change := widget.NewButton(s.tr.T("privacy.change"), p.AskChangePassphrase)
		remove := widget.NewButton(s.tr.T("privacy.remove"), p.AskRemovePassphrase)
		buttons = append(buttons, lock, change, remove)
	} else {
		set := widget.NewButtonWithIcon(s.tr.T("privacy.set"), theme.VisibilityOffIcon(), p.AskSetPassphrase)
		set.Importance = widget.HighImportance
		buttons = append(buttons, set)
	}
	items := []fyne.CanvasObject{widgets.Para(state), container.NewHBox(buttons...)}
	if p.Encrypted() {
		items = append(items, widgets.NewForm(widget.NewFormItem(s.tr.T("privacy.idle"), s.idleSelect(p))))
	}
	open := widget.NewButtonWithIcon(s.tr.T("privacy.open_copy"), theme.FileIcon(), p.OpenSealedCopy)
	items = append(items, container.NewHBox(open))

	forget := widget.NewButtonWithIcon(s.tr.T("forget.button"), theme.DeleteIcon(), p.AskForgetEverything)
	forget.Importance = widget.DangerImportance
	return []fyne.CanvasObject{
		widget.NewCard(s.tr.T("privacy.title"), "", container.NewVBox(items...)),
		widget.NewCard(s.tr.T("forget.title"), "", container.NewVBox(widgets.Para(s.tr.T("forget.body")), container.NewHBox(forget))),
	}
}

// idleSelect picks after how long without use the app locks.
func (s *Screen) idleSelect(p PrivacyActions) *widget.Select {
	label := func(m int) string {
		if m < 0 {
			return s.tr.T("privacy.idle.never")
		}
		return s.tr.N("privacy.idle.minutes", m)
	}
	var names []string
	for _, m := range idleChoices {
		names = append(names, label(m))
	}
	sel := widget.NewSelect(names, nil)
	current, _ := p.Privacy()
	m := current.IdleMinutes
	if m == 0 {
		m = int(data.DefaultIdle.Minutes())
	}
	sel.SetSelected(label(m))
	sel.OnChanged = func(name string) {
		for _, m := range idleChoices {
			if label(m) == name {
				p.SetIdleMinutes(m)
			}
		}
	}
	return sel
}

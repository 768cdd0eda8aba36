package app

import (
	"errors"
	"log"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/help"
	"family-online-safety/screens/widgets"
)

// With a passphrase, the app opens on the lock screen and goes back to it
// after idle time (idle.go). The lock screen shows nothing of the family
// but keeps Get help now and Quick exit: someone in danger must not need
// the passphrase to find a number to call.

// lockState is the lock screen's part of the app.
type lockState struct {
	on        bool      // the lock screen is showing
	busy      bool      // the file is being rewritten: no screen may read it
	checking  bool      // a passphrase is being checked: no second try
	opened    bool      // the family's data has been opened since start
	tries     int       // wrong passphrases in a row
	waitUntil time.Time // no try before this
	lastUsed  time.Time // the last key, click or move (idle lock)
	entry     *widgets.Entry
	message   *widget.Label
	unlock    *widget.Button
	header    []guarded         // the lock screen's Quick exit and Get help now (guard.go)
	bar       fyne.CanvasObject // the lock screen's header: a dialog's copy goes over it
	// run does slow work (Argon2id takes about a second) off the UI
	// goroutine; later runs f on the UI goroutine after d (idle checks,
	// the end of a wait, clearing the clipboard). Tests replace both.
	run   func(func())
	later func(d time.Duration, f func())
}

// freeTries is how many wrong passphrases are allowed without a wait;
// after that the wait doubles with each wrong try, up to maxWait. While
// the app runs, the wait is measured on the monotonic clock (time.Now's
// reading), so changing the computer's clock neither ends nor lengthens
// it; a wait read back from the file is cut to what its count allows,
// so a clock that was ahead, or an edited time, cannot lock the right
// passphrase out.
const (
	freeTries = 3
	maxWait   = 5 * time.Minute
)

// retryWait is the wait after the n-th wrong passphrase in a row.
func retryWait(n int) time.Duration {
	if n < freeTries {
		return 0
	}
	d := 5 * time.Second
	for i := freeTries; i < n && d < maxWait; i++ { // doubling, never overflowing
		d *= 2
	}
	return min(d, maxWait)
}

// lockNow hides the family's data behind the lock screen and forgets the
// key. Only a family with a passphrase can be locked.
func (a *App) lockNow() {
	if !a.real.Encrypted() || a.lock.on {
		return
	}
	a.saves.FlushAll() // what was typed is saved while the key is still there
	a.flushFolder()    // and written to the shared folder
	a.clearClipboard() // a copied phone number or log must not outlive the lock
	a.real.Lock()
	a.showLock()
}

// showLock fills the window with the lock screen.
func (a *App) showLock() {
	if !a.lock.on { // the wait survives a restart
		a.lock.tries, a.lock.waitUntil = a.keptWait()
	}
	a.lock.on = true
	a.sh = nil
	overlays := a.win.Canvas().Overlays() // an open dialog may show a child's details
	for top := overlays.Top(); top != nil; top = overlays.Top() {
		overlays.Remove(top)
	}
	a.win.SetMainMenu(a.lockMenu()) // not the usual one: it opens the family's screens
	a.win.SetTitle(a.tr.T("app.name"))
	a.win.SetContent(widgets.WithTips(a.lockView()))
	a.win.Canvas().Focus(a.lock.entry)
}

func (a *App) lockView() fyne.CanvasObject {
	l := &a.lock
	l.entry = a.env().PasswordEntry()
	l.entry.SetPlaceHolder(a.tr.T("lock.placeholder"))
	l.entry.OnSubmitted = func(string) { a.tryUnlock() }
	l.unlock = widget.NewButtonWithIcon(a.tr.T("lock.unlock"), theme.LoginIcon(), a.tryUnlock)
	l.unlock.Importance = widget.HighImportance
	l.message = widget.NewLabel("")
	l.message.Wrapping = fyne.TextWrapWord
	l.message.Importance = widget.DangerImportance // empty until something goes wrong
	if wait := l.waitUntil.Sub(a.now()); wait > 0 {
		a.sayWait("lock.waiting", wait)
	}
	forgot := widget.NewButtonWithIcon(a.tr.T("lock.forgot"), theme.QuestionIcon(), a.showForgotten)
	forgot.Importance = widget.LowImportance
	language := screens.LanguageSelect(a.tr.Language(), func(code string) {
		if a.tr.SetLanguage(code) == nil {
			a.showLock()
		}
	})
	body := container.NewVBox(
		container.NewCenter(container.NewGridWrap(fyne.NewSize(56, 56), widget.NewIcon(theme.VisibilityOffIcon()))),
		widgets.Heading(a.tr.T("lock.title")),
		widgets.Para(a.tr.T("lock.body")),
		container.NewBorder(nil, nil, nil, l.unlock, l.entry),
		l.message,
		container.NewHBox(forgot),
		widget.NewSeparator(),
		widgets.NewForm(widget.NewFormItem(a.tr.T("settings.language"), language)),
	)
	column := container.New(columnLayout{width: 480}, body)
	return container.NewBorder(a.lockHeader(), nil, nil, nil, container.NewCenter(column))
}

// columnLayout gives its one object a fixed width and the height it needs.
type columnLayout struct{ width float32 }

func (c columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(c.width, objs[0].MinSize().Height)
}

func (c columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// lockHeader is the app's name with Get help now and Quick exit.
func (a *App) lockHeader() fyne.CanvasObject {
	name := widget.NewLabelWithStyle(a.tr.T("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	help := widget.NewButtonWithIcon(a.tr.T("header.help"), theme.WarningIcon(), a.showHelpLocked)
	help.Importance = widget.HighImportance
	tip := a.tr.T("header.exit.tip", map[string]any{"Shortcut": shortcutText(quickExitShortcut)})
	exit := widgets.NewTipButton(a.tr.T("header.exit"), theme.LogoutIcon(), tip, a.quickExit)
	exit.Importance = widget.DangerImportance
	a.lock.header = []guarded{{exit, a.quickExit}, {help, func() { a.closeOverlays(); a.showHelpLocked() }}}
	a.lock.bar = container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(help, exit), name)
	return a.lock.bar
}

// lockMenu keeps Quick exit, Get help and Quit reachable from the keyboard
// while the focus is in the passphrase field (Fyne asks the menu first).
func (a *App) lockMenu() *fyne.MainMenu {
	exit := fyne.NewMenuItem(a.tr.T("header.exit"), a.quickExit)
	exit.Shortcut = quickExitShortcut
	quit := fyne.NewMenuItem(a.tr.T("menu.quit"), a.quit)
	quit.IsQuit = true
	quit.Shortcut = quitShortcut
	help := fyne.NewMenuItem(a.tr.T("header.help"), a.showHelpLocked)
	help.Shortcut = helpShortcut
	return fyne.NewMainMenu(
		fyne.NewMenu(a.tr.T("menu.file"), exit, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu(a.tr.T("menu.help"), help),
	)
}

// keptWait is the count of wrong tries kept in the file and the wait
// still due, at most what that count allows, from now.
func (a *App) keptWait() (int, time.Time) {
	n, until := a.real.WrongTries()
	now := a.now()
	left := min(max(until.Sub(now), 0), retryWait(n))
	return n, now.Add(left)
}

// tryUnlock checks the passphrase off the UI goroutine, then opens the
// family or says why not. One try at a time: Enter pressed while a
// passphrase is checked does nothing.
func (a *App) tryUnlock() {
	l := &a.lock
	if l.checking {
		return
	}
	if wait := l.waitUntil.Sub(a.now()); wait > 0 {
		a.sayWait("lock.waiting", wait) // what was typed is not checked
		return
	}
	pass := l.entry.Text
	l.checking = true
	l.unlock.Disable()
	l.message.SetText("")
	l.run(func() {
		err := a.real.Unlock(pass)
		fyne.Do(func() {
			if errors.Is(err, data.ErrTampered) {
				a.lock.checking = false
				a.showTampered(err, data.NewKeys(pass))
				return
			}
			a.unlockDone(err)
		})
	})
}

func (a *App) unlockDone(err error) {
	l := &a.lock
	l.checking = false
	if !l.on {
		return
	}
	l.unlock.Enable()
	switch {
	case err == nil:
		l.on, l.tries, l.waitUntil = false, 0, time.Time{}
		a.keepWrongTries(0, time.Time{})
		a.touch()
		a.opened()
	case errors.Is(err, data.ErrWrongPassphrase):
		l.tries++
		l.entry.SetText("")
		wait := retryWait(l.tries)
		l.waitUntil = a.now().Add(wait)
		a.keepWrongTries(l.tries, l.waitUntil)
		if wait > 0 {
			a.sayWait("lock.wait", wait)
		} else {
			a.say(a.tr.T("lock.wrong"))
		}
	default:
		a.say(a.explain(err))
	}
}

// sayWait says how long to wait, with the message msg: lock.wait just
// after a wrong passphrase, lock.waiting (which calls nothing typed wrong)
// for a try during the wait or a wait left from before. The button comes
// back when the wait is over.
func (a *App) sayWait(msg string, wait time.Duration) {
	secs := int(math.Ceil(wait.Seconds()))
	a.say(a.tr.N(msg, secs))
	a.lock.unlock.Disable()
	a.lock.later(wait, a.lock.unlock.Enable)
}

func (a *App) say(msg string) {
	a.lock.message.SetText(msg)
}

// showForgotten explains, honestly, that a forgotten passphrase cannot be
// got round.
func (a *App) showForgotten() {
	dialog.ShowInformation(a.tr.T("lock.forgot"), a.tr.T("lock.forgot.body"), a.dialogs())
}

// showHelpLocked shows Get help without the family's data, with a way
// back to the lock screen.
func (a *App) showHelpLocked() {
	back := widget.NewButtonWithIcon(a.tr.T("recovery.back"), theme.NavigateBackIcon(), a.showLock)
	set := a.real.LockScreenSettings()
	a.tr.SetRegion(content.Region(set.Region).OrDefault())
	view := help.New(a.env(), lockedFamily{set}, noFamily{}, a).View()
	tip := a.tr.T("header.exit.tip", map[string]any{"Shortcut": shortcutText(quickExitShortcut)})
	exit := widgets.NewTipButton(a.tr.T("header.exit"), theme.LogoutIcon(), tip, a.quickExit)
	exit.Importance = widget.DangerImportance
	a.lock.header = []guarded{{exit, a.quickExit}} // Quick exit stays on this screen too
	top := container.NewBorder(nil, nil, back, exit)
	a.win.SetContent(widgets.WithTips(container.NewBorder(top, nil, nil, nil, view)))
}

// lockedFamily gives Get help the region kept for the lock screen.
type lockedFamily struct{ set data.Settings }

func (f lockedFamily) Settings() (data.Settings, error) { return f.set, nil }

// keepWrongTries saves the count of wrong passphrases, so a restart does
// not skip the wait. If it cannot be saved the wait still holds until the
// app closes; that is logged, not shown, on a screen that is locked.
func (a *App) keepWrongTries(n int, until time.Time) {
	if err := a.real.SetWrongTries(n, until); err != nil {
		log.Printf("family-online-safety: cannot keep the count of wrong passphrases: %v", err)
	}
}

package app

import (
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// The passphrase actions Settings offers (screens/settings/privacy.go).
// Each asks in a dialog; the slow part (Argon2id and rewriting the file)
// runs off the UI goroutine behind a "please wait".

// Encrypted reports whether the family's records have a passphrase.
func (a *App) Encrypted() bool { return a.real.Encrypted() }

// Privacy is the family's locking choices.
func (a *App) Privacy() (data.Privacy, error) { return a.real.Privacy() }

// SetIdleMinutes saves after how long without use the app locks (-1: never).
func (a *App) SetIdleMinutes(m int) {
	a.updatePrivacy(func(p *data.Privacy) { p.IdleMinutes = m })
}

func (a *App) updatePrivacy(change func(*data.Privacy)) {
	p, err := a.real.Privacy()
	if err == nil {
		change(&p)
		err = a.real.SavePrivacy(p)
	}
	a.showError(err)
}

// LockNow shows the lock screen at once.
func (a *App) LockNow() { a.lockNow() }

// AskSetPassphrase asks for a new passphrase, turns encryption on, then
// offers to remove the backups that are not encrypted.
func (a *App) AskSetPassphrase() {
	f := screens.NewPassphraseForm(a.env(), false, true)
	a.passphraseDialog(a.tr.T("privacy.set"), f, func() error {
		if err := a.real.SetPassphrase(f.New.Text); err != nil {
			return err
		}
		// An encrypted copy at once, so removing the plain ones never
		// leaves the family without a backup.
		_, err := a.real.Backup(a.now())
		return err
	}, func() {
		a.rebuildKeepingPlace()
		a.offerRemovingPlainBackups(a.tr.T("privacy.done.on"))
	})
}

// AskChangePassphrase asks for the current passphrase and a new one.
func (a *App) AskChangePassphrase() {
	f := screens.NewPassphraseForm(a.env(), true, true)
	a.passphraseDialog(a.tr.T("privacy.change"), f, func() error {
		if err := a.real.ChangePassphrase(f.Current.Text, f.New.Text); err != nil {
			return err
		}
		// A backup under the new key at once, so removing the older ones
		// never leaves the family without a backup.
		_, err := a.real.Backup(a.now())
		return err
	}, a.offerRemovingOldKeyBackups)
}

// offerRemovingOldKeyBackups says the passphrase was changed and, when
// backups from before the change are kept (the old passphrase still opens
// them), asks whether to remove them.
func (a *App) offerRemovingOldKeyBackups() {
	old, err := data.BackupsUnderOtherKey(a.dataDir, a.real.KeyRecord())
	a.offerRemovingBackups(a.tr.T("privacy.done.changed"), old, err, "privacy.oldkey")
}

// AskRemovePassphrase asks for the current passphrase, then writes the
// records back in plain text.
func (a *App) AskRemovePassphrase() {
	f := screens.NewPassphraseForm(a.env(), true, false)
	a.passphraseDialog(a.tr.T("privacy.remove"), f, func() error {
		return a.real.RemovePassphrase(f.Current.Text)
	}, func() {
		a.rebuildKeepingPlace()
		showMessage(a.dialogs(), a.tr.T("privacy.title"), a.tr.T("privacy.done.off"))
	})
}

// passphraseDialog shows f; on OK it checks f, runs work off the UI
// goroutine and then done, or shows the problem in the form. The work
// cannot be stopped once begun (it rewrites the file), so Cancel is off
// while it runs, and the form says so.
func (a *App) passphraseDialog(title string, f *screens.PassphraseForm, work func() error, done func()) {
	var d *dialog.CustomDialog
	ok := widget.NewButton(a.tr.T("privacy.ok"), nil)
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton(a.tr.T("privacy.cancel"), func() { d.Hide() })
	ok.OnTapped = func() {
		if !f.Check() {
			return
		}
		// Once started, the work goes to its end: Cancel is off until then.
		ok.Disable()
		cancel.Disable()
		f.Problem.SetText(a.tr.T("privacy.working") + " " + a.tr.T("privacy.working.nocancel"))
		a.lock.busy = true
		a.lock.run(func() {
			err := work()
			fyne.Do(func() {
				a.lock.busy = false
				ok.Enable()
				cancel.Enable()
				if err != nil {
					f.Problem.SetText(a.explain(err))
					return
				}
				d.Hide()
				done()
			})
		})
	}
	d = dialog.NewCustomWithoutButtons(title, f.View(), a.dialogs())
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	first := f.Current // the keyboard starts in the first field
	if first == nil {
		first = f.New
	}
	a.win.Canvas().Focus(first)
}

// offerRemovingPlainBackups says msg and, when backups from before the
// passphrase are still plain, asks whether to remove them.
func (a *App) offerRemovingPlainBackups(msg string) {
	plain, err := data.PlainBackups(a.dataDir)
	a.offerRemovingBackups(msg, plain, err, "privacy.plain")
}

// offerRemovingBackups says msg and, when there are backups to offer
// (listed without error), asks whether to remove them, in the words of
// keys <keys>.title and <keys>.body.
func (a *App) offerRemovingBackups(msg string, backups []data.Backup, err error, keys string) {
	if err != nil || len(backups) == 0 {
		showMessage(a.dialogs(), a.tr.T("privacy.title"), msg)
		return
	}
	body := widgets.Para(msg + "\n\n" + a.tr.N(keys+".body", len(backups)))
	n := len(backups) // "Remove it" for one, "Remove them" for more
	d := dialog.NewCustomConfirm(a.tr.N(keys+".title", n), a.tr.N("privacy.plain.remove", n), a.tr.N("privacy.plain.keep", n), body, func(remove bool) {
		if remove {
			a.showError(data.RemoveBackups(a.dataDir, backups))
			a.showKeepingPlace()
		}
	}, a.dialogs())
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// turnOnFromWelcome encrypts a new family with the passphrase chosen at
// first run, behind a "please wait".
func (a *App) turnOnFromWelcome(pass string) {
	wait := dialog.NewCustomWithoutButtons(a.tr.T("privacy.title"), widgets.Para(a.tr.T("privacy.working")), a.dialogs())
	wait.Show()
	a.lock.busy = true
	a.lock.run(func() {
		err := a.real.SetPassphrase(pass)
		fyne.Do(func() {
			a.lock.busy = false
			wait.Hide()
			a.showError(err)
			a.rebuild()
		})
	})
}

// restoreAsking restores a backup, first asking for its passphrase when it
// is encrypted and the family's own passphrase (if any) does not open it:
// a backup brought from another computer, or made before a change.
func (a *App) restoreAsking(name string) {
	_, err := data.CheckBackup(filepath.Join(data.BackupDir(a.dataDir), filepath.Base(name)), a.real.Keys())
	if !errors.Is(err, data.ErrLocked) && !errors.Is(err, data.ErrWrongPassphrase) {
		a.restore(name)
		return
	}
	f := screens.NewPassphraseForm(a.env(), true, false)
	var keys *data.Keys
	a.passphraseDialog(a.tr.T("settings.backup.restore"), f, func() error {
		keys = data.NewKeys(f.Current.Text)
		_, err := data.CheckBackup(filepath.Join(data.BackupDir(a.dataDir), filepath.Base(name)), keys)
		return err
	}, func() { a.restoreWith(name, keys) })
}

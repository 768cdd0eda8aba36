package app

import (
	"errors"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/filedlg"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// AskForgetEverything deletes everything the app keeps, once the user has
// typed the confirmation word (in their language).
func (a *App) AskForgetEverything() {
	word := a.tr.T("forget.word")
	typed := a.env().Entry()
	var d *dialog.CustomDialog
	cancel := widget.NewButton(a.tr.T("privacy.cancel"), func() { d.Hide() })
	goAhead := widget.NewButtonWithIcon(a.tr.T("forget.go"), theme.DeleteIcon(), func() {
		d.Hide()
		a.forgetEverything()
	})
	goAhead.Importance = widget.DangerImportance
	goAhead.Disable()
	typed.OnChanged = func(s string) {
		if strings.EqualFold(strings.TrimSpace(s), word) {
			goAhead.Enable()
		} else {
			goAhead.Disable()
		}
	}
	body := container.NewVBox(widgets.Para(a.tr.T("forget.confirm", map[string]any{"Word": word})), typed)
	d = dialog.NewCustomWithoutButtons(a.tr.T("forget.title"), body, a.dialogs())
	d.SetButtons([]fyne.CanvasObject{cancel, goAhead})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	a.win.Canvas().Focus(typed) // the keyboard starts in the field
}

// forgetEverything deletes the demo family and the family's file and
// backups, then says what it could not delete and closes.
func (a *App) forgetEverything() {
	a.clearClipboard()
	if a.store != a.real {
		_ = data.RemoveDemo(a.store)
		a.store = a.real
	}
	if a.folder != nil {
		a.folder.Forget()
		a.folder = nil
	}
	err := errors.Join(data.Forget(a.real), a.forgetToolkit())
	a.exited = true // nothing is left to lock or show
	a.win.SetMainMenu(nil)
	body := a.tr.T("forget.done.body")
	if err != nil {
		body = a.explain(err) + "\n\n" + body
	}
	closeApp := widget.NewButtonWithIcon(a.tr.T("forget.close"), theme.LogoutIcon(), a.exit)
	closeApp.Importance = widget.HighImportance
	a.win.SetContent(widgets.EmptyState(theme.DeleteIcon(), a.tr.T("forget.done.title"), body, closeApp))
}

// OpenSealedCopy asks for an encrypted copy of an export and its
// passphrase, and shows the text.
func (a *App) OpenSealedCopy() {
	filedlg.Open(a.dialogs(), func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			a.showError(err)
			return
		}
		_ = r.Close()
		b, err := readRegular(r.URI().Path())
		if err != nil {
			a.showError(err)
			return
		}
		a.askCopyPassphrase(b)
	})
}

func (a *App) askCopyPassphrase(b []byte) {
	pass := a.env().PasswordEntry()
	problem := widgets.Para("")
	problem.Importance = widget.DangerImportance
	body := container.NewVBox(widgets.Para(a.tr.T("export.open.pass")), pass, problem)
	var d *dialog.CustomDialog
	var open *widget.Button
	open = widget.NewButton(a.tr.T("privacy.ok"), func() {
		// Argon2id takes about a second: off the UI goroutine, one try
		// at a time.
		open.Disable()
		problem.SetText(a.tr.T("privacy.working"))
		typed := pass.Text
		a.lock.run(func() {
			text, err := data.OpenSealedText(b, typed)
			fyne.Do(func() {
				open.Enable()
				problem.SetText("")
				switch {
				case err == nil:
					d.Hide()
					a.showText(text)
				case errors.Is(err, data.ErrWrongPassphrase):
					problem.SetText(a.tr.T("error.wrong_passphrase"))
				default:
					problem.SetText(a.tr.T("export.open.bad"))
				}
			})
		})
	})
	open.Importance = widget.HighImportance
	cancel := widget.NewButton(a.tr.T("privacy.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(a.tr.T("privacy.open_copy"), body, a.dialogs())
	d.SetButtons([]fyne.CanvasObject{cancel, open})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// showText shows an opened copy, to read (and select) but not edit.
func (a *App) showText(text string) {
	view := widget.NewLabel(text)
	view.Selectable = true
	view.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(a.tr.T("privacy.open_copy"), a.tr.T("privacy.ok"), container.NewVScroll(view), a.dialogs())
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// readRegular reads a chosen file, refusing a folder, a pipe or a device
// before reading, and anything larger than a family file can be.
func readRegular(path string) ([]byte, error) {
	f, err := data.OpenRegular(path, os.O_RDONLY)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // only read
	b, err := io.ReadAll(io.LimitReader(f, sharing.MaxFileSize+1))
	if err == nil && len(b) > sharing.MaxFileSize {
		err = sharing.ErrTooLarge
	}
	return b, err
}

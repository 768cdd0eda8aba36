package screens

import (
	"errors"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/printout"
	"family-online-safety/screens/filedlg"
)

// URLOpener opens a web address or a file in the program the system
// chooses (a PDF viewer, a calendar app).
type URLOpener interface {
	OpenURL(u *url.URL) error
}

// Files saves what a screen makes (a PDF, a calendar file) where the user
// chooses, readable only by them, then opens it or offers to. Fyne has no
// print call, so printing is saving a PDF and opening it in the system's
// viewer, which prints.
type Files struct {
	Tr   Translator
	Win  fyne.Window
	Open URLOpener
	// Ask asks where to save, suggesting name, and calls chosen with the
	// path (not at all when the user cancels). Nil is Fyne's save dialog;
	// tests choose a path in a temporary folder.
	Ask func(name string, chosen func(path string))
	// Shown is the screen the window shows now, so a file saved after
	// the user moved on is said in a note, not a dialog over another
	// screen; nil: the same screen.
	Shown func() fyne.CanvasObject
	// Run does the making and writing, then done on the UI goroutine;
	// nil does the work on a goroutine and done through fyne.Do. Tests
	// run both at once, or when they choose.
	Run func(work, done func())
}

// PDFFonts are the fonts printouts are set in: the Noto Sans Fyne
// bundles, so paper looks like the screen and every language prints.
func PDFFonts() printout.Fonts {
	return printout.Fonts{Regular: theme.DefaultTextFont().Content(), Bold: theme.DefaultTextBoldFont().Content()}
}

// FileName is a suggested file name: the words the user reads, without
// the characters some systems refuse, and the extension. (One place, so
// it can follow the app's shared rule for file names.)
func FileName(words, ext string) string { return data.SafeFileName(words, ext) }

// Save asks where to save b, suggesting name, and writes it readable only
// by the user (see SaveMade).
func (f Files) Save(name string, b []byte, savedKey string, openNow bool) {
	f.SaveMade(name, func() ([]byte, error) { return b, nil }, savedKey, openNow)
}

// SaveMade asks where to save, suggesting name, then makes the file with
// make and writes it readable only by the user, off the UI goroutine,
// showing "Saving…" meanwhile. With openNow (Print) it opens the file
// then; otherwise savedKey's text says it was saved and offers to open
// it: in a dialog when the screen that asked is still shown, or in a
// note that does not block when the user has moved on.
func (f Files) SaveMade(name string, make func() ([]byte, error), savedKey string, openNow bool) {
	ask := f.Ask
	if ask == nil {
		ask = f.dialog
	}
	ask(name, func(path string) {
		here := f.shown()
		busy := widget.NewActivity()
		busy.Start()
		saving := f.popNote(container.NewHBox(busy, widget.NewLabel(f.Tr.T("print.saving", map[string]any{"File": filepath.Base(path)}))))
		var err error
		f.run(func() {
			var b []byte
			if b, err = make(); err == nil {
				err = data.WritePrivate(path, b)
			}
		}, func() {
			busy.Stop()
			saving.Hide()
			f.done(path, err, savedKey, openNow, f.shown() == here)
		})
	})
}

// done says how the save went, once the file is written (or not).
func (f Files) done(path string, err error, savedKey string, openNow, here bool) {
	switch {
	case err != nil && here:
		dialog.ShowInformation(f.Tr.T("error.title"), f.Tr.T(SaveFileProblem(err)), f.Win)
	case err != nil:
		f.popNote(widget.NewLabel(f.Tr.T(SaveFileProblem(err))))
	case openNow:
		f.open(path)
	case here:
		body := f.Tr.T(savedKey, map[string]any{"File": filepath.Base(path)})
		d := dialog.NewConfirm(f.Tr.T("print.saved.title"), body, func(yes bool) {
			if yes {
				f.open(path)
			}
		}, f.Win)
		d.SetConfirmText(f.Tr.T("print.saved.open"))
		d.SetDismissText(f.Tr.T("print.saved.close"))
		d.Show()
	default:
		var note *widget.PopUp
		open := widget.NewButton(f.Tr.T("print.saved.open"), func() { note.Hide(); f.open(path) })
		note = f.popNote(container.NewHBox(widget.NewLabel(f.Tr.T("print.saved.note", map[string]any{"File": filepath.Base(path)})), open))
	}
}

// run does work off the UI goroutine, then done on it; Run, when set,
// does it instead (tests choose when).
func (f Files) run(work, done func()) {
	if f.Run != nil {
		f.Run(work, done)
		return
	}
	go func() {
		work()
		fyne.Do(done)
	}()
}

// shown is the screen shown now (nil when the app does not say).
func (f Files) shown() fyne.CanvasObject {
	if f.Shown == nil {
		return nil
	}
	return f.Shown()
}

// popNote shows content at the foot of the window without blocking it: a
// tap elsewhere puts it away.
func (f Files) popNote(content fyne.CanvasObject) *widget.PopUp {
	c := f.Win.Canvas()
	note := widget.NewPopUp(content, c)
	size := note.MinSize()
	pad := theme.Padding()
	note.ShowAtPosition(fyne.NewPos(pad*2, c.Size().Height-size.Height-pad*2))
	return note
}

// dialog is Fyne's save dialog. The file it creates is closed at once and
// written again by WritePrivate, which narrows who may read it.
func (f Files) dialog(name string, chosen func(path string)) {
	d := filedlg.NewSave(f.Win, name, func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowInformation(f.Tr.T("error.title"), f.Tr.T("print.save.failed"), f.Win)
			return
		}
		if w == nil {
			return // cancelled
		}
		uri := w.URI()
		_ = w.Close() // only the path is used: the file is written privately below
		chosen(uri.Path())
	})
	d.Show()
}

// open shows the file in the program the system chooses for it.
func (f Files) open(path string) {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		err = f.Open.OpenURL(u)
	}
	if err != nil {
		dialog.ShowInformation(f.Tr.T("error.title"), f.Tr.T("print.open.failed"), f.Win)
	}
}

// SaveFileProblem is the message key for a file that could not be saved:
// a full disk, a folder that cannot be written, or any other reason.
func SaveFileProblem(err error) string {
	switch {
	case errors.Is(err, data.ErrNoSpace):
		return "error.no_space.export"
	case errors.Is(err, data.ErrReadOnly), errors.Is(err, data.ErrPermission):
		return "error.read_only.export"
	case errors.Is(err, data.ErrNotRegular):
		return "error.not_regular"
	}
	return "print.save.failed"
}

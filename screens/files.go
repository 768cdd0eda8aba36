package screens

import (
	"errors"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
	"family-online-safety/printout"
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
// by the user. With openNow (Print) it opens the file at once; otherwise
// savedKey's text says it was saved and offers to open it.
func (f Files) Save(name string, b []byte, savedKey string, openNow bool) {
	ask := f.Ask
	if ask == nil {
		ask = f.dialog
	}
	ask(name, func(path string) {
		if err := data.WritePrivate(path, b); err != nil {
			dialog.ShowInformation(f.Tr.T("error.title"), f.Tr.T(SaveFileProblem(err)), f.Win)
			return
		}
		if openNow {
			f.open(path)
			return
		}
		body := f.Tr.T(savedKey, map[string]any{"File": filepath.Base(path)})
		d := dialog.NewConfirm(f.Tr.T("print.saved.title"), body, func(yes bool) {
			if yes {
				f.open(path)
			}
		}, f.Win)
		d.SetConfirmText(f.Tr.T("print.saved.open"))
		d.SetDismissText(f.Tr.T("print.saved.close"))
		d.Show()
	})
}

// dialog is Fyne's save dialog. The file it creates is closed at once and
// written again by WritePrivate, which narrows who may read it.
func (f Files) dialog(name string, chosen func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
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
	}, f.Win)
	d.SetFileName(name)
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

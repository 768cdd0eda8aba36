package sharing

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/filedlg"
	"family-online-safety/screens/widgets"
)

// Card is the Settings card "Share with another carer": what a family
// file is, and the Export and Import buttons.
func (s *Sharer) Card() fyne.CanvasObject {
	tr := s.env.Tr
	export := widget.NewButtonWithIcon(tr.T("sharing.export.button"), theme.UploadIcon(), s.AskExport)
	imp := widget.NewButtonWithIcon(tr.T("sharing.import.button"), theme.DownloadIcon(), s.AskImport)
	return widgets.Card(tr.T("sharing.title"), tr.T("sharing.card.body"), container.NewHBox(export, imp))
}

// HandoverButton starts child's handover pack (Children & apps).
func (s *Sharer) HandoverButton(child data.Child) fyne.CanvasObject {
	return widget.NewButtonWithIcon(s.env.Tr.T("sharing.pack.button"), theme.UploadIcon(), func() { s.AskHandover(child) })
}

// askSave asks where to save through AskSave or Fyne's save dialog.
func (s *Sharer) askSave(name string, chosen func(path string)) {
	if s.AskSave != nil {
		s.AskSave(name, chosen)
		return
	}
	d := filedlg.NewSave(s.win, name, func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			s.tell(s.env.Tr.T("error.title"), s.env.Tr.T("sharing.error.failed"))
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		_ = w.Close() // only the path is used: the file is written privately
		chosen(path)
	})
	d.Show()
}

// askOpen asks which file to open through AskOpen or Fyne's dialog.
func (s *Sharer) askOpen(chosen func(path string)) {
	if s.AskOpen != nil {
		s.AskOpen(chosen)
		return
	}
	filedlg.Open(s.win, func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.tell(s.env.Tr.T("error.title"), s.env.Tr.T("sharing.error.failed"))
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		_ = r.Close() // read again, with the size cap, by the importer
		chosen(path)
	})
}

// tell shows a message with an OK button.
func (s *Sharer) tell(title, msg string) {
	d := dialog.NewCustom(title, s.env.Tr.T("sharing.ok"), widgets.Para(msg), s.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// buttons makes a dialog's Cancel and main buttons.
func (s *Sharer) buttons(d *dialog.CustomDialog, mainKey string, onMain func()) *widget.Button {
	main := widget.NewButton(s.env.Tr.T(mainKey), onMain)
	main.Importance = widget.HighImportance
	cancel := widget.NewButton(s.env.Tr.T("sharing.cancel"), d.Hide)
	d.SetButtons([]fyne.CanvasObject{cancel, main})
	return main
}

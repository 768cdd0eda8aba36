package settings

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// KeptLister lists what restores set aside beside the family's file
// because it could not be read whole. A lister without it shows nothing.
type KeptLister interface {
	KeptFiles() ([]data.KeptFile, error)
}

// KeptActions put a kept file back in the place of the family's data
// (asking first). Without them a kept file has no Put this back.
type KeptActions interface {
	PutBack(name string)
}

// keptCard lists the files a restore set aside, with their date and size
// and what the family can do with them; nil when there are none.
func (s *Screen) keptCard() fyne.CanvasObject {
	lister, ok := s.backups.(KeptLister)
	if !ok {
		return nil
	}
	list, err := lister.KeptFiles()
	if err != nil || len(list) == 0 {
		return nil
	}
	rows := container.NewVBox()
	for _, k := range list {
		row := widget.NewLabel(s.tr.T("settings.kept.row", map[string]any{
			"Date": screens.FormatDate(s.tr, k.Taken), "Time": k.Taken.Format(time.TimeOnly),
			"KB": (k.Size + 1023) / 1024, "Name": k.Name}))
		row.Wrapping = fyne.TextWrapWord
		var back fyne.CanvasObject
		if act, ok := s.actions.(KeptActions); ok && k.Size > 0 { // a file, not a folder or a device
			name := k.Name
			back = widget.NewButtonWithIcon(s.tr.T("settings.kept.put_back"), theme.HistoryIcon(), func() { act.PutBack(name) })
		}
		rows.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), back, row))
	}
	open := widget.NewButtonWithIcon(s.tr.T("settings.open_folder"), theme.FolderOpenIcon(), s.actions.OpenDataFolder)
	body := widgets.Para(s.tr.T("settings.kept.body"))
	return widget.NewCard(s.tr.T("settings.kept.title"), "", container.NewVBox(body, rows, container.NewHBox(open)))
}

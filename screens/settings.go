package screens

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// SettingsActions are the app-wide changes the Settings screen asks for.
type SettingsActions interface {
	SetLanguage(code string)
	SetRegion(region content.Region)
	OpenDataFolder()
	RemoveDemo()
	BackupNow()
	RestoreBackup(name string) // asks first
}

// BackupLister lists the saved copies of the family's data.
type BackupLister interface {
	Backups() ([]data.Backup, error)
}

// Settings is the screen for language, region and where data is kept.
type Settings struct {
	tr       Translator
	settings SettingsReader
	backups  BackupLister
	actions  SettingsActions
	dataDir  string

	language *widget.Select
	region   *widget.Select
}

// NewSettings builds the Settings screen.
func NewSettings(tr Translator, settings SettingsReader, backups BackupLister, actions SettingsActions, dataDir string) *Settings {
	return &Settings{tr: tr, settings: settings, backups: backups, actions: actions, dataDir: dataDir}
}

// View renders the screen.
func (s *Settings) View() fyne.CanvasObject {
	set, err := s.settings.Settings()
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), err.Error(), nil)
	}
	s.language = LanguageSelect(set.Language, s.actions.SetLanguage)
	s.region = RegionSelect(s.tr, content.Region(set.Region), s.actions.SetRegion)

	folder := widget.NewLabel(s.dataDir)
	folder.Selectable = true
	folder.Wrapping = fyne.TextWrapBreak
	open := widget.NewButtonWithIcon(s.tr.T("settings.open_folder"), theme.FolderOpenIcon(), s.actions.OpenDataFolder)

	items := []fyne.CanvasObject{
		widgets.Heading(s.tr.T("nav.settings")),
		widget.NewForm(
			widget.NewFormItem(s.tr.T("settings.language"), s.language),
			widget.NewFormItem(s.tr.T("settings.region"), s.region),
		),
		widget.NewCard(s.tr.T("settings.data.title"), s.tr.T("settings.data.private"),
			container.NewVBox(folder, container.NewHBox(open))),
	}
	if !set.Demo {
		items = append(items, s.backupCard())
	}
	if set.Demo {
		remove := widget.NewButtonWithIcon(s.tr.T("demo.remove"), theme.DeleteIcon(), s.actions.RemoveDemo)
		remove.Importance = widget.DangerImportance
		items = append(items, widget.NewCard(s.tr.T("demo.title"), s.tr.T("demo.body"), container.NewHBox(remove)))
	}
	return widgets.Page(items...)
}

// backupCard lists the daily copies, newest first, each with Restore.
func (s *Settings) backupCard() fyne.CanvasObject {
	now := widget.NewButtonWithIcon(s.tr.T("settings.backup.now"), theme.DocumentSaveIcon(), s.actions.BackupNow)
	rows := container.NewVBox()
	list, err := s.backups.Backups()
	switch {
	case err != nil:
		rows.Add(widgets.Para(err.Error()))
	case len(list) == 0:
		rows.Add(widgets.Para(s.tr.T("settings.backup.none")))
	}
	for _, b := range list {
		name := b.Name
		when := widget.NewLabel(s.tr.T("settings.backup.row", map[string]any{
			"Date": b.Taken.Format(time.DateOnly), "Time": b.Taken.Format(time.TimeOnly), "KB": (b.Size + 1023) / 1024}))
		restore := widget.NewButtonWithIcon(s.tr.T("settings.backup.restore"), theme.HistoryIcon(), func() { s.actions.RestoreBackup(name) })
		rows.Add(container.NewBorder(nil, nil, nil, restore, when))
	}
	return widget.NewCard(s.tr.T("settings.backup.title"), s.tr.T("settings.backup.body", map[string]any{"Kept": data.BackupsKept}),
		container.NewVBox(rows, container.NewHBox(now)))
}

// LanguageSelect lists the languages in their own names; picking one calls
// changed with its code.
func LanguageSelect(current string, changed func(code string)) *widget.Select {
	var names []string
	for _, l := range translations.Languages {
		names = append(names, l.Name)
	}
	sel := widget.NewSelect(names, nil)
	for _, l := range translations.Languages {
		if l.Code == current {
			sel.SetSelected(l.Name)
		}
	}
	if sel.Selected == "" {
		sel.SetSelected(names[0])
	}
	sel.OnChanged = func(name string) {
		for _, l := range translations.Languages {
			if l.Name == name && l.Code != current {
				current = l.Code
				changed(l.Code)
			}
		}
	}
	return sel
}

// RegionSelect lists the regions the help screen knows.
func RegionSelect(tr Translator, current content.Region, changed func(content.Region)) *widget.Select {
	var names []string
	for _, r := range content.Regions {
		names = append(names, tr.T(content.RegionKey(r)))
	}
	sel := widget.NewSelect(names, nil)
	if current == "" {
		current = content.DefaultRegion
	}
	for i, r := range content.Regions {
		if r == current {
			sel.SetSelected(names[i])
		}
	}
	sel.OnChanged = func(name string) {
		for i, r := range content.Regions {
			if names[i] == name && r != current {
				current = r
				changed(r)
			}
		}
	}
	return sel
}

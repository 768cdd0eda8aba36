package settings

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// Screen is the screen for language, region and where data is kept.
type Screen struct {
	tr       screens.Translator
	settings SettingsReader
	backups  BackupLister
	actions  Actions
	dataDir  string

	language *widget.Select
	region   *widget.Select
	cards    []fyne.CanvasObject // other features' cards (WithCards)
}

// WithCards adds other features' cards (sharing with another carer),
// shown for the real family only.
func (s *Screen) WithCards(cards ...fyne.CanvasObject) *Screen {
	s.cards = append(s.cards, cards...)
	return s
}

// New builds the Settings screen. backups lists the real family's copies
// (the demo family has none); dataDir is shown so it can be found.
func New(env screens.Env, settings SettingsReader, backups BackupLister, actions Actions, dataDir string) *Screen {
	return &Screen{tr: env.Tr, settings: settings, backups: backups, actions: actions, dataDir: dataDir}
}

// View renders the screen.
func (s *Screen) View() fyne.CanvasObject {
	set, err := s.settings.Settings()
	if err != nil {
		return widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.load"), screens.LoadProblem(s.tr, err), nil)
	}
	s.language = screens.LanguageSelect(set.Language, s.actions.SetLanguage)
	s.region = screens.RegionSelect(s.tr, content.Region(set.Region), s.actions.SetRegion)

	folder := widget.NewLabel(s.dataDir)
	folder.Wrapping = fyne.TextWrapBreak
	open := widget.NewButtonWithIcon(s.tr.T("settings.open_folder"), theme.FolderOpenIcon(), s.actions.OpenDataFolder)

	form := widgets.NewForm(
		widget.NewFormItem(s.tr.T("settings.language"), s.language),
		widget.NewFormItem(s.tr.T("settings.region"), s.region),
	)
	items := []fyne.CanvasObject{widgets.Heading(s.tr.T("nav.settings")), form}
	if school := s.schoolSelect(set); school != nil {
		form.Append(s.tr.T("settings.school"), school)
		items = append(items, widgets.Para(s.tr.T("settings.school.help")))
	}
	items = append(items, widgets.Card(s.tr.T("settings.data.title"), s.tr.T("settings.data.private"),
		container.NewVBox(folder, container.NewHBox(open, s.copyFolder()))))
	items = append(items, s.displayCard())
	if !set.Demo {
		items = append(items, s.backupCard())
		if kept := s.keptCard(); kept != nil {
			items = append(items, kept)
		}
		items = append(items, s.cards...)
	}
	if p, ok := s.actions.(PrivacyActions); ok && !set.Demo {
		items = append(items, s.privacyCards(p)...)
	}
	if f, ok := s.actions.(FolderSection); ok && !set.Demo {
		items = append(items, f.FolderSection())
	}
	if set.Demo {
		remove := widget.NewButtonWithIcon(s.tr.T("demo.remove"), theme.DeleteIcon(), s.actions.RemoveDemo)
		remove.Importance = widget.DangerImportance
		items = append(items, widget.NewCard(s.tr.T("demo.title"), "", container.NewVBox(widgets.Para(s.tr.T("demo.body")), container.NewHBox(remove))))
	}
	return widgets.Page(items...)
}

// backupCard lists the daily copies, newest first, each with Restore.
func (s *Screen) backupCard() fyne.CanvasObject {
	now := widget.NewButtonWithIcon(s.tr.T("settings.backup.now"), theme.DocumentSaveIcon(), s.actions.BackupNow)
	rows := container.NewVBox()
	list, err := s.backups.CheckedBackups()
	switch {
	case err != nil:
		rows.Add(widgets.Para(screens.LoadProblem(s.tr, err)))
	case len(list) == 0:
		rows.Add(widgets.Para(s.tr.T("settings.backup.none")))
	}
	for _, b := range list {
		name := b.Name
		when := widget.NewLabel(s.tr.T("settings.backup.row", map[string]any{
			"Date": screens.FormatDate(s.tr, b.Taken), "Time": b.Taken.Format(time.TimeOnly), "KB": (b.Size + 1023) / 1024}))
		if b.Kind == data.BackupBeforeRemoval { // outside the rotation: said so
			when.SetText(s.tr.T("settings.backup.removal", map[string]any{"Row": when.Text, "Days": data.KeepRemovalBackups,
				"Until": screens.FormatDate(s.tr, b.Taken.AddDate(0, 0, data.KeepRemovalBackups))}))
			when.Wrapping = fyne.TextWrapWord
		}
		if b.Damaged { // never offered as good: said so, and no Restore
			when.SetText(s.tr.T("settings.backup.damaged", map[string]any{"Row": when.Text}))
			when.Importance = widget.WarningImportance
			when.Wrapping = fyne.TextWrapWord
			rows.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, when))
			continue
		}
		restore := widget.NewButtonWithIcon(s.tr.T("settings.backup.restore"), theme.HistoryIcon(), func() { s.actions.RestoreBackup(name) })
		rows.Add(container.NewBorder(nil, nil, nil, restore, when))
	}
	body := widgets.Para(s.tr.T("settings.backup.body", map[string]any{"Kept": data.BackupsKept})) // wraps, never widening the window
	return widget.NewCard(s.tr.T("settings.backup.title"), "", container.NewVBox(body, rows, container.NewHBox(now)))
}

// schoolSelect chooses the UK nation whose school years the reminders
// follow; nil outside the UK or without the action.
func (s *Screen) schoolSelect(set data.Settings) *widget.Select {
	act, ok := s.actions.(SchoolActions)
	if !ok || content.Region(set.Region).OrDefault() != content.RegionUK {
		return nil
	}
	nations := append([]content.Nation{content.NationNone}, content.Nations...)
	labels := make([]string, len(nations))
	for i, n := range nations {
		labels[i] = s.tr.T(content.NationKey(n))
		if n == content.NationNone {
			labels[i] = s.tr.T("settings.school.none")
		}
	}
	sel := widget.NewSelect(labels, nil)
	for i, n := range nations {
		if string(n) == set.SchoolNation {
			sel.SetSelectedIndex(i)
		}
	}
	sel.OnChanged = func(string) {
		if i := sel.SelectedIndex(); i >= 0 {
			act.SetSchoolNation(nations[i])
		}
	}
	return sel
}

// copyFolder copies the data folder's path, when the app can copy (the
// path is plain text: Fyne's selectable label is a Tab stop that shows
// no focus); nil otherwise.
func (s *Screen) copyFolder() fyne.CanvasObject {
	c, ok := s.actions.(screens.Copier)
	if !ok {
		return layout.NewSpacer()
	}
	var b *widget.Button
	b = widget.NewButtonWithIcon(s.tr.T("settings.copy_folder"), theme.ContentCopyIcon(), func() {
		c.Copy(s.dataDir)
		b.SetIcon(theme.ConfirmIcon())
	})
	return b
}

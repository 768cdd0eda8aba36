package app

import (
	"time"

	"fyne.io/fyne/v2/dialog"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// PutBack asks, then puts a file a restore set aside back in the place of
// the family's data. What is there now is kept as a backup first.
func (a *App) PutBack(name string) {
	if a.store != a.real {
		return
	}
	var taken time.Time
	if kept, err := a.real.KeptFiles(); err == nil {
		for _, k := range kept {
			if k.Name == name {
				taken = k.Taken
			}
		}
	}
	body := a.tr.T("settings.kept.confirm.body", map[string]any{"Date": screens.FormatDate(a.tr, taken), "Time": taken.Format(time.TimeOnly)})
	dialog.ShowConfirm(a.tr.T("settings.kept.confirm.title"), body, func(ok bool) {
		if ok {
			keys := a.real.Keys()
			a.replaceFamily(keys, "settings.kept.done", func() error { return data.PutBack(a.dataDir, name, a.now(), keys) })
		}
	}, a.dialogs())
}

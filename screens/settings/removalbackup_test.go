package settings_test

import (
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/settings"
)

type listed []data.Backup

func (l listed) CheckedBackups() ([]data.Backup, error) { return l, nil }

// The backup made before another home's file removed something says it
// is kept 30 days, until when, beside the usual rotation; the others
// do not.
func TestTheBackupBeforeARemovalSaysItIsKeptAMonth(t *testing.T) {
	taken := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang))
			list := listed{{Name: "a", Taken: taken, Size: 2048, Kind: data.BackupBeforeRemoval},
				{Name: "b", Taken: taken.Add(-time.Hour), Size: 2048, Kind: data.BackupDaily}}
			h.Show(settings.New(h.Env(), h.Store, list, h.Actions, h.Store.Dir()).View())
			kept := func(b data.Backup) string {
				row := h.Tr.T("settings.backup.row", map[string]any{"Date": screens.FormatDate(h.Tr, b.Taken),
					"Time": b.Taken.Format(time.TimeOnly), "KB": 2})
				return h.Tr.T("settings.backup.removal", map[string]any{"Row": row, "Days": data.KeepRemovalBackups,
					"Until": screens.FormatDate(h.Tr, b.Taken.AddDate(0, 0, 30))})
			}
			h.Shows(kept(list[0]))
			if screentest.HasText(h.Root(), kept(list[1])) {
				t.Error("a daily backup says it is kept a month")
			}
		})
	}
}

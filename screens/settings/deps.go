// Package settings is the Settings screen: language, region, where the
// data is kept, backups, and removing the demo family.
package settings

import (
	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
)

// Actions are the app-wide changes the Settings screen asks for.
type Actions interface {
	SetLanguage(code string)
	SetRegion(region content.Region)
	OpenDataFolder()
	RemoveDemo()
	BackupNow()
	RestoreBackup(name string) // asks first
	DisplayActions
}

// SchoolActions choose the UK nation whose school years Home's reminders
// follow. The app's actions have it; a caller without it shows no choice.
type SchoolActions interface {
	SetSchoolNation(n content.Nation)
}

// BackupLister lists the saved copies of the family's data.
type BackupLister interface {
	Backups() ([]data.Backup, error)
}

// SettingsReader reads the family's app settings.
type SettingsReader = screens.SettingsReader

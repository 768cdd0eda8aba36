package data

import "time"

// importBackupSpan is how long a before-import backup stands for the
// changes taken in after it, while nothing is changed on this computer.
const importBackupSpan = 24 * time.Hour

// importBackupCovers reports whether the newest before-import backup
// still stands for the family before this import: it is less than a day
// old and since then only changes taken in from another home were made
// (no record changed on this computer). A shared folder takes in one
// file per change made in the other home; one backup before a run of
// them is enough to go back, and seven of them would otherwise push out
// the backups from before the run.
func (s *Store) importBackupCovers() bool {
	list, err := s.Backups()
	if err != nil {
		return false
	}
	now := s.now()
	var newest *Backup
	for i := range list {
		b := &list[i]
		if (b.Kind == BackupImport || b.Kind == BackupBeforeRemoval) && !b.Taken.After(now) &&
			(newest == nil || b.Taken.After(newest.Taken)) {
			newest = b
		}
	}
	if newest == nil || now.Sub(newest.Taken) >= importBackupSpan {
		return false
	}
	stamps, err := s.Stamps()
	if err != nil {
		return false
	}
	me := s.DeviceID()
	for _, st := range stamps {
		if st.Device == me && !st.Changed.Before(newest.Taken) {
			return false // changed here since
		}
	}
	return true
}

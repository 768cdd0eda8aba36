package sharing_test

import (
	"testing"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
)

// After Stop syncing in a family with no passphrase of its own, Settings
// says the backups made while syncing still hold the sync passphrase and
// offers to remove them: those go, a backup from before syncing stays.
func TestStopSyncingOffersToRemoveTheBackupsThatHoldItsPassphrase(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			var before data.Backup
			h, _ := startSyncing(t, t.TempDir(), screentest.Lang(lang), screentest.Prepare(func(s *data.Store) {
				var err error
				before, err = s.Backup(folderDay)
				datatest.Must(t, err)
			}))
			during, err := h.Store.Backup(folderDay.Add(1))
			datatest.Must(t, err)
			if held, _ := h.Store.BackupsHolding(folderPass); len(held) != 1 || held[0].Name != during.Name {
				t.Fatalf("backups holding the passphrase %+v, want only the one made while syncing", held)
			}
			h.Tap(h.Tr.T("folder.stop"))
			h.Shows(h.Tr.N("folder.backups_hold", 1))
			h.Tap(h.Tr.N("folder.backups_remove", 1))
			left, err := h.Store.Backups()
			datatest.Must(t, err)
			if len(left) != 1 || left[0].Name != before.Name {
				t.Fatalf("backups left %+v, want only the one from before syncing", left)
			}
			if screentest.HasText(h.Root(), h.Tr.N("folder.backups_hold", 1)) {
				t.Error("the line is still there after removing them")
			}
		})
	}
}

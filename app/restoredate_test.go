package app

import (
	"strings"
	"testing"
	"time"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// A family behind a passphrase names its backups without a date (the
// date is the file's own time). Restore… on such a copy says when it was
// made, as the list does, so the carer knows which copy comes back.
func TestTheRestoreQuestionSaysWhenAnUndatedCopyWasMade(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	must(t, h.store.SetPassphrase(testPass))
	b, err := h.store.Backup(time.Now())
	must(t, err)
	if !strings.HasPrefix(b.Name, "backup-x-") {
		t.Fatalf("backup %q is named with its date", b.Name)
	}
	var taken time.Time
	list, err := h.store.Backups()
	must(t, err)
	for _, l := range list {
		if l.Name == b.Name {
			taken = l.Taken
		}
	}
	if taken.IsZero() {
		t.Fatalf("the list %+v has no date for %s", list, b.Name)
	}
	h.app.Show(screens.SettingsID)
	h.app.RestoreBackup(b.Name)
	screentest.MustHaveText(t, h.top(), h.app.tr.T("settings.backup.confirm.body", map[string]any{
		"Date": screens.FormatDate(h.app.tr, taken), "Time": taken.Format(time.TimeOnly)}))
	if strings.Contains(strings.Join(screentest.Texts(h.top()), " "), " on  at ") {
		t.Fatalf("no date in %q", screentest.Texts(h.top()))
	}
}

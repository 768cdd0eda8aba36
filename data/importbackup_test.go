package data

import (
	"fmt"
	"testing"
	"time"
)

// Changes taken in one after another, with nothing changed here between,
// make one before-import backup, not one each; a change made here starts
// a new one; and before-import backups count against the rotation
// (BackupsKept of them), never pushing out the daily ones.
func TestBeforeImportBackupsAreOnePerRunAndRotate(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	clock := shareDay.Add(5 * time.Hour)
	if _, err := a.backup(clock, BackupDaily); err != nil {
		t.Fatal(err)
	}
	step := func(local bool) {
		t.Helper()
		clock = clock.Add(time.Minute)
		a.SetClock(at(clock))
		b.SetClock(at(clock.Add(time.Second)))
		if local {
			if _, err := a.AddItem(ListPromises, fmt.Sprintf("Promise %d", clock.Unix())); err != nil {
				t.Fatal(err)
			}
		}
		contacts, _ := b.Contacts()
		contacts[0].Notes = clock.String()
		if err := b.UpdateContact(contacts[0]); err != nil {
			t.Fatal(err)
		}
		clock = clock.Add(time.Minute)
		a.SetClock(at(clock))
		if _, err := a.ApplyShared(sealedFile(t, b), ImportMerge, nil); err != nil {
			t.Fatal(err)
		}
	}
	count := func(kind BackupKind) int {
		list, _ := a.Backups()
		n := 0
		for _, bk := range list {
			if bk.Kind == kind {
				n++
			}
		}
		return n
	}
	for range 10 {
		step(false)
	}
	if n := count(BackupImport); n != 1 {
		t.Fatalf("%d before-import backups after ten changes taken in, nothing changed here; want 1", n)
	}
	step(true)
	if n := count(BackupImport); n != 2 {
		t.Fatalf("%d before-import backups after a change made here; want 2", n)
	}
	for range 10 {
		step(true)
	}
	if n, daily := count(BackupImport), count(BackupDaily); n != BackupsKept || daily != 1 {
		t.Fatalf("%d before-import and %d daily backups, want %d and the daily one kept", n, daily, BackupsKept)
	}
	clock = clock.Add(importBackupSpan)
	step(false)
	list, _ := a.Backups()
	if newest := list[0]; newest.Kind != BackupImport || !newest.Taken.After(clock.Add(-time.Hour)) {
		t.Fatalf("newest backup %+v: want a new before-import one after a day", newest)
	}
}

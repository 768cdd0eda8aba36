package app

import (
	"bytes"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
)

// A family file changed outside the app (a child's record deleted while
// it was closed) is not opened: the passphrase brings the recovery window,
// which says in plain words that the records were changed and opens the
// newest good backup, with the child back.
func TestAChangedFileOffersTheNewestGoodBackup(t *testing.T) {
	dir := t.TempDir()
	s, err := data.Open(dir, datatest.Options(t, nil))
	must(t, err)
	onboarded(s)
	withChild("Amira")(s)
	withChild("Bryn")(s)
	must(t, s.SetPassphrase(testPass))
	must1(t)(s.Backup(time.Now()))
	path := s.Path()
	closeOK(t, s)
	db, err := bbolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, db.Update(func(tx *bbolt.Tx) error {
		k, _ := tx.Bucket([]byte("children")).Cursor().First() // a keyed hash: one of the two
		return tx.Bucket([]byte("children")).Delete(bytes.Clone(k))
	}))
	closeOK(t, db)

	h := newHarnessIn(t, dir)
	h.typePass(testPass)
	h.shows(h.app.tr.T("recovery.tampered"))
	h.tap(h.app.tr.T("recovery.newest"))
	h.shows("Amira")
	if h.app.real.Locked() || !h.app.real.Encrypted() {
		t.Fatal("the backup is not open and encrypted")
	}
}

package data

import (
	"path/filepath"
	"testing"
)

// Opening trusts a record's checksum instead of decoding it again; a
// record written before checksums existed is still decoded in full, so
// one that does not read as its type is counted, and one that does is
// shown.
func TestOpenCountsAnUnreadableRecordWithoutAChecksum(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	addKid(t, s, "Amira")
	_ = s.Close()
	rawUpdate(t, filepath.Join(dir, FileName), func(tx txn) error {
		b := tx.Bucket(bucketChildren)
		if err := b.Put(ID(90).key(), []byte(`{"v":1,"d":{"id":90,"name":"Leo","birth_year":2017,"birth_month":1}}`)); err != nil {
			return err
		}
		return b.Put(ID(91).key(), []byte(`{"v":1,"d":{"id":91,"name":["not","a","name"]}}`))
	})
	s, err = Open(dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = s.Close() }()
	if s.Unreadable() != 1 {
		t.Fatalf("%d unreadable records counted, want 1 (the one without a checksum that is not a child)", s.Unreadable())
	}
	if got := names(t, s); got != "Amira,Leo" {
		t.Fatalf("children shown: %q", got)
	}
}

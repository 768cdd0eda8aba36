package data

import (
	"bytes"
	"log"
	"slices"
)

// missingAgreement notes the agreement as damaged when its record is gone
// but the file shows there was one: signed versions kept in its history,
// the history's counter, or the record's change stamp. A family that
// never wrote an agreement has none of these.
func (c *Contents) missingAgreement(tx txn) {
	b := tx.Bucket(bucketAgreement)
	if b == nil || b.Get(keyAgreement) != nil || slices.Contains(c.Damaged, "agreement") {
		return // there, or already counted (a damaged key reads as a damaged agreement)
	}
	was := b.Get(keyHistorySeqKey) != nil
	if k, _ := b.Cursor().Seek(prefixHistory); k != nil && bytes.HasPrefix(k, prefixHistory) {
		was = true
	}
	if st := tx.Bucket(bucketStamps); st != nil && st.Get(stampKey(bucketAgreement, keyAgreement)) != nil {
		was = true
	}
	if was {
		c.Unreadable++
		c.Damaged = noteDamaged(c.Damaged, "agreement")
		log.Printf("data: the agreement's record is missing; its history is still there")
	}
}

// agreedOn notes when the agreement was signed, for the list of backups
// ("3 children, agreement signed 20/11/2026").
func (c *Contents) agreedOn(tx txn, sl *sealer) {
	b := tx.Bucket(bucketAgreement)
	if b == nil {
		return
	}
	var a Agreement
	if v := b.Get(keyAgreement); v != nil && decodeAt(sl, bucketAgreement, keyAgreement, v, &a) == nil {
		c.AgreedOn = a.AgreedOn()
	}
}

package data

import (
	"bytes"
	"strings"
	"time"
)

// A change that takes the agreement back to the version everyone signed
// (an Undo right after a deletion, a word typed and taken out again)
// makes it that signed version again: its signatures come back, "changed
// since it was signed" goes, and the copy the change had put in the
// history is taken out of it.

// backToSigned gives a the signatures of the newest version in the
// history when a, changed since it was signed, now holds the same terms
// again.
func backToSigned(tx txn, a *Agreement) error {
	if a.Signed() || a.ChangedAt.IsZero() {
		return nil
	}
	key, last, err := newestSigned(tx)
	if err != nil || key == nil || !last.ChangedAt.Equal(a.ChangedAt) {
		return err
	}
	now, err := terms(*a)
	if err != nil {
		return err
	}
	then, err := terms(last.Agreement)
	if err != nil || !bytes.Equal(now, then) {
		return err
	}
	a.Signatures = last.Agreement.Signatures
	a.ChangedAt = time.Time{}
	return tx.Bucket(bucketAgreement).Delete(key)
}

// terms encodes what the family agreed to, without who signed it, when
// it last changed or what can be undone.
func terms(a Agreement) ([]byte, error) {
	a.Signatures, a.ChangedAt, a.Undo, a.LastID = nil, time.Time{}, nil, 0
	return encode(a)
}

// newestSigned is the newest version in the history and its key (nil
// when the history is empty).
func newestSigned(tx txn) ([]byte, AgreementVersion, error) {
	var ver AgreementVersion
	sl, err := sealerOf(tx)
	if err != nil {
		return nil, ver, err
	}
	var key, val []byte
	c := tx.Bucket(bucketAgreement).Cursor()
	for k, v := c.Seek(prefixHistory); k != nil && strings.HasPrefix(string(k), string(prefixHistory)); k, v = c.Next() {
		key, val = k, v
	}
	if key == nil {
		return nil, ver, nil
	}
	key = bytes.Clone(key)
	return key, ver, decodeAt(sl, bucketAgreement, key, val, &ver)
}

package data

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"go.etcd.io/bbolt"
	"golang.org/x/crypto/chacha20poly1305"
)

// Turning the passphrase on or off rewrites every record into a new file,
// which is synced and then renamed over the old one. Killed at any moment,
// the app reopens either the old file (and removes the half-written new
// one as a leftover) or the new one, never a mix. The lock is kept
// throughout, as in compact.go. Writing a new file also means no plain
// copy of a record is left in a freed page of the encrypted one.

// SetPassphrase turns encryption on: every record is sealed under a new
// random data key wrapped by passphrase. The store is unlocked afterwards.
func (s *Store) SetPassphrase(passphrase string) error {
	if passphrase == "" {
		return fmt.Errorf("%w: an empty passphrase", ErrInvalid)
	}
	if !KnownKDF(s.opts.KDF) {
		return fmt.Errorf("%w: a key derivation cost the app does not read", ErrInvalid)
	}
	if s.Encrypted() {
		return fmt.Errorf("%w: the family's data already has a passphrase", ErrInvalid)
	}
	dk := make([]byte, chacha20poly1305.KeySize)
	rand.Read(dk)
	rec, err := wrapKey([]byte(passphrase), dk, s.opts.KDF)
	if err != nil {
		return err
	}
	to, err := newHashingSealer(dk)
	if err != nil {
		return err
	}
	if err := s.rewrite(to, rec); err != nil {
		return err
	}
	keys := NewKeys(passphrase)
	keys.remember(rec, dk)
	s.keys = keys
	s.keepLockPrefs()
	return nil
}

// KeepProtected seals the family again with the passphrase of keys (the
// family's, kept from before a restore) when the file in place is plain:
// restoring a backup made before the passphrase was set must not turn the
// protection off. Nothing is done when keys is nil or the file is sealed.
func (s *Store) KeepProtected(keys *Keys) error {
	if keys == nil || s.Encrypted() {
		return nil
	}
	return s.SetPassphrase(string(keys.pass))
}

// RemovePassphrase turns encryption off after checking the passphrase:
// every record is written back in plain text.
func (s *Store) RemovePassphrase(passphrase string) error {
	if s.Locked() {
		return ErrLocked
	}
	if err := s.CheckPassphrase(passphrase); err != nil {
		return err
	}
	if err := s.rewrite(nil, nil); err != nil {
		return err
	}
	s.keys = nil
	return nil
}

// rewrite copies the file into a new one, each record sealed with to (nil:
// plain) and the key record rec (nil: none), then puts it in place. An
// encrypted file is checked against its manifest first, in the same read:
// the new manifest must never seal a tampered file as clean.
func (s *Store) rewrite(to *sealer, rec []byte) error {
	from := sealerOfDB(s.db)
	tmp, err := os.CreateTemp(s.Dir(), tempReseal+"*.db")
	if err != nil {
		return fileError("writing in the data folder", err, true)
	}
	tmpPath := tmp.Name()
	_ = tmp.Close()
	defer func() { _ = os.Remove(tmpPath) }() // a no-op once renamed
	bdb, err := bbolt.Open(tmpPath, 0o600, &bbolt.Options{Timeout: openTimeout})
	if err != nil {
		return SaveError(err)
	}
	dst := newBoltFile(bdb, s.db.now)
	err = s.db.View(func(src txn) error {
		if from != nil {
			if err := checkManifest(src, from); err != nil {
				return err
			}
		}
		return dst.Update(func(out txn) error {
			if err := copyResealed(src, out, from, to, rec); err != nil || to == nil {
				return err
			}
			return writeManifest(out, to)
		})
	})
	if err == nil {
		err = dst.Sync()
	}
	if err == nil {
		err = os.Rename(tmpPath, s.path)
	}
	if err != nil {
		_ = dst.Close()
		if errors.Is(err, ErrNotDatabase) { // tampered or unreadable: say so
			return err
		}
		return SaveError(err)
	}
	_ = syncDir(s.Dir())
	if to != nil {
		attachSealer(dst, to)
	}
	detachSealer(s.db) // swap must not carry the old key over
	return s.swap(dst)
}

// copyResealed copies every bucket with its sequence. Meta is copied as
// it is, but for the key record and its sealed records; every record
// elsewhere is opened with
// from and sealed with to, under a hashed key when to hashes them
// (keyhash.go). A record that cannot be read is left out (it
// was already skipped everywhere): copying it could leave plain text in
// an encrypted file.
func copyResealed(src, out txn, from, to *sealer, rec []byte) error {
	out.names = newKeyNames(to)
	return src.Tx.ForEach(func(name []byte, raw *bbolt.Bucket) error {
		b := src.wrap(name, raw)
		nb, err := out.CreateBucket(name)
		if err != nil {
			return err
		}
		if err := nb.SetSequence(b.Sequence()); err != nil {
			return err
		}
		if bytes.Equal(name, bucketMeta) {
			if rec != nil {
				if err := nb.Put(keyCrypt, rec); err != nil {
					return err
				}
			}
			return copyMeta(b, nb, from, to, rec != nil)
		}
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				return fmt.Errorf("%w: a folder where a record should be in %s", ErrNotDatabase, name)
			}
			v, ok := reseal(from, to, name, k, v)
			if !ok {
				return fmt.Errorf("%w: a record in %s cannot be read", ErrNotDatabase, name)
			}
			return nb.Put(k, v)
		})
	})
}

// metaRecords are the meta bucket's records that go through the codec
// (sealed in an encrypted file), not plain values.
var metaRecords = [][]byte{keyAgreementAnswers, keyAgreementItemBases, keyAgreementSealed, keyAgreementBase, keyRefusedFloods, keyOutsideAdds, keyAddedContacts}

// copyMeta copies the meta bucket but for the key record and the
// manifest (and, for a plain file, the lock screen's copies), its records
// sealed again for the new file.
func copyMeta(b, nb *bucket, from, to *sealer, sealed bool) error {
	return b.ForEach(func(k, v []byte) error {
		if v == nil || bytes.Equal(k, keyCrypt) || bytes.Equal(k, keyManifest) || (!sealed && (bytes.Equal(k, keyLockPrefs) || bytes.Equal(k, keyUnlockTries))) {
			return nil
		}
		if slices.ContainsFunc(metaRecords, func(r []byte) bool { return bytes.Equal(r, k) }) {
			var ok bool
			if v, ok = reseal(from, to, bucketMeta, k, v); !ok {
				return nil // read as none everywhere: sharing's notes start again
			}
		}
		return nb.Put(k, v)
	})
}

// reseal re-encodes one stored value for its new file.
func reseal(from, to *sealer, bucket, key, v []byte) ([]byte, bool) {
	if recordFor(bucket, key) == nil { // a raw counter
		return v, len(v) == 8
	}
	var d json.RawMessage
	if err := decodeAt(from, bucket, key, v, &d); err != nil {
		return nil, false
	}
	b, err := encodeAt(to, bucket, key, d)
	return b, err == nil
}

// PlainBackups lists the backups of dataDir that are not encrypted (made
// before the passphrase was set), newest first, so the user can be asked
// whether to remove them.
func PlainBackups(dataDir string) ([]Backup, error) {
	list, err := ListBackups(dataDir)
	if err != nil {
		return nil, err
	}
	var out []Backup
	for _, b := range list {
		if !backupSealed(filepath.Join(BackupDir(dataDir), b.Name)) {
			out = append(out, b)
		}
	}
	return out, nil
}

// BackupsUnderOtherKey lists the backups of dataDir that do not hold the
// key record rec (the family file's now): made before the passphrase was
// changed (the old passphrase still opens them) or before it was set.
// Newest first, so the user can be asked whether to remove them.
func BackupsUnderOtherKey(dataDir string, rec []byte) ([]Backup, error) {
	list, err := ListBackups(dataDir)
	if err != nil {
		return nil, err
	}
	var out []Backup
	for _, b := range list {
		if other := backupKeyRecord(filepath.Join(BackupDir(dataDir), b.Name)); other == nil || keyID(other) != keyID(rec) {
			out = append(out, b)
		}
	}
	return out, nil
}

// backupKeyRecord is a backup's wrapped data key (nil: none, or a copy
// that cannot be read).
func backupKeyRecord(path string) []byte {
	db, _, err := openChecked(path, true, nil, nil)
	if err != nil {
		return nil
	}
	defer func() { _ = closeDB(db) }()
	var rec []byte
	// Reads nothing that can fail while the file is open.
	_ = db.View(func(tx txn) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			rec = bytes.Clone(meta.Get(keyCrypt))
		}
		return nil
	})
	return rec
}

// backupSealed reports whether a backup holds a wrapped data key. A copy
// that cannot be read at all counts as plain: it may hold plain text.
func backupSealed(path string) bool {
	db, _, err := openChecked(path, true, nil, nil)
	if err != nil {
		return false
	}
	defer func() { _ = closeDB(db) }()
	return sealedDB(db)
}

// RemoveBackups deletes the named backups of dataDir (after asking).
func RemoveBackups(dataDir string, list []Backup) error {
	for _, b := range list {
		err := os.Remove(filepath.Join(BackupDir(dataDir), filepath.Base(b.Name)))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return fileError("removing a backup", err, true)
		}
	}
	return nil
}

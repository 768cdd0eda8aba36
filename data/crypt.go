package data

import (
	"bytes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"

	"golang.org/x/crypto/chacha20poly1305"
)

// Encryption at rest. When the family sets a passphrase, every record is
// sealed with XChaCha20-Poly1305 under a random data key. The record's
// bucket and key are the associated data, so a sealed value copied or
// moved to another place fails to open instead of showing there. The data
// key itself is kept in the meta bucket, wrapped by a key derived from the
// passphrase (passphrase.go). Record keys outside the meta bucket are
// stored as keyed hashes (keyhash.go); bucket names, their counters and
// the meta bucket's plain values (the schema version, ids) stay readable.

var (
	// ErrLocked: the file is encrypted and the passphrase has not been
	// given yet (or the store was locked again).
	ErrLocked = errors.New("the family's data is locked: the passphrase is needed")
	// ErrWrongPassphrase: the passphrase does not open the file.
	ErrWrongPassphrase = errors.New("the passphrase does not open the family's data")
)

// sealer seals and opens the records of one file with its data key.
type sealer struct {
	aead cipher.AEAD
	mk   []byte    // the manifest's key (manifest.go)
	hk   []byte    // the key hashing key (keyhash.go); nil: keys as they are
	last lastWrite // the sum after the app's last write (txlog.go)
}

func newSealer(dataKey []byte) (*sealer, error) {
	aead, err := chacha20poly1305.NewX(dataKey)
	if err != nil {
		return nil, err
	}
	return &sealer{aead: aead, mk: manifestKey(dataKey)}, nil
}

// newHashingSealer is newSealer for a file that stores its record keys
// hashed (keyhash.go): a key record of version 3.
func newHashingSealer(dataKey []byte) (*sealer, error) {
	s, err := newSealer(dataKey)
	if err == nil {
		s.hk = keyNamesKey(dataKey)
	}
	return s, err
}

// sealerFor is the sealer of a file whose key record has version v.
func sealerFor(v int, dataKey []byte) (*sealer, error) {
	if v >= cryptHashedKeys {
		return newHashingSealer(dataKey)
	}
	return newSealer(dataKey)
}

// recordAD binds a sealed value to its place: bucket, a zero byte, key.
func recordAD(bucket, key []byte) []byte {
	ad := make([]byte, 0, len(bucket)+1+len(key))
	ad = append(append(append(ad, bucket...), 0), key...)
	return ad
}

// seal returns nonce || ciphertext of d for the record at bucket/key.
func (s *sealer) seal(bucket, key, d []byte) []byte { return s.sealAD(recordAD(bucket, key), d) }

// sealAD returns nonce || ciphertext of d with the associated data ad.
func (s *sealer) sealAD(ad, d []byte) []byte {
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(d)+s.aead.Overhead())
	rand.Read(nonce)
	return s.aead.Seal(nonce, nonce, d, ad)
}

// open reverses seal; an error when the value was changed or moved.
func (s *sealer) open(bucket, key, x []byte) ([]byte, error) {
	return s.openAD(recordAD(bucket, key), x)
}

// openAD reverses sealAD.
func (s *sealer) openAD(ad, x []byte) ([]byte, error) {
	n := s.aead.NonceSize()
	if len(x) < n+s.aead.Overhead() {
		return nil, errors.New("sealed record too short")
	}
	return s.aead.Open(nil, x[:n], x[n:], ad)
}

// The data key of an open file is kept with the file (boltFile). put,
// get and the full read find it from their transaction, so no repository
// needs to know whether the family's file is encrypted.

func attachSealer(db *boltFile, s *sealer) {
	db.seal.Store(s)
	db.opened.drop()
}

func detachSealer(db *boltFile) {
	db.seal.Store(nil)
	db.opened.drop()
}

func sealerOfDB(db *boltFile) *sealer { return db.sealer() }

// sealerOf is the sealer for tx's file: nil for a plain file, ErrLocked
// for an encrypted file whose key is not at hand. A sealed file's records
// are never written in plain text.
func sealerOf(tx txn) (*sealer, error) {
	if s := tx.f.sealer(); s != nil {
		return s, nil
	}
	if isSealed(tx) {
		return nil, ErrLocked
	}
	return nil, nil
}

// isSealed reports whether the file in tx holds a wrapped data key.
func isSealed(tx txn) bool {
	meta := tx.Bucket(bucketMeta)
	return meta != nil && meta.Get(keyCrypt) != nil
}

// sealedDB reports whether db holds a wrapped data key.
func sealedDB(db *boltFile) bool {
	var sealed bool
	// Reads nothing that can fail while the file is open.
	_ = db.View(func(tx txn) error {
		sealed = isSealed(tx)
		return nil
	})
	return sealed
}

// closeDB closes a file and forgets its key.
func closeDB(db *boltFile) error {
	detachSealer(db)
	return guard(db.Close)
}

// attachKeys finds the data key of a just-opened file with keys (nil: no
// passphrase known) and attaches it. A plain file needs none; an encrypted
// one without keys stays locked (nil error), so its structure can still be
// checked.
func attachKeys(db *boltFile, keys *Keys) error {
	if keys == nil {
		return nil
	}
	var rec []byte
	// Reads nothing that can fail while the file is open.
	_ = db.View(func(tx txn) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			rec = bytes.Clone(meta.Get(keyCrypt))
		}
		return nil
	})
	if rec == nil {
		return nil
	}
	dk, err := keys.dataKey(rec)
	if err != nil {
		return err
	}
	r, _ := parseCrypt(rec) // dataKey read it
	s, err := sealerFor(r.V, dk)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNotDatabase, err)
	}
	attachSealer(db, s)
	return nil
}

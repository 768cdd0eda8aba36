package data

import (
	"encoding/json"
	"log"
	"time"
)

// Privacy holds the choices about locking, kept beside the settings.
type Privacy struct {
	// IdleMinutes locks the app after that long without use: 0 means
	// the default (DefaultIdle), a negative number never.
	IdleMinutes int `json:"idle_minutes,omitempty"`
	// NoNudge: the family said no to the passphrase suggestion for a
	// foster or kinship placement.
	NoNudge bool `json:"no_nudge,omitempty"`
}

// DefaultIdle is how long the app waits before locking itself.
const DefaultIdle = 5 * time.Minute

// Idle is the idle time after which the app locks; 0 for never.
func (p Privacy) Idle() time.Duration {
	switch {
	case p.IdleMinutes < 0:
		return 0
	case p.IdleMinutes == 0:
		return DefaultIdle
	}
	return time.Duration(p.IdleMinutes) * time.Minute
}

var keyPrivacy = []byte("privacy")

// Privacy returns the locking choices (zero on a new family).
func (s *Store) Privacy() (Privacy, error) {
	var p Privacy
	err := s.db.View(func(tx txn) error {
		return getOrDefault(tx, bucketSettings, keyPrivacy, &p)
	})
	return p, err
}

// SavePrivacy replaces the locking choices.
func (s *Store) SavePrivacy(p Privacy) error {
	return s.db.Update(func(tx txn) error { return put(tx, bucketSettings, keyPrivacy, p) })
}

// The lock screen needs the language and the region (for Get help's
// numbers) before the passphrase is given, so an encrypted file keeps a
// plain copy of those two choices, and nothing else, in its meta bucket.
var keyLockPrefs = []byte("lock_prefs")

type lockPrefs struct {
	Language string `json:"language,omitempty"`
	Region   string `json:"region,omitempty"`
}

// LockScreenSettings are the language and region to show the lock screen
// in (empty when not known).
func (s *Store) LockScreenSettings() Settings {
	var p lockPrefs
	// Reads nothing that can fail while the file is open.
	_ = s.db.View(func(tx txn) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			_ = json.Unmarshal(meta.Get(keyLockPrefs), &p) // damaged or missing: the zero values
		}
		return nil
	})
	return Settings{Language: p.Language, Region: p.Region}
}

// keepLockPrefs copies the language and region for the lock screen, while
// the file is unlocked. A plain file keeps no copy.
func (s *Store) keepLockPrefs() {
	if !s.Encrypted() || s.Locked() {
		return
	}
	set, err := s.Settings()
	if err != nil {
		return
	}
	b, _ := json.Marshal(lockPrefs{Language: set.Language, Region: set.Region})
	err = s.db.Update(func(tx txn) error { return tx.Bucket(bucketMeta).Put(keyLockPrefs, b) })
	if err != nil { // the lock screen then shows the app's language, not the family's
		log.Printf("data: cannot keep the lock screen's language and region: %v", err)
	}
}

// Wrong passphrases in a row and the time before which the next try must
// wait are kept readable in the key record itself (cryptRecord.Tries), so
// that closing and opening the app again does not skip the wait, and
// deleting the count deletes the key: damage, not a fresh start. (Someone
// who can edit the file can also copy it and guess away from the app; the
// wait only slows guessing at the lock screen.) Files from before kept
// them beside it, under "unlock_tries"; that is still read for such a
// file (a version 1 key record without a count), never for a newer one,
// where a planted record would force a wait.
var keyUnlockTries = []byte("unlock_tries")

type unlockTries struct {
	N     int       `json:"n"`
	Until time.Time `json:"until"`
}

// WrongTries is how many wrong passphrases were typed in a row, and until
// when the next try must wait (zero values when none).
func (s *Store) WrongTries() (n int, until time.Time) {
	var t, old unlockTries
	// Reads nothing that can fail while the file is open.
	_ = s.db.View(func(tx txn) error {
		if meta := tx.Bucket(bucketMeta); meta != nil {
			r, err := parseCrypt(meta.Get(keyCrypt))
			if err == nil && r.Tries != nil {
				t = *r.Tries
			}
			if err == nil && r.V == 1 && r.Tries == nil { // only a file from before the count
				_ = json.Unmarshal(meta.Get(keyUnlockTries), &old) // damaged or missing: the zero values
			}
		}
		return nil
	})
	if old.N > t.N {
		t = old
	}
	return max(t.N, 0), t.Until
}

// SetWrongTries records the wrong tries (0 clears them) in the key record
// of an encrypted file; a plain file has no lock screen and keeps none.
func (s *Store) SetWrongTries(n int, until time.Time) error {
	return s.db.Update(func(tx txn) error {
		meta := tx.Bucket(bucketMeta)
		if err := meta.Delete(keyUnlockTries); err != nil {
			return err
		}
		b := meta.Get(keyCrypt)
		if b == nil {
			return nil
		}
		r, err := parseCrypt(b)
		if err != nil {
			return err
		}
		r.Tries = nil
		if n > 0 {
			r.Tries = &unlockTries{N: n, Until: until}
		}
		r.S = r.sum()
		out, err := json.Marshal(r)
		if err != nil {
			return err
		}
		return meta.Put(keyCrypt, out)
	})
}

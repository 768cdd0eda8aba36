package data

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
)

// Device ids are unique (DESIGN.md, "Trust between homes and people"):
// each file remembers the machine it was last opened on (a hash of the
// machine's own id, Options.Machine). A data folder copied to another
// computer, or a backup restored on a second one, opens with another
// machine's id: it takes a new device id before it writes anything, so
// two computers never write the same file in a shared folder. Every record
// it holds is then marked as met: at the copy, both computers had it.

var keyMachine = []byte("machine")

// MachineID is this computer's own id, for Options.Machine: the system's
// machine id where there is one (Linux), otherwise a random id kept in
// the user's settings folder, made the first time. "" when neither can be
// had (the device id then stays as it is).
func MachineID() string {
	for _, p := range []string{"/etc/machine-id", "/var/lib/dbus/machine-id"} {
		if b, err := os.ReadFile(p); err == nil && len(bytes.TrimSpace(b)) > 0 {
			return strings.TrimSpace(string(b))
		}
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	path := filepath.Join(dir, "family-online-safety", machineIDFile)
	if b, err := os.ReadFile(path); err == nil && len(bytes.TrimSpace(b)) > 0 {
		return strings.TrimSpace(string(b))
	}
	b := make([]byte, 16)
	rand.Read(b)
	id := hex.EncodeToString(b)
	if os.MkdirAll(filepath.Dir(path), 0o700) != nil || os.WriteFile(path, []byte(id+"\n"), 0o600) != nil {
		return ""
	}
	return id
}

// bindDevice checks the file against this machine (machine: its id) and
// gives it a new device id when it was last opened on another.
func bindDevice(db *boltFile, machine string) error {
	if machine == "" {
		return nil
	}
	sum := sha256.Sum256([]byte("family-online-safety machine\x00" + machine))
	bound := hex.EncodeToString(sum[:16])
	var same bool
	if err := db.View(func(tx txn) error {
		meta := tx.Bucket(bucketMeta)
		same = meta == nil || string(meta.Get(keyMachine)) == bound
		return nil
	}); err != nil || same {
		return err
	}
	return db.Update(func(tx txn) error {
		meta := tx.Bucket(bucketMeta)
		first := meta.Get(keyMachine) == nil
		if err := meta.Put(keyMachine, []byte(bound)); err != nil || first {
			return err // the first time: this is the machine it was made on
		}
		if err := meta.Put(keyDeviceID, []byte(newDeviceID())); err != nil {
			return err
		}
		return metAtCopy(tx)
	})
}

// metAtCopy marks every record as met at the version it has: the copy
// and the file it was copied from both had it.
func metAtCopy(tx txn) error {
	stamps := tx.Bucket(bucketStamps)
	if stamps == nil {
		return nil
	}
	type one struct {
		key []byte
		st  Stamp
	}
	var all []one
	sl, err := sealerOf(tx)
	if err != nil {
		return err
	}
	err = stamps.ForEach(func(k, v []byte) error {
		var st Stamp
		if decodeOrSkip(tx, sl, bucketStamps, k, v, &st) {
			all = append(all, one{bytes.Clone(k), st})
		}
		return nil
	})
	for _, o := range all {
		v := o.st.Version()
		o.st.Met, o.st.Seen, o.st.Sealed = &v, nil, nil
		if err := putStamp(tx, o.key, o.st); err != nil {
			return err
		}
	}
	return err
}

// machineIDFile is the name of the machine's own id where the system has
// none (Windows, macOS), in the default data folder; Forget removes it.
const machineIDFile = "machine-id"

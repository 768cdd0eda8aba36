package data

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Device ids are unique (DESIGN.md, "Trust between homes and people"):
// each file remembers the machine and the data folder it was last opened
// in (hashes of the machine's own id, Options.Machine, and the folder's
// absolute path). A data folder copied to another computer or to another
// folder on this one, or a backup restored on a second computer, opens
// somewhere else: it takes a new device id before it writes anything, so
// two copies never write the same file in a shared folder. Every record
// it holds is then marked as met: at the copy, both computers had it.

var (
	keyMachine = []byte("machine")
	keyPlace   = []byte("machine-folder")
)

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

// binding is what a file is bound to: this machine, and this machine
// with the data folder's own place on it. Both are hashes, so the file
// does not hold the folder's path or the machine's id.
type binding struct{ machine, place string }

func bindingOf(machine, dir string) binding {
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return hex.EncodeToString(sum[:16])
	}
	return binding{
		machine: hash("family-online-safety machine\x00" + machine),
		place:   hash("family-online-safety place\x00" + machine + "\x00" + folderPlace(dir)),
	}
}

// folderPlace is dir as one string per folder: absolute, links followed,
// and on Windows in one case (its names are not case-sensitive).
func folderPlace(dir string) string {
	p, err := filepath.Abs(dir)
	if err != nil {
		p = dir
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	p = filepath.Clean(p)
	if runtime.GOOS == "windows" {
		p = strings.ToLower(p)
	}
	return p
}

// bindVerdict is what opening a file here means for its device id.
type bindVerdict int

const (
	bindSame  bindVerdict = iota // opened where it was last opened
	bindFirst                    // first opened here since it was made or bound to the machine only
	bindMoved                    // copied or moved: it needs a new device id
)

// verdict compares the file's binding (in meta; nil: none yet) with b.
// A file bound to the machine only (before the folder counted) and
// opened on that machine is bound to its folder without a new id.
func (b binding) verdict(meta *bucket) bindVerdict {
	if meta == nil {
		return bindSame
	}
	if place := meta.Get(keyPlace); place != nil {
		if string(place) == b.place {
			return bindSame
		}
		return bindMoved
	}
	if m := meta.Get(keyMachine); m != nil && string(m) != b.machine {
		return bindMoved
	}
	return bindFirst
}

// bindDevice checks the file against this machine (machine: its id) and
// the data folder dir, and gives it a new device id when it was last
// opened on another machine or in another folder.
func bindDevice(db *boltFile, machine, dir string) error {
	if machine == "" {
		return nil
	}
	b := bindingOf(machine, dir)
	var v bindVerdict
	if err := db.View(func(tx txn) error {
		v = b.verdict(tx.Bucket(bucketMeta))
		return nil
	}); err != nil || v == bindSame {
		return err
	}
	return db.Update(func(tx txn) error {
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put(keyMachine, []byte(b.machine)); err != nil {
			return err
		}
		if err := meta.Put(keyPlace, []byte(b.place)); err != nil || v == bindFirst {
			return err
		}
		if err := meta.Put(keyDeviceID, []byte(newDeviceID())); err != nil {
			return err
		}
		return metAtCopy(tx)
	})
}

// deviceMoved says whether the file would take a new device id if bound
// now (machine, dir as for bindDevice); a file that cannot be read says no.
func deviceMoved(db *boltFile, machine, dir string) bool {
	if machine == "" {
		return false
	}
	var v bindVerdict
	_ = db.View(func(tx txn) error {
		v = bindingOf(machine, dir).verdict(tx.Bucket(bucketMeta))
		return nil
	})
	return v == bindMoved
}

// settleDevice binds a file whose binding waited (it was damaged or
// could not be written when opened) before anything from it is written
// elsewhere: a copy must not write under the original's device id.
func (s *Store) settleDevice() error {
	if !s.bindWaits.Load() {
		return nil
	}
	if err := bindDevice(s.db, s.opts.Machine, s.Dir()); err != nil {
		return err
	}
	s.bindWaits.Store(false)
	return nil
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

package sharing

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"family-online-safety/data"
)

// Sync through a shared folder (issue 14, point 4): each computer writes
// its own sealed family file into a folder the family already syncs
// (Syncthing, Dropbox, OneDrive, iCloud Drive, Google Drive...), named by
// its device id, so two computers never write the same file; each reads
// the others' files and merges them. There is no server and no network
// call: carrying the files is the sync tool's job.

const (
	folderPrefix = "family-online-safety-"
	folderExt    = ".fos"
)

// FolderFileName is the name of the file this computer (device) writes.
func FolderFileName(device string) string { return folderPrefix + device + folderExt }

// isFolderFile reports whether name is a family file of some computer
// (not a temporary file of ours, nor of a sync tool).
func isFolderFile(name string) bool {
	return strings.HasPrefix(name, folderPrefix) && strings.HasSuffix(name, folderExt) &&
		len(name) > len(folderPrefix)+len(folderExt)
}

// writeAtomic writes a file through a temporary file in the same folder,
// synced and then renamed over the old one: the other computer, or the
// sync tool, sees the old file or the new one, never half of one.
func writeAtomic(dir, name string, write func(io.Writer) error) error {
	var buf bytes.Buffer // sealed in memory first: a refusal leaves no file
	if err := write(&buf); err != nil {
		return err
	}
	// A full disk or a read-only folder is told apart (data.ErrNoSpace,
	// data.ErrReadOnly), each with its own message.
	return data.SaveError(placeAtomic(dir, name, buf.Bytes()))
}

// placeAtomic writes b to a synced temporary file and renames it to name.
func placeAtomic(dir, name string, b []byte) error {
	tmp, err := os.CreateTemp(dir, tmpPrefix(name)+"*")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(b); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
		return err
	}
	done = true
	return nil
}

// fileState is what tells a changed file from one already handled: its
// time and size, and a checksum of its bytes, because two writes within a
// file system's clock tick (or a sync tool that keeps times) can leave
// the same time and size.
type fileState struct {
	mod      time.Time
	size     int64
	sum      [32]byte
	hashedAt time.Time // the wall clock when sum was taken
}

// settledAfter: a file whose time was this much older than the moment
// its bytes were checked cannot change again without a later time.
const settledAfter = 10 * time.Second

// unchanged reports, from the folder listing alone, that a file is the
// one already handled.
func (f fileState) unchanged(mod time.Time, size int64) bool {
	return f.mod.Equal(mod) && f.size == size && f.mod.Before(f.hashedAt.Add(-settledAfter))
}

// listed is one family file of the folder listing.
type listed struct {
	mod  time.Time
	size int64
}

// tmpPrefix starts the name of a temporary file on its way to name: each
// computer's are its own, so it removes only those (removeLeftovers).
func tmpPrefix(name string) string { return ".tmp-" + name + "-" }

// removeLeftovers deletes this computer's temporary files left in dir by
// a write that was cut short (the app killed, the computer stopped).
func removeLeftovers(dir, mine string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tmpPrefix(mine)) && e.Type().IsRegular() {
			_ = os.Remove(filepath.Join(dir, e.Name())) // tried again next start
		}
	}
}

// StaleTemporary is how old another computer's temporary file must be
// before it is taken for one its write left behind (a write takes
// seconds) and removed.
const StaleTemporary = time.Hour

// removeStale deletes the other computers' temporary files in dir that
// are older than StaleTemporary at now: only plain files named as this
// app names them (tmpPrefix of a family file's name), never this
// computer's (mine), which may be on their way.
func removeStale(dir, mine string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), ".tmp-")
		i := strings.LastIndex(rest, folderExt+"-")
		if !ok || i < 0 || !isFolderFile(rest[:i+len(folderExt)]) || rest[:i+len(folderExt)] == mine ||
			!e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > StaleTemporary {
			_ = os.Remove(filepath.Join(dir, e.Name())) // tried again next round
		}
	}
}

// ErrNotAFile: something in the shared folder is named like a family file
// but is not a plain file (a pipe, a device, a link): it is never opened.
// It is a data.ErrNotRegular, and has that message.
var ErrNotAFile = fmt.Errorf("%w: a family file in the shared folder is not a plain file", data.ErrNotRegular)

// otherFiles lists the family files in dir but this computer's (mine);
// odd names those that are not plain files.
func otherFiles(dir, mine string) (files map[string]listed, odd []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	out := map[string]listed{}
	for _, e := range entries {
		if !isFolderFile(e.Name()) || e.Name() == mine {
			continue
		}
		if !e.Type().IsRegular() {
			odd = append(odd, e.Name())
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue // gone since the listing
		}
		out[e.Name()] = listed{mod: info.ModTime(), size: info.Size()}
	}
	return out, odd, nil
}

// readFolderFile reads one family file, at most MaxFileSize+1 bytes (Read
// refuses a larger one), with its state. The file system's times are
// wall-clock times, so the time it was checked is too.
func readFolderFile(path string, l listed) ([]byte, fileState, error) {
	f, err := data.OpenRegular(path, os.O_RDONLY)
	if err != nil {
		return nil, fileState{}, err
	}
	defer func() { _ = f.Close() }() // read only: nothing to lose
	b, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fileState{}, err
	}
	return b, fileState{mod: l.mod, size: l.size, sum: sha256.Sum256(b), hashedAt: time.Now()}, nil
}

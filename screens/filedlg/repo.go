// Package filedlg shows Fyne's file dialogs safely: a folder may hold a
// named pipe or a device (a hostile "family file" in a shared folder),
// and Fyne opens files in a listing to choose their icons, on the
// window's goroutine. Opening a pipe waits for ever, freezing the window
// and Quick exit with it. Every file dialog of the app goes through this
// package, which hides anything that is not a folder or a regular file.
package filedlg

import (
	"errors"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
)

// errNotRegular is returned for a path that is neither a folder nor a
// regular file.
var errNotRegular = errors.New("not a regular file")

// fileRepo is everything Fyne's own file:// repository does.
type fileRepo interface {
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
}

// guarded is Fyne's file:// repository that never opens, lists or
// writes to anything other than folders and regular files.
type guarded struct {
	fileRepo
}

// Install wraps the file:// repository the running Fyne app registered.
// It is cheap and safe to call again (a new app registers a new one).
func Install() {
	r, err := repository.ForURI(storage.NewFileURI(os.TempDir()))
	if err != nil {
		return
	}
	if _, done := r.(guarded); done {
		return
	}
	if full, ok := r.(fileRepo); ok {
		repository.Register("file", guarded{full})
	}
}

// ordinary reports whether path is a folder, a regular file or does not
// exist yet (a file about to be saved). os.Stat never opens the file.
func ordinary(path string) bool {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return true
	}
	return err == nil && (info.Mode().IsRegular() || info.IsDir())
}

// List leaves out pipes, sockets, devices and broken links.
func (g guarded) List(u fyne.URI) ([]fyne.URI, error) {
	all, err := g.fileRepo.List(u)
	if err != nil {
		return nil, err
	}
	kept := all[:0]
	for _, c := range all {
		if info, err := os.Stat(c.Path()); err == nil && (info.Mode().IsRegular() || info.IsDir()) {
			kept = append(kept, c)
		}
	}
	return kept, nil
}

// Reader refuses anything that is not a regular file.
func (g guarded) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	if !ordinary(u.Path()) {
		return nil, errNotRegular
	}
	return g.fileRepo.Reader(u)
}

// CanRead says no for anything that is not a regular file.
func (g guarded) CanRead(u fyne.URI) (bool, error) {
	if !ordinary(u.Path()) {
		return false, nil
	}
	return g.fileRepo.CanRead(u)
}

// Writer refuses to write into a pipe or a device.
func (g guarded) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if !ordinary(u.Path()) {
		return nil, errNotRegular
	}
	return g.fileRepo.Writer(u)
}

// Appender refuses to write into a pipe or a device.
func (g guarded) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if !ordinary(u.Path()) {
		return nil, errNotRegular
	}
	return g.fileRepo.Appender(u)
}

// CanWrite says no for a pipe or a device.
func (g guarded) CanWrite(u fyne.URI) (bool, error) {
	if !ordinary(u.Path()) {
		return false, nil
	}
	return g.fileRepo.CanWrite(u)
}

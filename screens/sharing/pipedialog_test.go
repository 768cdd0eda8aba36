//go:build unix

package sharing_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
)

// A named pipe called like a family file in the folder the import dialog
// shows must not freeze the window: Fyne opens files to choose their
// icons, and opening a pipe waits until someone writes to it. The pipe
// is not listed; the family file beside it is.
func TestImportDialogBesideAPipeDoesNotFreeze(t *testing.T) {
	h, _ := home(t, "en")
	dir := t.TempDir()
	t.Setenv("HOME", dir) // where the dialog starts
	pipe := filepath.Join(dir, "x"+sharingui.FileExt)
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("cannot make a pipe: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "family"+sharingui.FileExt), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	ui := sharingui.New(h.Env(), h.Store, h.Win, "0.1.0")
	h.Show(ui.Card())
	done := make(chan struct{})
	go func() {
		defer close(done)
		test.Tap(screentest.Button(t, h.Win.Canvas().Content(), h.Tr.T("sharing.import.button")))
		h.Win.Canvas().Capture() // lays out and draws the file list
	}()
	select {
	case <-done:
	case <-time.After(time.Minute): // a freeze, not a slow machine
		// Let a stuck open finish so the test binary can end. Without
		// O_NONBLOCK this open would itself wait for ever when nothing
		// is reading the pipe (the dialog was only slow).
		if f, err := os.OpenFile(pipe, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			_ = f.Close()
		}
		t.Fatal("the file dialog froze on a named pipe")
	}
	over := h.Overlay()
	screentest.MustHaveText(t, over, "family") // Fyne hides the extension
	if screentest.HasText(over, "x") {
		t.Error("the pipe is listed")
	}
}

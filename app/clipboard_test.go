package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// Text copied from one of the app's fields with Ctrl+C (or cut) is
// treated as the app's own copies are: cleared after 30 s on the app's
// clock if it is still there, and at quit.
func TestTextCopiedFromAFieldIsClearedAfterThirtySecondsAndAtQuit(t *testing.T) {
	h := newHarness(t, onboarded, withChild("Amira"))
	clip := h.app.fyne.Clipboard()
	field := h.app.env().MultiLineEntry()
	field.SetText("Amira was sent a photo")
	field.TypedShortcut(&fyne.ShortcutSelectAll{})
	field.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if clip.Content() != "Amira was sent a photo" {
		t.Fatalf("the copy put %q on the clipboard", clip.Content())
	}
	h.advance(29 * time.Second)
	if clip.Content() == "" {
		t.Fatal("cleared too soon")
	}
	h.advance(time.Second)
	if clip.Content() != "" {
		t.Fatalf("still on the clipboard after 30 s: %q", clip.Content())
	}

	field.TypedShortcut(&fyne.ShortcutSelectAll{})
	field.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip})
	h.press(quitShortcut)
	if h.exited != 1 {
		t.Fatal("Quit did not quit")
	}
	if clip.Content() != "" {
		t.Fatalf("Quit left %q on the clipboard", clip.Content())
	}
}

// Ctrl+C anywhere in the window (a label that can be selected, a helpline's
// number) is seen by the window's input hook, which tells the app: what it
// copied is cleared at quit; what the user copied elsewhere since is left,
// and so is what was there already when Ctrl+C copied nothing.
func TestACopyMadeWithTheKeyboardIsClearedAtQuit(t *testing.T) {
	for _, since := range []bool{false, true} {
		h := newHarness(t, onboarded)
		clip := h.app.fyne.Clipboard()
		clip.SetContent("the user's older text")
		h.app.KeyPressed(KeyCopying)
		clip.SetContent("0800 1111") // as Fyne's selectable label does on Ctrl+C
		h.app.KeyPressed(KeyCopied)
		want := ""
		if since {
			want = "the user's own text"
			clip.SetContent(want)
		}
		h.app.quit()
		if got := clip.Content(); got != want {
			t.Fatalf("copied elsewhere since: %v; after quit the clipboard holds %q, want %q", since, got, want)
		}
	}
}

// The start-up problem window's Get help copies a number too: it is
// cleared at quit if still there, and the user's own text is left.
func TestTheProblemWindowClearsWhatItCopiedAtQuit(t *testing.T) {
	screentest.Serial(t)
	for _, since := range []bool{false, true} {
		dir, _, openErr := damagedFamily(t)
		fa, w, tr := recoveryWindow(t, "en")
		r := ShowStartupProblem(fa, w, tr, dir, openErr, func(s *data.Store) { _ = s.Close() })
		r.Copy("0800 1111")
		want := ""
		if since {
			want = "the user's own text"
			fa.Clipboard().SetContent(want)
		}
		r.quit()
		if got := fa.Clipboard().Content(); got != want {
			t.Fatalf("copied elsewhere since: %v; after quit the clipboard holds %q, want %q", since, got, want)
		}
	}
}

// Ctrl+C that copies nothing (nothing selected, a passphrase field) does
// not make the user's own clipboard text the app's: it stays after quit.
func TestACopyKeyThatCopiedNothingLeavesTheClipboard(t *testing.T) {
	h := newHarness(t, onboarded)
	clip := h.app.fyne.Clipboard()
	clip.SetContent("the user's own text")
	h.app.KeyPressed(KeyCopying)
	h.app.KeyPressed(KeyCopied)
	h.app.quit()
	if got := clip.Content(); got != "the user's own text" {
		t.Fatalf("after quit the clipboard holds %q", got)
	}
}

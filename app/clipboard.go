package app

import (
	"time"

	"fyne.io/fyne/v2"
)

// clipboardLife is how long text the app copied stays on the clipboard.
// It is cleared only if it is still what the app put there: something the
// user copied since is left alone.
const clipboardLife = 30 * time.Second

// Copy puts text on the clipboard and remembers it, so it can be cleared
// again (clearClipboard).
func (a *App) Copy(text string) {
	a.fyne.Clipboard().SetContent(text)
	a.copiedText(text)
}

// copiedText remembers text the app, or one of its fields, just put on the
// clipboard, and clears it after clipboardLife if it is still there.
func (a *App) copiedText(text string) {
	a.copied = text
	a.lock.later(clipboardLife, func() {
		if a.copied == text {
			a.clearClipboard()
		}
	})
}

// clearClipboard empties the clipboard if it still holds what the app
// copied (at lock, quit, close, quick exit, Forget everything, and
// clipboardLife after a copy).
func (a *App) clearClipboard() {
	if a.copied != "" && a.fyne.Clipboard().Content() == a.copied {
		a.fyne.Clipboard().SetContent("")
	}
	a.copied = ""
}

// KeyCopying and KeyCopied are the key names the window's input hook
// gives a Guard before and after Ctrl+C or Ctrl+X (Cmd on a Mac) reaches
// Fyne: whatever had the focus (a field, a label that can be selected)
// may have copied text.
const (
	KeyCopying fyne.KeyName = "family-online-safety:copying"
	KeyCopied  fyne.KeyName = "family-online-safety:copied"
)

// copiedByKey remembers what Ctrl+C or Ctrl+X put on the clipboard, once
// Fyne has handled the key; before is what the clipboard held before the
// key. If nothing changed (nothing was selected, or a passphrase field,
// which copies nothing), the text there is not the app's and is left.
func (a *App) copiedByKey(before string) {
	run := a.later
	if run == nil {
		run = func(f func()) { f() }
	}
	run(func() {
		if text := a.fyne.Clipboard().Content(); text != "" && text != before {
			a.copiedText(text)
		}
	})
}

// quit clears what the app copied and takes the key out of memory, then
// quits (File > Quit, Ctrl+Q, the window's close button). The family's
// file is saved and closed after Fyne stops (Close).
func (a *App) quit() {
	a.saves.FlushAll()
	a.clearClipboard()
	a.exit()
}

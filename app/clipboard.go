package app

import "time"

// clipboardLife is how long text the app copied stays on the clipboard.
// It is cleared only if it is still what the app put there: something the
// user copied since is left alone.
const clipboardLife = 30 * time.Second

// clearClipboardLater clears text from the clipboard after clipboardLife.
func (a *App) clearClipboardLater(text string) {
	a.lock.later(clipboardLife, func() {
		if a.copied == text {
			a.clearClipboard()
		}
	})
}

// clearClipboard empties the clipboard if it still holds what the app
// copied (at quick exit, at lock, and clipboardLife after a copy).
func (a *App) clearClipboard() {
	if a.copied != "" && a.fyne.Clipboard().Content() == a.copied {
		a.fyne.Clipboard().SetContent("")
	}
	a.copied = ""
}

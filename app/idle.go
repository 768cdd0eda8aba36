package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
)

// The idle lock: with a passphrase, the app locks itself after a time
// without use (Settings; 5 minutes unless changed; can be off). Use is a
// key pressed, a screen opened or the pointer moving over the window.

// idleCheck is how often the idle time is looked at.
const idleCheck = 10 * time.Second

// touch records use now.
func (a *App) touch() { a.lock.lastUsed = a.now() }

// checkIdle locks when the family's chosen idle time has passed.
func (a *App) checkIdle() {
	if a.lock.on || a.lock.busy || a.exited || !a.real.Encrypted() {
		return
	}
	p, err := a.real.Privacy()
	if err != nil {
		return
	}
	if idle := p.Idle(); idle > 0 && a.now().Sub(a.lock.lastUsed) >= idle {
		a.lockNow()
	}
}

// WatchIdle checks idle time every idleCheck until the app exits. The
// program starts it after Start; tests call checkIdle with a pinned clock.
func (a *App) WatchIdle() {
	a.lock.later(idleCheck, func() {
		if !a.exited {
			a.checkIdle()
			a.WatchIdle()
		}
	})
}

// opened runs when the family's data can be read: at start without a
// passphrase, else after each unlock. The first time it clears an old
// demo family and makes the daily backup.
func (a *App) opened() {
	if !a.lock.opened {
		a.lock.opened = true
		a.applyDisplay() // an encrypted file's text size is readable only now
		// A read-only disk is already said in its banner: an old demo
		// family that cannot be removed there is no news.
		if !a.real.ReadOnly() {
			if err := data.ClearDemo(a.dataDir); err != nil {
				a.showError(err)
			}
		}
		a.touch()
		a.rebuild()
		a.startFolderSync()
		// The daily backup reads and checks the whole file (a fifth of a
		// second for a very large family), so it waits for the first screen.
		a.env().After(func() {
			if _, err := a.real.BackupIfDue(a.now()); err != nil {
				a.showError(err)
			}
			// Reading every record (at open and in the backup) leaves
			// garbage the size of the family: hand it back to the system
			// now, not whenever the runtime gets round to it.
			a.freeMemory()
		})
		return
	}
	a.touch()
	a.rebuild()
	if a.folder == nil { // a restored file that opened locked
		a.startFolderSync()
	}
}

// homeFilled hands back to the system, once after start-up, the garbage
// Home's cards leave (every child's discussions and app notes, read in
// full): the runtime would keep that memory for minutes. It runs beside
// the UI goroutine.
func (a *App) homeFilled() {
	if a.homeRead {
		return
	}
	a.homeRead = true
	go a.freeMemory()
}

// activity is a backdrop under the window's content that notes pointer
// moves as use, for the idle lock.
type activity struct {
	widget.BaseWidget
	used func()
}

func withActivity(content fyne.CanvasObject, used func()) fyne.CanvasObject {
	w := &activity{used: used}
	w.ExtendBaseWidget(w)
	return container.NewStack(w, content)
}

func (w *activity) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack())
}

// MouseIn notes use.
func (w *activity) MouseIn(*desktop.MouseEvent) { w.used() }

// MouseMoved notes use.
func (w *activity) MouseMoved(*desktop.MouseEvent) { w.used() }

// MouseOut does nothing.
func (w *activity) MouseOut() {}

// AccessibilityLabel is empty: the backdrop has nothing to read.
func (w *activity) AccessibilityLabel() string { return "" }

// AccessibilityRole is a container, which a screen reader passes over.
func (w *activity) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleContainer }

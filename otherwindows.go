package main

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
)

// watchEvery is how often each copy looks for a request from another
// copy's window to quick-exit: a look is one file's status, so often
// enough that both windows go together.
const watchEvery = 25 * time.Millisecond

// quickExiter is a window with Quick exit: the app (app.App), or the
// start-up problem window of a second copy (app.Recovery).
type quickExiter interface {
	QuickExit()
	OnQuickExit(func())
}

// linkWindows joins w's quick exit with the other copies' on the same
// data folder (data.OtherWindows): a quick exit in one closes the others,
// and a request from another closes this one. It returns what ends the
// link when the program ends; nil when there is nothing to link (a
// start-up problem other than a second copy).
func linkWindows(dir string, w quickExiter, first bool, startErr error) *data.OtherWindows {
	var o *data.OtherWindows
	switch {
	case first:
		o = data.FirstWindow(dir)
	case errors.Is(startErr, data.ErrAlreadyOpen):
		o = data.SecondWindow(dir)
	default:
		return nil
	}
	asked := false // the request came from another window: it is going already
	w.OnQuickExit(func() {
		if o.Stop() && !asked {
			o.CloseOthers()
		}
	})
	o.Watch(watchEvery, func() {
		fyne.Do(func() {
			asked = true
			w.QuickExit()
		})
	})
	return o
}

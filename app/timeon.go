package app

import (
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// Home says what holds right now, so it is drawn again, by itself, when
// that changes: at midnight, when a device-free time starts or ends, when
// a today-only change starts or ends. The moment comes from the family's
// data (data.NextChange, for each child) and the app's clock; a timer set
// through lock.later (tests run it by hand) redraws Home if it is still
// on show. The redraw is not a use of the app: it does not put off the
// idle lock.

// homeTimer is which timer is the live one (an older one does nothing),
// and what the screen on show asked to run when the moment comes
// (screens.Env.Ticks; Home is built again instead).
type homeTimer struct {
	gen     int
	watched []func()
}

// onTick keeps f to run at the next change while this screen is on show.
func (a *App) onTick(f func()) {
	a.homeTick.watched = append(a.homeTick.watched, f)
	a.scheduleHomeRedraw()
}

// scheduleHomeRedraw sets the timer for the next change Home, or a view
// of the screen on show, shows.
func (a *App) scheduleHomeRedraw() {
	a.homeTick.gen++
	if (a.current != screens.HomeID && len(a.homeTick.watched) == 0) || a.lock.on || a.exited {
		return
	}
	at, ok := a.nextHomeChange()
	if !ok {
		return
	}
	gen := a.homeTick.gen
	wait := max(at.Sub(a.now()), time.Second) + time.Second // just past the moment
	a.lock.later(wait, func() {
		if gen != a.homeTick.gen || a.lock.on || a.lock.busy || a.exited || a.sh == nil {
			return
		}
		if a.current != screens.HomeID {
			for _, f := range a.homeTick.watched {
				f()
			}
			a.scheduleHomeRedraw()
			return
		}
		set, _ := a.store.Settings()
		a.showCurrent(set.Onboarded) // schedules the next one
	})
}

// nextHomeChange is the earliest moment anything on Home changes by
// itself, for any child.
func (a *App) nextHomeChange() (time.Time, bool) {
	now := a.now()
	kids, err := a.store.ActiveChildren()
	if err != nil {
		return time.Time{}, false
	}
	next := time.Date(now.Year(), now.Month(), now.Day()+1, 0, 0, 0, 0, now.Location())
	ids := make([]data.ID, len(kids))
	for i, c := range kids {
		ids[i] = c.ID
	}
	p, err := data.ReadPlan(a.store, ids)
	if err != nil {
		return next, true
	}
	for _, id := range ids {
		if t := data.NextChange(p, id, now); t.Before(next) {
			next = t
		}
	}
	return next, true
}

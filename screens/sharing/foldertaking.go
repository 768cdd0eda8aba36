package sharing

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// OnTaking runs fn when the carer's answers start being taken in, away
// from the window, and when that ends (the app says so in its header).
func (f *FolderSync) OnTaking(fn func(on bool)) *FolderSync {
	f.takingIn = fn
	return f
}

// takeChosen takes in the waiting file with the carer's choices. In the
// app (a goroutine wakes the sync) the merge runs on a goroutine of its
// own, so the window keeps answering (Quick exit first) however big the
// file, and its report is handed back with fyne.Do; until then the
// section and the header say the changes are being taken in. The store
// takes them in one transaction: all or nothing, whenever the app ends.
func (f *FolderSync) takeChosen(choices map[string]data.Resolution) {
	syncer, now := f.syncer, f.env.Now()
	if !f.ticking { // (tests that tick by hand: on this goroutine)
		f.tookChosen(syncer, syncer.Resolve(choices, now))
		return
	}
	name := ""
	if f.last.Waiting != nil {
		name = f.last.Waiting.Name
	}
	f.setTaking(+1, name)
	go func() {
		r := syncer.Resolve(choices, now)
		f.do(func() {
			if f.live.Load() == syncer {
				f.last = r // (what the header says next is of the file answered)
			}
			f.setTaking(-1, "")
			f.tookChosen(syncer, r)
		})
	}()
}

// tookChosen shows what answering took in, unless the sync was stopped
// meanwhile.
func (f *FolderSync) tookChosen(syncer *sharing.Syncer, r sharing.Report) {
	if f.live.Load() != syncer {
		return
	}
	f.show(r)
	if f.answered != nil {
		f.answered()
	}
}

// setTaking counts answers being taken in (by +1 or -1), naming the
// file, and redraws the section and tells the app when that starts or
// ends.
func (f *FolderSync) setTaking(by int, name string) {
	was := f.taking > 0
	f.taking += by
	if name != "" {
		f.takingName = name
	}
	if now := f.taking > 0; now != was {
		f.shown = "" // (drawn again with or without the line)
		f.redraw()
		if f.takingIn != nil {
			f.takingIn(now)
		}
	}
}

// Taking reports whether the carer's answers are being taken in.
func (f *FolderSync) Taking() bool { return f.taking > 0 }

// takingLine says, while answers are being taken in, that they are.
func (f *FolderSync) takingLine() []fyne.CanvasObject {
	if f.taking == 0 {
		return nil
	}
	l := widgets.Para(f.env.Tr.T("folder.status.taking", map[string]any{"Name": f.takingName}))
	l.Importance = widget.HighImportance
	return []fyne.CanvasObject{l, widget.NewProgressBarInfinite()}
}

package sharing

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"family-online-safety/data"
	"family-online-safety/sharing"
)

// askConflicts shows the waiting file's conflicts (conflictList, as an
// import shows them). "Use these choices" takes the file in with them;
// "Not now" puts it off.
func (f *FolderSync) askConflicts(w *sharing.Waiting) {
	if w == nil || f.syncer == nil {
		return
	}
	tr := f.env.Tr
	choices := map[string]data.Resolution{}
	f.asking = true
	d := dialog.NewCustomConfirm(tr.T("folder.conflicts.title"), tr.T("folder.conflicts.apply"),
		tr.T("folder.conflicts.later"), container.NewVScroll(conflictList(tr, w.Summary.Conflicts, choices)), func(apply bool) {
			f.asking = false
			if f.syncer == nil {
				return
			}
			if !apply {
				f.syncer.Later()
				f.show(f.syncer.Step(f.env.Now()))
				return
			}
			f.show(f.syncer.Resolve(choices, f.env.Now()))
		}, f.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

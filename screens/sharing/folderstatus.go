package sharing

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// The status lines of the shared folder's section of Settings.

// problemKey is the message for a file that cannot be read or written
// ("" names the folder, or this computer's file); a file's message names
// it (Name).
func problemKey(name string, err error) string {
	switch {
	case errors.Is(err, sharing.ErrOwnFileElsewhere):
		return "folder.error.own_copy"
	case name == "" || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission):
		return "folder.error.folder"
	}
	for _, m := range []struct {
		err error
		key string
	}{
		{sharing.ErrWrongPassphrase, "folder.error.wrong_passphrase"},
		{sharing.ErrTooCostly, "folder.error.too_costly"},
		{sharing.ErrDamaged, "folder.error.damaged"},
		{sharing.ErrNewerFormat, "folder.error.newer"},
		{sharing.ErrDoesNotFit, "folder.error.does_not_fit"},
		{sharing.ErrTooMany, "folder.error.too_many"},
		{sharing.ErrTooLarge, "folder.error.too_large"},
		{sharing.ErrNotAFile, "folder.error.not_a_file"},
		{sharing.ErrLeftOut, "folder.error.left_out"},
	} {
		if errors.Is(err, m.err) {
			return m.key
		}
	}
	return "folder.error.failed"
}

// statusLines say where the sync stands: a problem first, then a choice
// waiting, then when this computer's file was written and another's
// taken in.
func (f *FolderSync) statusLines() []fyne.CanvasObject {
	tr, r := f.env.Tr, f.last
	var out []fyne.CanvasObject
	said := map[string]bool{} // (several files can carry the other home's version: said once)
	for _, name := range slices.Sorted(maps.Keys(r.Problems)) {
		err := r.Problems[name]
		if l := doubtLine(tr, err); l != nil { // (no fault of this computer's)
			out = append(out, l)
			continue
		}
		if errors.Is(err, sharing.ErrLeftOut) { // (a file taken in, this home full: no fault of that home)
			out = append(out, widgets.Para(tr.T("folder.error.left_out", map[string]any{"Name": name})+leftOutOf(tr, err)))
		}
		out = append(out, fileDiffers(tr, name, err, said)...)
		if errors.Is(err, sharing.ErrLeftOut) || errors.Is(err, sharing.ErrDiffers) {
			continue
		}
		line := widgets.Para(tr.T(problemKey(name, err), map[string]any{"Name": name}) + tooManyOf(tr, err))
		line.Importance = widget.DangerImportance
		out = append(out, line)
	}
	out = append(out, f.addedLines()...)
	out = append(out, f.waitingLines()...)
	when := func(key string, t time.Time, name string) {
		if !t.IsZero() {
			out = append(out, widgets.Para(tr.T(key, map[string]any{"Name": name,
				"Date": screens.FormatDate(tr, t), "Time": t.Format("15:04")})))
		}
	}
	when("folder.status.written", r.LastWrite, r.Own)
	when("folder.status.merged", r.LastMerge, r.LastFrom)
	if len(out) == 0 {
		out = append(out, widgets.Para(tr.T("folder.status.starting")))
	}
	return out
}

// fileDiffers say plainly where this home and the file name differ, each
// not said yet, under a line naming that file: a third computer's file
// (another carer's, or a hostile one) is never read as the other home.
func fileDiffers(tr screens.Translator, name string, err error, said map[string]bool) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, l := range differsLines(tr, err) { // said plainly, no fault
		if !said[l.Text] {
			said[l.Text] = true
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return append([]fyne.CanvasObject{widgets.Para(tr.T("folder.differs.from", map[string]any{"Name": name}))}, out...)
}

// signature is what the status lines show of a report.
func signature(r sharing.Report) string {
	sig := fmt.Sprint(r.LastWrite.Unix(), r.LastMerge.Unix(), r.Own, r.LastFrom)
	for _, w := range waitingFiles(r) {
		sig += "|waits:" + w.Name
	}
	for _, name := range slices.Sorted(maps.Keys(r.Problems)) {
		sig += "|" + name + ":" + problemKey(name, r.Problems[name]) + saidSignature(r.Problems[name])
	}
	return sig
}

// saidSignature is what err says plainly: the records not added and
// where the homes differ (a new difference is drawn).
func saidSignature(err error) string {
	var out string
	var lo *sharing.LeftOutError
	if errors.As(err, &lo) {
		out += fmt.Sprint(lo.Left)
	}
	var doubt *sharing.DoubtError
	if errors.As(err, &doubt) {
		out += fmt.Sprint(doubt.Doubt.Names())
	}
	var d *sharing.DiffersError
	if errors.As(err, &d) {
		for _, c := range d.Changes {
			out += "/" + c.UID + fmt.Sprint(len(c.Differing))
		}
	}
	return out
}

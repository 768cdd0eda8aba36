package sharing

import (
	"fmt"
	"maps"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// importing is one import under way: the file once opened, how it is
// taken in, and the user's answer to each conflict (by stable id).
type importing struct {
	file    sharing.File
	mode    data.ImportMode
	sum     sharing.Summary
	choices map[string]data.Resolution
}

// AskImport asks for a family file, its passphrase and how to take it
// in, then shows what it would change before anything is written.
func (s *Sharer) AskImport() {
	s.askOpen(s.openDialog)
}

// openDialog asks for the passphrase of the file at path and whether it
// joins this family or replaces it.
func (s *Sharer) openDialog(path string) {
	tr := s.env.Tr
	pass := s.env.PasswordEntry()
	merge, replace := tr.T("sharing.import.merge"), tr.T("sharing.import.new")
	mode := widget.NewRadioGroup([]string{merge, replace}, nil)
	mode.SetSelected(merge)
	mode.Required = true
	problem := widgets.Problem()
	body := container.NewVBox(widgets.Para(tr.T("sharing.import.body")),
		widgets.NewForm(widget.NewFormItem(tr.T("sharing.import.pass"), pass)),
		mode, widgets.Para(tr.T("sharing.import.new.note")), problem)
	d := dialog.NewCustomWithoutButtons(tr.T("sharing.import.title"), body, s.win)
	var open *widget.Button
	open = s.buttons(d, "sharing.import.open", func() {
		m := data.ImportMerge
		if mode.Selected == replace {
			m = data.ImportNewFamily
		}
		open.Disable()
		widgets.SetProblem(problem, tr.T("sharing.working"))
		var in importing
		var err error
		secret := pass.Text
		s.run(func() { in, err = s.preview(path, secret, m) }, func() {
			open.Enable()
			if err != nil {
				widgets.SetProblem(problem, s.problem(err))
				return
			}
			d.Hide()
			s.summaryDialog(&in)
		})
	})
	pass.OnSubmitted = func(string) { open.OnTapped() }
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
	s.win.Canvas().Focus(pass)
}

// preview opens the file and plans the import, writing nothing.
func (s *Sharer) preview(path, pass string, mode data.ImportMode) (importing, error) {
	r, err := data.OpenRegular(path, os.O_RDONLY)
	if err != nil {
		return importing{}, fmt.Errorf("%w: %w", sharing.ErrDamaged, err)
	}
	defer func() { _ = r.Close() }() // only read
	f, sum, err := sharing.Preview(s.store, r, pass, mode)
	return importing{file: f, mode: mode, sum: sum, choices: map[string]data.Resolution{}}, err
}

// summaryDialog shows what the import would add, change and remove, what
// would not fit, and the records changed in both homes; Apply makes a
// backup and changes everything in one go, Cancel changes nothing.
func (s *Sharer) summaryDialog(in *importing) {
	tr := s.env.Tr
	made := tr.T("sharing.summary.made", map[string]any{"App": in.sum.App, "Date": screens.FormatDate(tr, in.sum.Made)})
	box := container.NewVBox(widgets.Para(made))
	if in.sum.Pack != "" {
		box.Add(widgets.Para(tr.T("sharing.summary.pack", map[string]any{"Name": in.sum.Pack})))
	}
	if in.mode == data.ImportNewFamily {
		box.Add(widgets.Para(tr.T("sharing.summary.replaces")))
	}
	box.Add(SummaryView(tr, in.sum))
	if len(in.sum.Asks) > 0 && in.mode == data.ImportMerge { // as the shared folder asks: each on its own, kept by default
		box.Add(widgets.Heading(tr.T("folder.asks.choices")))
		box.Add(widgets.Para(tr.T("folder.asks.each")))
		box.Add(questionList(tr, in.sum.Asks, nil, in.choices))
	}
	if n := in.sum.Questions(); n > 0 {
		box.Add(widgets.Para(tr.T("sharing.summary.conflicts", map[string]any{"Count": n})))
		box.Add(container.NewHBox(widget.NewButton(tr.T("sharing.conflict.choose"), func() { s.conflictDialog(in) })))
	}
	d := dialog.NewCustomWithoutButtons(tr.T("sharing.summary.title"), container.NewVScroll(box), s.win)
	if in.sum.Empty() {
		d.SetButtons([]fyne.CanvasObject{widget.NewButton(tr.T("sharing.ok"), d.Hide)})
	} else {
		var apply *widget.Button
		apply = s.buttons(d, "sharing.apply", func() { s.apply(d, in, apply) })
	}
	d.Resize(fyne.NewSize(680, 540))
	d.Show()
}

// apply imports the file with the user's choices, then says so.
func (s *Sharer) apply(d *dialog.CustomDialog, in *importing, apply *widget.Button) {
	tr := s.env.Tr
	apply.Disable()
	var err error
	choices := maps.Clone(in.choices)
	s.run(func() { _, err = sharing.Apply(s.store, in.file, in.mode, choices) }, func() {
		d.Hide()
		if err != nil {
			s.tell(tr.T("error.title"), s.problem(err))
			return
		}
		s.tell(tr.T("sharing.title"), tr.T("sharing.applied"))
		if s.Changed != nil {
			s.Changed()
		}
	})
}

package sharing

import (
	"bytes"
	"cmp"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// FileExt ends the name of every family file.
const FileExt = ".familyshare"

// exportForm asks what to share and the passphrase, typed twice.
type exportForm struct {
	pass     *screens.PassphraseForm
	strength *widget.Label
	// The whole family, or the ticked children (family file).
	whole *widget.Check
	kids  map[data.ID]*widget.Check
	order []data.ID
	// One child's pack, and what it may carry besides.
	pack                *data.Child
	concerns, authority *widget.Check
	contacts            map[data.ID]*widget.Check // the family's contacts, ticked to go
	contactsWere        map[data.ID]bool          // their ticks before "The whole family" ticked them all
	scroll              *container.Scroll         // the dialog's body
}

// reveal scrolls the dialog to the passphrase and the problem under it,
// which sit at its foot, below any long list of children and contacts.
func (f *exportForm) reveal() {
	if f.scroll != nil {
		f.scroll.ScrollToBottom()
	}
}

// AskExport asks which children to share and a passphrase, then where to
// save the family file.
func (s *Sharer) AskExport() { s.exportDialog(nil) }

// AskHandover asks what child's handover pack carries and a passphrase,
// then where to save it.
func (s *Sharer) AskHandover(child data.Child) { s.exportDialog(&child) }

func (s *Sharer) exportDialog(pack *data.Child) {
	tr := s.env.Tr
	f := &exportForm{pass: screens.NewPassphraseForm(s.env, false, true), strength: widgets.Para(""), pack: pack}
	f.pass.New.OnChanged = func(p string) {
		if key := strengthKey(p); key != "" {
			f.strength.SetText(tr.T(key))
		} else {
			f.strength.SetText("")
		}
	}
	title, what := tr.T("sharing.export.title"), s.familyChoice(f)
	if pack != nil {
		title, what = tr.T("sharing.pack.title", map[string]any{"Name": pack.Name}), s.packChoice(f)
	}
	body := container.NewVBox(what, widgets.Para(tr.T("sharing.export.pass")), f.pass.View(), f.strength)
	f.scroll = container.NewVScroll(body)
	d := dialog.NewCustomWithoutButtons(title, f.scroll, s.win)
	var save *widget.Button
	save = s.buttons(d, "sharing.export.save", func() { s.export(d, f, save) })
	d.Resize(fyne.NewSize(560, 560))
	d.Show()
}

// familyChoice is the whole family, or a tick for each child.
func (s *Sharer) familyChoice(f *exportForm) fyne.CanvasObject {
	tr := s.env.Tr
	box := container.NewVBox(widgets.Para(tr.T("sharing.export.body")))
	f.kids = map[data.ID]*widget.Check{}
	kids, _ := s.store.Children()
	f.whole = widget.NewCheck(tr.T("sharing.family"), f.wholeFamily)
	box.Add(f.whole)
	for _, k := range kids {
		c := widget.NewCheck(k.Name, nil)
		f.kids[k.ID], f.order = c, append(f.order, k.ID)
		box.Add(c)
	}
	contacts := s.contactChoice(f)
	f.whole.SetChecked(true)
	box.Add(contacts)
	return box
}

// wholeFamily greys out the children's ticks, and shows every contact
// ticked and fixed, as all go with the whole family; unticked, the
// contacts' own ticks come back.
func (f *exportForm) wholeFamily(on bool) {
	for _, c := range f.kids {
		if on {
			c.Disable()
		} else {
			c.Enable()
		}
	}
	if on {
		f.contactsWere = map[data.ID]bool{}
	}
	for id, c := range f.contacts {
		if on {
			f.contactsWere[id] = c.Checked
			c.SetChecked(true)
			c.Disable()
		} else {
			c.SetChecked(f.contactsWere[id])
			c.Enable()
		}
	}
}

// packChoice says what a pack carries, with the concern log and the
// delegated authority unticked and why.
func (s *Sharer) packChoice(f *exportForm) fyne.CanvasObject {
	tr := s.env.Tr
	f.concerns = widget.NewCheck(tr.T("sharing.pack.concerns"), nil)
	f.authority = widget.NewCheck(tr.T("sharing.pack.authority"), nil)
	return container.NewVBox(widgets.Para(tr.T("sharing.pack.body", map[string]any{"Name": f.pack.Name})),
		widgets.Para(tr.T("sharing.pack.why")), f.concerns, f.authority, s.contactChoice(f))
}

// contactChoice is a tick for each of the family's contacts, none ticked:
// only those ticked go (a file for the whole family carries them all).
func (s *Sharer) contactChoice(f *exportForm) fyne.CanvasObject {
	tr := s.env.Tr
	contacts, _ := s.store.Contacts()
	f.contacts = map[data.ID]*widget.Check{}
	if len(contacts) == 0 {
		return container.NewVBox()
	}
	box := container.NewVBox(widgets.Heading(tr.T("sharing.contacts.title")), widgets.Para(tr.T("sharing.contacts.body")))
	for _, c := range contacts {
		check := widget.NewCheck(contactLabel(tr, c), nil)
		f.contacts[c.ID] = check
		box.Add(check)
	}
	return box
}

// contactLabel names a contact as the carer knows them: the name, the
// role and the phone or email ("Ms Grant" and "Ms Grant (new number)"
// are told apart by the number they would carry).
func contactLabel(tr screens.Translator, c data.Contact) string {
	role := cmp.Or(c.Role, data.RoleOther)
	label := c.Name + " · " + tr.T("helpui.role."+string(role))
	if how := cmp.Or(c.Phone, c.Email); how != "" {
		label += " · " + how
	}
	return label
}

// chosenContacts are the contacts ticked.
func (f *exportForm) chosenContacts() []data.ID {
	out := []data.ID{}
	for id, c := range f.contacts {
		if c.Checked {
			out = append(out, id)
		}
	}
	return out
}

// chosen is the children to share (nil: the whole family).
func (f *exportForm) chosen() []data.ID {
	if f.whole.Checked {
		return nil
	}
	out := []data.ID{}
	for _, id := range f.order {
		if f.kids[id].Checked {
			out = append(out, id)
		}
	}
	return out
}

// export checks the form, asks where to save, then seals and writes the
// file (readable only by this user) away from the UI goroutine.
func (s *Sharer) export(d *dialog.CustomDialog, f *exportForm, save *widget.Button) {
	tr := s.env.Tr
	if !f.pass.Check() {
		f.reveal()
		s.win.Canvas().Focus(f.pass.New)
		return
	}
	name := tr.T("sharing.file.family")
	if f.pack != nil {
		name = tr.T("sharing.file.pack")
	} else if kids := f.chosen(); kids != nil && len(kids) == 0 {
		f.pass.Problem.SetText(tr.T("sharing.export.none"))
		f.reveal()
		return
	}
	s.askSave(screens.FileName(name, FileExt), func(path string) {
		save.Disable()
		f.pass.Problem.SetText(tr.T("sharing.working"))
		var err error
		job := f.job() // read on the UI goroutine
		s.run(func() { err = s.write(path, job) }, func() {
			save.Enable()
			if err != nil {
				f.pass.Problem.SetText(s.problem(err))
				f.reveal()
				return
			}
			d.Hide()
			s.tell(tr.T("sharing.title"), tr.T("sharing.export.done"))
		})
	})
}

// exportJob is what to seal, read from the form before the work starts.
type exportJob struct {
	pass     string
	children []data.ID
	pack     *data.ID
	handover data.Handover
	contacts []data.ID // the family's contacts ticked (chosen children, a pack)
}

func (f *exportForm) job() exportJob {
	j := exportJob{pass: f.pass.New.Text}
	j.contacts = f.chosenContacts()
	if f.pack == nil {
		j.children = f.chosen()
		return j
	}
	j.pack = &f.pack.ID
	j.handover = data.Handover{Concerns: f.concerns.Checked, Authority: f.authority.Checked, Contacts: j.contacts}
	return j
}

// write seals the family (or the pack) and writes it to path, 0600.
func (s *Sharer) write(path string, j exportJob) error {
	var buf bytes.Buffer
	var err error
	if j.pack != nil {
		err = sharing.ExportChild(&buf, s.store, *j.pack, j.handover, j.pass, s.version, s.now())
	} else {
		err = sharing.ExportFamily(&buf, s.store, j.children, j.pass, s.version, s.now(), j.contacts)
	}
	if err != nil {
		return err
	}
	return data.WritePrivate(path, buf.Bytes())
}

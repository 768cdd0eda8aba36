package help

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// contactForm adds or edits one of the family's contacts.
type contactForm struct {
	editing  data.Contact // ID 0 when adding
	name     *widgets.Entry
	role     *widget.Select
	phone    *widgets.Entry
	email    *widgets.Entry
	notes    *widgets.Entry
	problems *screens.FieldProblems
	save     *widget.Button
	typed    *screens.Draft // a new contact, kept as typed
	tried    bool           // Save was refused: each problem goes as soon as it is mended
}

// draftContact names the draft of a new contact.
const draftContact = "contact.add"

// openForm shows the form in place of the list, filled with c.
func (h *Screen) openForm(c data.Contact) {
	f := &contactForm{editing: c}
	f.name = h.env.Entry()
	f.name.SetPlaceHolder(h.tr.T("helpui.mine.name.placeholder"))
	f.name.SetText(c.Name)
	var roles []string
	for _, r := range data.ContactRoles {
		roles = append(roles, h.tr.T("helpui.role."+string(r)))
	}
	f.role = widget.NewSelect(roles, nil)
	if i := slices.Index(data.ContactRoles, c.Role); i >= 0 {
		f.role.SetSelected(roles[i])
	}
	f.phone = h.env.Entry()
	f.phone.SetText(c.Phone)
	f.email = h.env.Entry()
	f.email.SetText(c.Email)
	f.notes = h.env.MultiLineEntry()
	f.notes.SetPlaceHolder(h.tr.T("helpui.mine.notes.placeholder"))
	f.notes.SetText(c.Notes)
	f.notes.SetMinRowsVisible(3)
	f.problems = screens.NewFieldProblems(h.tr, messages)
	f.save = widget.NewButtonWithIcon(h.tr.T("helpui.mine.save"), theme.DocumentSaveIcon(), func() { h.saveForm(f) })
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(h.tr.T("helpui.mine.cancel"), theme.CancelIcon(), func() {
		f.typed.Done() // nil-safe: only a new contact has a draft
		h.loadMine()
		if c.ID == 0 && h.mineAdd != nil {
			screens.FocusOn(h.mineAdd) // the keyboard goes on from where the form was opened
		}
	})
	h.env.OnEscape(cancel.OnTapped)
	for _, e := range []*widgets.Entry{f.name, f.phone, f.email} {
		e.OnSubmitted = func(string) { h.saveForm(f) }
	}
	for _, e := range []*widgets.Entry{f.name, f.phone, f.email, f.notes} {
		e.OnChanged = func(string) { f.recheck() } // a draft keeps this and adds its own
	}

	title := h.tr.T("helpui.mine.form.add")
	if c.ID != 0 {
		title = h.tr.T("helpui.mine.form.edit")
	}
	under := func(o fyne.CanvasObject, field, name string) fyne.CanvasObject {
		return container.NewVBox(o, f.problems.Under(field, name))
	}
	form := widgets.NewForm(
		widget.NewFormItem(h.tr.T("helpui.mine.name"), under(f.name, data.FieldContactName, h.tr.T("helpui.mine.name"))),
		widget.NewFormItem(h.tr.T("helpui.mine.role"), f.role),
		widget.NewFormItem(h.tr.T("helpui.mine.phone"), under(f.phone, data.FieldContactPhone, h.tr.T("helpui.mine.phone"))),
		widget.NewFormItem(h.tr.T("helpui.mine.email"), under(f.email, data.FieldContactEmail, h.tr.T("helpui.mine.email"))),
		widget.NewFormItem(h.tr.T("helpui.mine.notes"), under(f.notes, data.FieldContactNotes, h.tr.T("helpui.mine.notes"))),
	)
	if c.ID == 0 {
		f.keepTyped(h.env)
	}
	h.form = f
	h.mineArea.Objects = []fyne.CanvasObject{container.NewVBox(
		section(title), form, f.problems.Form, container.NewHBox(f.save, cancel))}
	h.mineArea.Refresh()
	h.builtin.ScrollToTop()
	screens.FocusOn(f.name) // the keyboard starts in the form
}

// read is the contact the form holds.
func (f *contactForm) read() data.Contact {
	c := f.editing
	c.Name, c.Phone, c.Email, c.Notes = f.name.Text, f.phone.Text, f.email.Text, f.notes.Text
	c.Role = data.RoleOther
	if i := f.role.SelectedIndex(); i >= 0 {
		c.Role = data.ContactRoles[i]
	}
	return c
}

// recheck says the problems again after a refused Save, so each goes
// as soon as it is mended.
func (f *contactForm) recheck() {
	if f.tried {
		f.problems.ShowAll(f.read().Problems(), nil)
	}
}

// saveForm stores the form's contact; bad input is refused inline, every
// problem at once, and everything typed stays in the form.
func (h *Screen) saveForm(f *contactForm) {
	c := f.read()
	if f.tried = f.problems.ShowAll(c.Problems(), nil); f.tried {
		f.problems.GoToFirst()
		return
	}
	var err error
	if c.ID == 0 {
		_, err = h.contacts.AddContact(c)
	} else {
		err = h.contacts.UpdateContact(c)
	}
	if f.problems.Show(err) {
		f.problems.GoToFirst()
		return
	}
	if f.typed != nil {
		f.typed.Done()
	}
	h.undo.Hide()
	h.mineNote.Hide()
	h.loadMine()
}

// keepTyped keeps a new contact in its draft as it is typed, and brings
// back one typed before a quick exit or a crash.
func (f *contactForm) keepTyped(env screens.Env) {
	f.typed = env.Draft(draftContact)
	f.typed.Entry("name", f.name)
	f.typed.Select("role", f.role)
	f.typed.Entry("phone", f.phone)
	f.typed.Entry("email", f.email)
	f.typed.Entry("notes", f.notes)
}

package screens

import (
	"log"
	"slices"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// DraftStore keeps what is typed in forms that create something, as it is
// typed, so a quick exit, a crash or a restart loses nothing.
type DraftStore interface {
	Draft(form string) (data.Draft, error)
	SaveDraft(form string, d data.Draft) error
	ClearDraft(form string) error
}

// Draft ties one form's fields to its draft in the store: fields start
// from the draft, and every change is kept after a pause in typing (at
// once on leaving a field, on quick exit and on closing). Done forgets
// the draft once the form has created what it was for. With no store
// (Env.Drafts nil) it does nothing.
type Draft struct {
	env    Env
	form   string
	kept   data.Draft
	fields map[string]func() string
	done   bool
}

// Draft starts the draft of form (a name such as "child.add" or
// "concern.7"); fields are added with Entry, Select and Check.
func (e Env) Draft(form string) *Draft {
	d := &Draft{env: e, form: form, kept: data.Draft{}, fields: map[string]func() string{}}
	if e.Drafts != nil {
		if kept, err := e.Drafts.Draft(form); err == nil {
			d.kept = kept
		}
	}
	return d
}

// Found reports whether something typed earlier was brought back.
func (d *Draft) Found() bool { return !d.kept.Empty() }

// Value is what the draft kept for field, "" when nothing.
func (d *Draft) Value(field string) string { return d.kept[field] }

// Entry keeps a text field in the draft; it starts with the kept text.
func (d *Draft) Entry(field string, e *widgets.Entry) {
	if v, ok := d.kept[field]; ok && e.Text == "" {
		e.SetText(v)
	}
	d.fields[field] = func() string { return e.Text }
	prev := e.OnChanged
	e.OnChanged = func(s string) {
		if prev != nil {
			prev(s)
		}
		d.Changed()
	}
	e.OnLeave = append(e.OnLeave, func() { d.env.Saves.Flush(d) })
}

// Select keeps a choice in the draft; it starts with the kept choice.
func (d *Draft) Select(field string, s *widget.Select) {
	if v := d.kept[field]; v != "" && slices.Contains(s.Options, v) {
		s.SetSelected(v) // calls OnChanged, so the form's own state follows
	}
	d.fields[field] = func() string { return s.Selected }
	prev := s.OnChanged
	s.OnChanged = func(v string) {
		if prev != nil {
			prev(v)
		}
		d.Changed()
	}
}

// Keep keeps a value the form holds itself (a set of check boxes, say):
// read gives it as text; Changed must be called when it changes.
func (d *Draft) Keep(field string, read func() string) { d.fields[field] = read }

// Changed saves the draft after a pause in typing.
func (d *Draft) Changed() {
	if d == nil || d.env.Drafts == nil || d.done {
		return
	}
	d.env.Saves.Later(d, d.save)
}

func (d *Draft) save() {
	now := data.Draft{}
	for f, read := range d.fields {
		now[f] = read()
	}
	d.kept = now
	if err := d.env.Drafts.SaveDraft(d.form, now); err != nil {
		// A failed draft save must not stop typing; the form's own save
		// reports a store that cannot be written.
		log.Printf("family-online-safety: draft not kept: %v", err)
	}
}

// Done forgets the draft: what it was for is saved, or was let go. The
// fields stop feeding it.
func (d *Draft) Done() {
	if d == nil {
		return
	}
	d.done = true
	d.Clear()
}

// Clear forgets what was kept, for a form that stays open for the next
// one (a device-free time, a rule).
func (d *Draft) Clear() {
	d.env.Saves.Cancel(d)
	d.kept = data.Draft{}
	if d.env.Drafts != nil {
		if err := d.env.Drafts.ClearDraft(d.form); err != nil {
			log.Printf("family-online-safety: draft not cleared: %v", err)
		}
	}
}

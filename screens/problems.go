package screens

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// The words for a refused or failed change. data owns every rule and says
// which one a value broke (data.FieldError); a screen only says it, in the
// user's language, under the field. Text from err.Error() is English for
// logs and never reaches the user.

// Messages gives a feature's own words for a field and rule, keyed by
// Key(field, rule), where it has something kinder to say than the rule's
// general text ("invalid.<rule>").
type Messages map[string]string

// Key joins a field and a rule into a Messages key.
func Key(field string, rule data.Rule) string { return field + "/" + string(rule) }

// Say is what to tell the user about err: the broken rule for a
// FieldError, a general "could not save" for anything else. args fill in
// names a message may use ({{.Name}}); Min and Max come from the error.
func (m Messages) Say(tr Translator, err error, args ...map[string]any) string {
	fe, ok := data.AsFieldError(err)
	if !ok {
		switch {
		case errors.Is(err, data.ErrInvalid):
			return tr.T("invalid.other")
		case errors.Is(err, data.ErrNoSpace):
			return tr.T("error.no_space")
		case errors.Is(err, data.ErrReadOnly):
			return tr.T("error.read_only")
		case errors.Is(err, data.ErrPermission):
			return tr.T("error.permission")
		}
		return tr.T("error.save")
	}
	fill := map[string]any{"Min": fe.Min, "Max": fe.Max}
	for _, a := range args {
		for k, v := range a {
			fill[k] = v
		}
	}
	if key, ok := m[Key(fe.Field, fe.Rule)]; ok {
		return tr.T(key, fill)
	}
	return tr.T("invalid."+string(fe.Rule), fill)
}

// LoadProblem is what to say when the store cannot be read.
func LoadProblem(tr Translator, _ error) string { return tr.T("error.load.body") }

// FieldProblems keeps one problem label per field of a form, so that a
// refusal is shown under the field it names; refusals naming no field of
// the form go to a label under the whole form.
type FieldProblems struct {
	tr     Translator
	msgs   Messages
	fields map[string]*widget.Label
	names  map[string]string // the field's name on the form, said first
	Form   *widget.Label     // under the form, for what names no field here
}

// NewFieldProblems starts the problem labels of one form.
func NewFieldProblems(tr Translator, msgs Messages) *FieldProblems {
	return &FieldProblems{tr: tr, msgs: msgs, fields: map[string]*widget.Label{}, names: map[string]string{}, Form: widgets.Problem()}
}

// For is the problem label of one field (its line kept while empty).
// name, when given, is the field's name on the form: a problem then says
// it first ("Hours: 0 to 24"), so it is clear which field it is about.
func (p *FieldProblems) For(field string, name ...string) *widget.Label {
	if len(name) > 0 {
		p.names[field] = name[0]
	}
	if l, ok := p.fields[field]; ok {
		return l
	}
	l := widgets.Problem()
	p.fields[field] = l
	return l
}

// Under is the problem label of one field (as For) in the room it keeps
// (widgets.Room), to place under the field.
func (p *FieldProblems) Under(field string, name ...string) fyne.CanvasObject {
	return widgets.Room(p.For(field, name...))
}

// Show clears every label, then says what err means under its field.
// It reports whether there was a problem to show.
func (p *FieldProblems) Show(err error, args ...map[string]any) bool {
	p.Clear()
	if err == nil {
		return false
	}
	l, text := p.Form, p.msgs.Say(p.tr, err, args...)
	if fe, ok := data.AsFieldError(err); ok {
		if fl, ok := p.fields[fe.Field]; ok {
			l = fl
		}
		if name := p.names[fe.Field]; name != "" {
			text = p.tr.T("invalid.named", map[string]any{"Field": name, "Message": text})
		}
	}
	widgets.SetProblem(l, text)
	return true
}

// ShowAll clears every label, then says each of errs under its field
// (a form's Save tells every problem at once); texts adds a screen's own
// words under a field (a time that cannot be read), in place of what errs
// say there. It reports whether there was anything to show.
func (p *FieldProblems) ShowAll(errs []error, texts map[string]string) bool {
	p.Clear()
	said := map[*widget.Label][]string{}
	var order []*widget.Label
	add := func(l *widget.Label, text string) {
		if _, seen := said[l]; !seen {
			order = append(order, l)
		}
		said[l] = append(said[l], text)
	}
	for _, err := range errs {
		if fe, ok := data.AsFieldError(err); ok && texts[fe.Field] != "" {
			continue
		}
		l, text := p.Form, p.msgs.Say(p.tr, err)
		if fe, ok := data.AsFieldError(err); ok {
			if fl, ok := p.fields[fe.Field]; ok {
				l = fl
			}
			if name := p.names[fe.Field]; name != "" {
				text = p.tr.T("invalid.named", map[string]any{"Field": name, "Message": text})
			}
		}
		add(l, text)
	}
	for field, text := range texts {
		if name := p.names[field]; name != "" {
			text = p.tr.T("invalid.named", map[string]any{"Field": name, "Message": text})
		}
		add(p.For(field), text)
	}
	for _, l := range order {
		widgets.SetProblem(l, strings.Join(said[l], "\n"))
	}
	return len(order) > 0
}

// ShowText shows a screen's own words (such as a time that cannot be read)
// under one field.
func (p *FieldProblems) ShowText(field, text string) {
	p.Clear()
	if name := p.names[field]; name != "" {
		text = p.tr.T("invalid.named", map[string]any{"Field": name, "Message": text})
	}
	widgets.SetProblem(p.For(field), text)
}

// Clear hides every problem.
func (p *FieldProblems) Clear() {
	widgets.SetProblem(p.Form, "")
	for _, l := range p.fields {
		widgets.SetProblem(l, "")
	}
}

package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// PassphraseForm asks for a new passphrase twice (and, when changing or
// removing one, the current one), says how to choose one, and checks the
// two match and are long enough before anything slow happens.
type PassphraseForm struct {
	tr          Translator
	Current     *widgets.Entry // nil unless asked for
	New, Repeat *widgets.Entry // nil when only the current one is asked
	Problem     *widget.Label
	Strength    *widget.Label // how hard the new passphrase is to guess
}

// NewPassphraseForm makes the fields: current asks for the passphrase in
// use, fresh for a new one typed twice. The fields report keys to env's
// watcher, so quick exit works while typing in them.
func NewPassphraseForm(env Env, current, fresh bool) *PassphraseForm {
	f := &PassphraseForm{tr: env.Tr, Problem: widgets.Para("")}
	f.Problem.Importance = widget.DangerImportance
	if current {
		f.Current = env.PasswordEntry()
	}
	if fresh {
		f.New, f.Repeat = env.PasswordEntry(), env.PasswordEntry()
		f.Strength = widgets.Para("")
		f.New.OnChanged = func(string) { f.Rate() }
	}
	return f
}

// Rate shows how hard the new passphrase is to guess (zxcvbn's score),
// with a plain hint. The welcome screen calls it from its own OnChanged.
func (f *PassphraseForm) Rate() {
	if f.Strength == nil {
		return
	}
	f.Strength.SetText(StrengthText(f.tr, f.New.Text))
}

// StrengthText is zxcvbn's score for the new passphrase p with its plain
// hint ("" while nothing is typed): shown wherever a passphrase is chosen.
func StrengthText(tr Translator, p string) string {
	if p == "" {
		return ""
	}
	score := data.PassphraseScore(p)
	return tr.T("privacy.strength", map[string]any{"Score": score}) + " " + tr.T(strengthHints[score])
}

// NewPassphraseProblem says what is wrong with a new passphrase p, typed
// again as again: too short, too easy to guess (a common password), or
// the two differ; "" when it can be used.
func NewPassphraseProblem(tr Translator, p, again string) string {
	switch {
	case len([]rune(p)) < data.MinPassphrase:
		return tr.T("privacy.pass.short", map[string]any{"Min": data.MinPassphrase})
	case data.PassphraseScore(p) < data.MinPassphraseScore:
		return tr.T("privacy.pass.common")
	case p != again:
		return tr.T("privacy.pass.mismatch")
	}
	return ""
}

// strengthHints are the hints for zxcvbn's scores 0 to 4.
var strengthHints = [5]string{"privacy.strength.0", "privacy.strength.1", "privacy.strength.2", "privacy.strength.3", "privacy.strength.4"}

// PasswordEntry makes a field whose text is hidden, that reports keys to
// the watcher.
func (e Env) PasswordEntry() *widgets.Entry {
	p := widgets.NewEntry(e.Keys)
	p.Password = true
	if e.Fields != nil {
		e.Fields.Count(p)
	}
	return p
}

// View lays the fields out with the advice on choosing a passphrase.
func (f *PassphraseForm) View() fyne.CanvasObject {
	form := widgets.NewForm()
	if f.Current != nil {
		form.Append(f.tr.T("privacy.pass.current"), f.Current)
	}
	items := []fyne.CanvasObject{form}
	if f.New != nil {
		form.Append(f.tr.T("privacy.pass.new"), f.New)
		form.Append(f.tr.T("privacy.pass.repeat"), f.Repeat)
		items = append([]fyne.CanvasObject{widgets.Para(f.tr.T("privacy.pass.hint", map[string]any{"Min": data.MinPassphrase}))}, items...)
		items = append(items, f.Strength)
	}
	return container.NewVBox(append(items, f.Problem)...)
}

// Check says what is wrong with the new passphrase (false) or clears the
// problem (true).
func (f *PassphraseForm) Check() bool {
	msg := ""
	if f.New != nil {
		msg = NewPassphraseProblem(f.tr, f.New.Text, f.Repeat.Text)
	}
	f.Problem.SetText(msg)
	return msg == ""
}

// Empty reports whether nothing was typed as a new passphrase.
func (f *PassphraseForm) Empty() bool {
	return f.New == nil || f.New.Text == "" && f.Repeat.Text == ""
}

package agreement

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// ---- Signatures ----

var reviewChoices = []int{1, 3, 6, 12}

func (s *Screen) signSection() fyne.CanvasObject {
	tr := s.tr
	return widgets.Page(
		widgets.Card(tr.T("agreement.sign.title"), tr.T("agreement.sign.subtitle"), container.NewVBox(
			s.signStatus(),
			s.signBox(),
			widgets.NewForm(widget.NewFormItem(tr.T("agreement.sign.review_after"), s.reviewSelect())),
		)),
		s.historyCard(),
	)
}

// signStatus says whether and when the agreement was signed, and by whom.
func (s *Screen) signStatus() fyne.CanvasObject {
	tr := s.tr
	status := container.NewVBox()
	switch {
	case s.a.Signed():
		status.Add(widgets.Para(tr.T("agreement.sign.agreed", map[string]any{"Date": formatDate(tr, s.a.AgreedOn()), "Version": s.a.Version})))
		status.Add(widgets.Para(tr.T("agreement.sign.review_on", map[string]any{"Date": formatDate(tr, s.a.ReviewOn())})))
		if s.a.ReviewDue(s.env.Now()) {
			due := widgets.Para(tr.T("agreement.sign.review_due"))
			due.Importance = widget.WarningImportance
			status.Add(due)
		}
	case !s.a.ChangedAt.IsZero():
		status.Add(widgets.Para(tr.T("agreement.sign.changed", map[string]any{"Date": formatDate(tr, s.a.ChangedAt)})))
	default:
		status.Add(widgets.Para(tr.T("agreement.sign.not_yet")))
	}
	for _, sig := range s.a.Signatures {
		status.Add(container.NewHBox(widget.NewIcon(theme.ConfirmIcon()),
			widget.NewLabelWithStyle(sig.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			widget.NewLabel(formatDate(tr, sig.SignedAt))))
	}
	return status
}

// signBox takes a typed name; the store decides whether it can sign.
func (s *Screen) signBox() fyne.CanvasObject {
	name := s.env.Entry()
	name.SetPlaceHolder(s.tr.T("agreement.sign.placeholder"))
	msg := widgets.Problem()
	typed := s.env.Draft("agreement.sign")
	typed.Entry("name", name)
	sign := func() {
		err := s.store.Sign(name.Text, s.env.Now())
		if errors.Is(err, data.ErrInvalid) {
			widgets.SetProblem(msg, messages.Say(s.tr, err, map[string]any{"Name": strings.TrimSpace(name.Text)}))
		}
		if err == nil {
			typed.Done()
		}
		s.saved(err, err == nil)
	}
	name.OnSubmitted = func(string) { sign() }
	signBtn := widget.NewButtonWithIcon(s.tr.T("agreement.sign.button"), theme.ConfirmIcon(), sign)
	signBtn.Importance = widget.HighImportance
	return container.NewVBox(container.NewBorder(nil, nil, nil, signBtn, name), msg)
}

// reviewSelect chooses how many months after agreeing to look again.
func (s *Screen) reviewSelect() fyne.CanvasObject {
	var options []string
	for _, m := range reviewChoices {
		options = append(options, s.tr.N("agreement.sign.months", m))
	}
	review := widget.NewSelect(options, nil)
	if i := slices.Index(reviewChoices, s.a.Review()); i >= 0 {
		review.SetSelected(options[i])
	}
	review.OnChanged = func(choice string) {
		i := slices.Index(options, choice)
		if i >= 0 && reviewChoices[i] != s.a.Review() {
			s.saved(s.store.SetReviewMonths(reviewChoices[i]), true)
		}
	}
	return review
}

func (s *Screen) historyCard() fyne.CanvasObject {
	tr := s.tr
	hist, err := s.store.AgreementHistory()
	box := container.NewVBox()
	if err != nil {
		box.Add(dangerLabel(screens.LoadProblem(tr, err)))
	}
	if len(hist) == 0 && err == nil {
		box.Add(widgets.Para(tr.T("agreement.history.empty")))
	}
	for _, v := range hist {
		var names []string
		for _, sig := range v.Agreement.Signatures {
			names = append(names, sig.Name)
		}
		title := widget.NewLabelWithStyle(tr.T("agreement.history.version", map[string]any{
			"Version": v.Agreement.Version, "Date": formatDate(tr, v.Agreement.AgreedOn())}),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		detail := widgets.Para(tr.T("agreement.history.detail", map[string]any{
			"Names":    strings.Join(names, ", "),
			"Replaced": formatDate(tr, v.ChangedAt),
			"Rules":    tr.N("agreement.history.rules", len(v.Agreement.Rules)),
			"Windows":  tr.N("agreement.history.windows", len(v.Agreement.Windows)),
		}))
		box.Add(container.NewVBox(title, detail))
	}
	return widgets.Card(tr.T("agreement.history.title"), tr.T("agreement.history.subtitle"), box)
}

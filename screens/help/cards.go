package help

import (
	"net/url"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// the cards of a route; 0 for none.
func (h *Screen) contactCard(c content.Contact, step int) fyne.CanvasObject {
	title := c.Name
	if step > 0 {
		title = strconv.Itoa(step) + ". " + title
	}
	body := container.NewVBox(widgets.Para(h.tr.T(c.PurposeKey())))
	problem := widgets.Para(h.tr.T("helpui.open.failed"))
	problem.Importance = widget.DangerImportance
	problem.Hide()

	if c.Phone != "" {
		body.Add(h.valueRow(h.tr.T("helpui.card.phone"), c.Phone, true, h.copyButton("helpui.copy.number", c.Phone)))
	}
	if c.Web != "" {
		open := widget.NewButtonWithIcon(h.tr.T("helpui.open"), theme.ComputerIcon(), nil)
		web := c.Web
		open.OnTapped = func() {
			u, err := url.Parse(web)
			if err == nil {
				err = h.actions.OpenURL(u)
			}
			if err != nil {
				problem.Show()
			}
		}
		body.Add(h.valueRow(h.tr.T("helpui.card.web"), c.Web, false, open, h.copyButton("helpui.copy.address", c.Web)))
	}
	if c.Email != "" {
		body.Add(h.valueRow(h.tr.T("helpui.card.email"), c.Email, false, h.copyButton("helpui.copy.email", c.Email)))
	}
	body.Add(problem)
	facts := h.cardFacts(c)
	for _, f := range facts {
		body.Add(widgets.Para(f))
	}
	checked := widgets.Para(h.tr.T("helpui.card.checked", map[string]any{"Checked": string(c.Source.Checked), "Source": c.Source.Name}))
	checked.SizeName = theme.SizeNameCaptionText
	body.Add(checked)
	// Beside every number: a check more than a year old says so.
	if stale := screens.StaleLine(h.tr, h.env.Now(), c.Source.Checked); stale != nil {
		body.Add(stale)
	}
	return widget.NewCard(title, "", body)
}

// cardFacts are a contact's hours, whether it is anonymous and who it is
// for, as lines.
func (h *Screen) cardFacts(c content.Contact) []string {
	var facts []string
	if c.HasHours() {
		facts = append(facts, h.tr.T("helpui.card.hours", map[string]any{"Hours": h.tr.T(c.HoursKey())}))
	}
	switch c.Anonymous {
	case content.TristateYes:
		facts = append(facts, h.tr.T("helpui.card.anonymous.yes"))
	case content.TristateNo:
		facts = append(facts, h.tr.T("helpui.card.anonymous.no"))
	}
	switch {
	case c.MinAge > 0 && c.MaxAge > 0:
		facts = append(facts, h.tr.T("helpui.card.age.range", map[string]any{"Min": c.MinAge, "Max": c.MaxAge}))
	case c.MinAge > 0:
		facts = append(facts, h.tr.T("helpui.card.age.min", map[string]any{"Min": c.MinAge}))
	case c.MaxAge > 0:
		facts = append(facts, h.tr.T("helpui.card.age.max", map[string]any{"Max": c.MaxAge}))
	}
	return facts
}

// valueRow shows a phone number, address or email as plain text, so it
// can be read and written down with no network, with its buttons (Copy
// puts it on the clipboard). Not selectable text: Fyne's selectable
// label is a Tab stop that shows no focus.
func (h *Screen) valueRow(label, value string, large bool, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	v := widget.NewLabel(value)
	v.Wrapping = fyne.TextWrapBreak
	if large {
		v.SizeName = theme.SizeNameHeadingText
		v.TextStyle.Bold = true
	}
	name := widget.NewLabel(label)
	middle := func(o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewVBox(layout.NewSpacer(), o, layout.NewSpacer())
	}
	return container.NewBorder(nil, nil, middle(name), middle(container.NewHBox(buttons...)), v)
}

func (h *Screen) copyButton(key, text string) *widget.Button {
	b := widget.NewButtonWithIcon(h.tr.T(key), theme.ContentCopyIcon(), nil)
	b.OnTapped = func() {
		h.actions.Copy(text)
		b.SetText(h.tr.T("helpui.copied"))
		b.SetIcon(theme.ConfirmIcon())
	}
	return b
}

package children

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// PlacementContacts lists, for each child in a foster or kinship
// placement, their social worker and the out-of-hours team, for the Get
// help screen, each number with a Copy button (through copier; nil: none).
// It is nil when no child has a placement with contacts.
func PlacementContacts(tr screens.Translator, store screens.ChildLister, copier screens.Copier) fyne.CanvasObject {
	kids, err := store.ActiveChildren()
	if err != nil {
		return nil
	}
	box := container.NewVBox()
	for _, c := range kids {
		p := c.Placement
		if !c.Placed || !p.HasContacts() {
			continue
		}
		form := widgets.NewForm()
		if p.SocialWorker != "" || p.SocialWorkerPhone != "" {
			form.Append(tr.T("placement.social_worker"), placementContactRow(tr, copier, p.SocialWorker, p.SocialWorkerPhone))
		}
		if p.OutOfHoursPhone != "" {
			form.Append(tr.T("placement.out_of_hours"), placementContactRow(tr, copier, "", p.OutOfHoursPhone))
		}
		name := widget.NewLabelWithStyle(tr.T("placement.help.title", map[string]any{"Name": c.Name}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.AccountIcon()), nil, name))
		box.Add(form)
	}
	if len(box.Objects) == 0 {
		return nil
	}
	box.Objects = append([]fyne.CanvasObject{widgets.Para(tr.T("placement.help.intro"))}, box.Objects...)
	return widget.NewCard(tr.T("placement.help.heading"), "", box)
}

// placementContactRow shows a name and number, and a button that copies
// the number. The text is not selectable: Fyne's selectable label is a
// Tab stop that shows no focus.
func placementContactRow(tr screens.Translator, copier screens.Copier, name, phone string) fyne.CanvasObject {
	text := phone
	if name != "" && phone != "" {
		text = name + ": " + phone
	} else if name != "" {
		text = name
	}
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: phone != ""})
	l.Wrapping = fyne.TextWrapWord
	if copier == nil || phone == "" {
		return l
	}
	var b *widget.Button
	b = widget.NewButtonWithIcon(tr.T("helpui.copy.number"), theme.ContentCopyIcon(), func() {
		copier.Copy(phone)
		b.SetText(tr.T("helpui.copied"))
		b.SetIcon(theme.ConfirmIcon())
	})
	return container.NewBorder(nil, nil, nil, b, l)
}

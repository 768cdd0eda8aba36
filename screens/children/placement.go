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
// help screen. It is nil when no child has a placement with contacts.
func PlacementContacts(tr screens.Translator, store screens.ChildLister) fyne.CanvasObject {
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
			form.Append(tr.T("placement.social_worker"), placementContactLabel(p.SocialWorker, p.SocialWorkerPhone))
		}
		if p.OutOfHoursPhone != "" {
			form.Append(tr.T("placement.out_of_hours"), placementContactLabel("", p.OutOfHoursPhone))
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

// placementContactLabel shows a name and number that can be selected and
// copied.
func placementContactLabel(name, phone string) *widget.Label {
	text := phone
	if name != "" && phone != "" {
		text = name + ": " + phone
	} else if name != "" {
		text = name
	}
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: phone != ""})
	l.Selectable = true
	l.Wrapping = fyne.TextWrapWord
	return l
}

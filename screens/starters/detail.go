package starters

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

func (s *Screen) setDetail(o fyne.CanvasObject) {
	s.detail.Objects = []fyne.CanvasObject{o}
	s.detail.Refresh()
}

// showDetail fills the detail pane with one starter, or a hint when none
// is chosen.
func (s *Screen) showDetail(id string) {
	s.formShown = false
	s.env.OnEscape(nil)
	it, ok := s.item(id)
	if !ok {
		s.open = ""
		s.setDetail(widgets.EmptyState(theme.MailComposeIcon(), s.tr.T("starters.pick.title"), s.tr.T("starters.pick.body"), nil))
		return
	}
	s.open = id
	mark := s.marks[id]
	items := s.detailText(it)

	status := widget.NewLabel("")
	status.Wrapping = fyne.TextWrapWord
	status.Importance = widget.SuccessImportance
	status.Hide()
	say := func(text string) { status.SetText(text); status.Show() }

	copyBtn := widget.NewButtonWithIcon(s.tr.T("starters.copy"), theme.ContentCopyIcon(), func() {
		s.copier.Copy(it.question)
		say(s.tr.T("starters.copied"))
	})
	favText, favIcon := s.tr.T("starters.favourite.add"), theme.ContentAddIcon()
	if mark.Favourite {
		favText, favIcon = s.tr.T("starters.favourite.remove"), theme.ContentRemoveIcon()
	}
	fav := widget.NewButtonWithIcon(favText, favIcon, func() {
		s.act(s.store.SetFavourite(id, !mark.Favourite))
	})
	hideText, hideIcon := s.tr.T("starters.hide"), theme.VisibilityOffIcon()
	if mark.Hidden {
		hideText, hideIcon = s.tr.T("starters.unhide"), theme.VisibilityIcon()
	}
	hide := widget.NewButtonWithIcon(hideText, hideIcon, func() {
		s.act(s.store.SetHidden(id, !mark.Hidden))
	})
	// On rows that wrap, not in a sideways scroll area: one scrolled up
	// under the tab bar took the clicks meant for the tabs.
	items = append(items, container.New(layout.NewRowWrapLayout(), copyBtn, fav, hide))
	if it.own != nil {
		own := *it.own
		edit := widget.NewButtonWithIcon(s.tr.T("starters.own.edit"), theme.DocumentCreateIcon(), func() { s.showOwnForm(&own) })
		items = append(items, s.ownActions(own, edit, say))
	}
	items = append(items, status, widget.NewSeparator(), s.markForm(it))
	s.setDetail(container.NewVScroll(container.NewPadded(container.NewVBox(items...))))
}

// detailText is the question, the tip, what the starter is about and
// where it comes from.
func (s *Screen) detailText(it starterItem) []fyne.CanvasObject {
	tipTitle := widget.NewLabelWithStyle(s.tr.T("starters.detail.tip"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	facts := widgets.Para(s.tr.T("starters.detail.facts", map[string]any{
		"Topic": s.tr.T(content.TopicKey(it.topic)), "Ages": s.bandNames(it.bands)}))
	items := []fyne.CanvasObject{widgets.Heading(it.question)}
	if it.tip != "" {
		items = append(items, tipTitle, widgets.Para(it.tip))
	}
	items = append(items, facts)
	if it.simple {
		items = append(items, widgets.Para(s.tr.T("starters.detail.simple")))
	}
	if it.own != nil {
		items = append(items, widgets.Para(s.tr.T("starters.detail.own")))
	} else {
		src := widgets.Para(s.tr.T("starters.detail.source", map[string]any{"Source": it.source.Name}))
		checked := widgets.Para(s.tr.T("starters.detail.checked", map[string]any{"Date": string(it.source.Checked)}))
		items = append(items, src, checked)
		if stale := screens.StaleLine(s.tr, s.env.Now(), it.source.Checked); stale != nil {
			items = append(items, stale)
		}
	}
	return items
}

// act reports the result of a mark change, then redraws from the store.
func (s *Screen) act(err error) {
	if err != nil {
		s.setDetail(widgets.EmptyState(theme.ErrorIcon(), s.tr.T("error.title"), messages.Say(s.tr, err), nil))
		return
	}
	open := s.open
	s.reload()
	s.showDetail(open)
}

// ownActions holds "Change" and "Delete" for an own starter. Delete asks
// first: the row turns into a question with "Yes, delete" and "Keep it".
func (s *Screen) ownActions(own data.OwnStarter, edit *widget.Button, say func(string)) fyne.CanvasObject {
	box := container.NewVBox()
	var ask *widget.Button
	ask = widget.NewButtonWithIcon(s.tr.T("starters.own.delete"), theme.DeleteIcon(), func() {
		sure := widget.NewButtonWithIcon(s.tr.T("starters.own.delete.confirm"), theme.DeleteIcon(), func() {
			if err := s.store.DeleteOwnStarter(own.ID); err != nil {
				say(messages.Say(s.tr, err))
				return
			}
			s.reload()
			s.showDetail("")
		})
		sure.Importance = widget.DangerImportance
		keep := widget.NewButton(s.tr.T("starters.own.delete.keep"), func() {
			box.Objects = []fyne.CanvasObject{container.NewHBox(edit, ask)}
			box.Refresh()
		})
		box.Objects = []fyne.CanvasObject{widgets.Para(s.tr.T("starters.own.delete.ask")), container.NewHBox(sure, keep)}
		box.Refresh()
	})
	box.Objects = []fyne.CanvasObject{container.NewHBox(edit, ask)}
	return box
}

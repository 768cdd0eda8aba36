package help

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens/widgets"
)

// ---- "What happened?" ----

func (h *Screen) happenedTab() fyne.CanvasObject {
	titles := make([]string, len(content.Situations))
	for i, s := range content.Situations {
		titles[i] = h.tr.T(s.TitleKey())
	}
	h.situations = widgets.NewList(
		func() int { return len(titles) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(titles[i]) },
	)
	h.situations.OnSelected = h.choose
	h.guide = container.NewVScroll(h.guideFor(-1))
	split := container.NewHSplit(container.New(&wrappedRows{list: h.situations, texts: titles}, h.situations), h.guide)
	split.Offset = 0.3
	return split
}

// choose shows the guide for situation i.
func (h *Screen) choose(i widget.ListItemID) {
	h.chosen = i
	h.guide.Content = h.guideFor(i)
	h.guide.Refresh()
	h.guide.ScrollToTop()
}

func (h *Screen) guideFor(i int) fyne.CanvasObject {
	if i < 0 || i >= len(content.Situations) {
		return widgets.Column(container.NewPadded(container.NewVBox(
			widgets.Heading(h.tr.T("helpui.guide.choose.title")),
			widgets.Para(h.tr.T("helpui.guide.choose.body")),
			h.remember(),
		)))
	}
	s := content.Situations[i]
	emergency := widgets.Para(h.tr.T("helpui.guide.emergency", map[string]any{"Number": content.EmergencyNumber(h.region)}))
	emergency.TextStyle.Bold = true
	emergency.Importance = widget.DangerImportance
	emergency.SizeName = theme.SizeNameSubHeadingText

	items := []fyne.CanvasObject{
		widgets.Heading(h.tr.T(s.TitleKey())),
		emergency,
		section(h.tr.T("helpui.guide.now")), widgets.Para(h.tr.T(s.NowKey())),
		section(h.tr.T("helpui.guide.evidence")), widgets.Para(h.tr.T(s.EvidenceKey())),
		section(h.tr.T("helpui.guide.dont")), widgets.Para(h.tr.T(s.DontKey())),
		h.remember(),
		section(h.tr.T("helpui.guide.route")),
	}
	route := s.Route(h.region)
	if len(route) == 0 && !s.RouteExplained(h.region) {
		items = append(items, widgets.Para(h.tr.T("helpui.guide.no_route")))
	}
	for n, c := range route {
		items = append(items, h.contactCard(c, n+1))
	}
	return widgets.Column(container.NewPadded(container.NewVBox(items...)))
}

// remember is said with every guide: the child is not to blame, keep
// screenshots, never pass an image on.
func (h *Screen) remember() fyne.CanvasObject {
	return widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil,
		container.NewVBox(section(h.tr.T("helpui.remember.title")), widgets.Para(h.tr.T("helpui.remember.body")))))
}

func section(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// contactCard shows everything about a built-in contact. step numbers

// wrappedRows lays out a list of wrapped texts, giving each row the height
// its text needs at the list's width.
type wrappedRows struct {
	list  *widgets.List
	texts []string
	width float32
}

func (w *wrappedRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(160, objs[0].MinSize().Height)
}

func (w *wrappedRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != w.width && size.Width > 0 {
		w.width = size.Width
		for i, t := range w.texts {
			l := widget.NewLabel(t)
			l.Wrapping = fyne.TextWrapWord
			l.Resize(fyne.NewSize(size.Width, l.MinSize().Height))
			w.list.SetItemHeight(i, l.MinSize().Height)
		}
	}
	objs[0].Resize(size)
	objs[0].Move(fyne.NewPos(0, 0))
}

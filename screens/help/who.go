package help

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

// ---- "Who to call" ----

func (h *Screen) whoTab() fyne.CanvasObject {
	// The family's own contacts, pinned above the built-in ones.
	h.mineNote = widgets.Problem()
	h.mineNote.Hide()             // a note, not a field's problem: no line kept for it
	h.undo = container.NewStack() // in the heading's row: it pushes no contact down
	h.undo.Hide()
	add := widget.NewButtonWithIcon(h.tr.T("helpui.mine.add"), theme.ContentAddIcon(), func() { h.openForm(data.Contact{Role: data.RoleSchool}) })
	add.Importance = widget.HighImportance
	h.mineAdd = add
	h.mineBox = container.NewVBox()
	h.mineArea = container.NewStack()
	head := container.NewBorder(nil, nil, widgets.Heading(h.tr.T("helpui.who.mine.title")), add, h.undo)
	mine := widgets.TopFirst(container.NewVBox(head, h.mineNote), h.mineArea)

	// The region's helplines and reporting services.
	h.cards = map[string]fyne.CanvasObject{}
	items := append([]fyne.CanvasObject{}, h.extra...) // a foster child's placement contacts come first
	items = append(items,
		widgets.Heading(h.tr.T("helpui.who.builtin.title", map[string]any{"Region": h.tr.T(content.RegionKey(h.region))})),
		widgets.Para(h.tr.T("helpui.who.builtin.region")),
	)
	for _, c := range content.ContactsFor(h.region) {
		card := h.contactCard(c, 0)
		h.cards[c.ID] = card
		items = append(items, card)
	}
	// One scroll for both, so the family's contacts and the helplines use
	// the whole height between them, however many there are.
	h.builtin = container.NewVScroll(widgets.Column(container.NewPadded(container.NewVBox(
		append([]fyne.CanvasObject{mine, widget.NewSeparator()}, items...)...))))
	h.loadMine()
	if h.env.Draft(draftContact).Found() { // typed before a quick exit or a crash
		h.openForm(data.Contact{Role: data.RoleSchool})
	}
	return h.builtin
}

// minePage is how many of the family's contacts are shown at first, and
// how many more each "Show more" adds: a family has tens, and a home that
// took in thousands (another home's doing) still opens this tab at once,
// its cost set by the rows shown, not by how many there are.
const minePage = 50

// loadMine reads the family's contacts and shows them (the first
// h.shown), or the empty text.
func (h *Screen) loadMine() {
	mine, err := h.contacts.Contacts()
	if err != nil {
		h.showMineNote(screens.LoadProblem(h.tr, err))
	}
	h.mine = mine
	h.form = nil
	h.env.OnEscape(nil)
	h.shown = max(h.shown, minePage)
	h.showMineRows()
	if len(mine) == 0 {
		h.mineArea.Objects = []fyne.CanvasObject{widgets.Para(h.tr.T("helpui.who.mine.empty"))}
	} else {
		h.mineArea.Objects = []fyne.CanvasObject{h.mineBox}
	}
	h.mineArea.Refresh()
}

// showMineRows fills the list with the first h.shown contacts, at once
// (one layout, not one for each row), and a "Show more" button when
// there are more.
func (h *Screen) showMineRows() {
	n := min(len(h.mine), h.shown)
	rows := make([]fyne.CanvasObject, 0, n+1)
	for i := range n {
		row := newContactRow(h.tr)
		h.updateMineRow(i, row)
		rows = append(rows, row)
	}
	if rest := len(h.mine) - n; rest > 0 {
		more := widget.NewButtonWithIcon(h.tr.T("helpui.mine.more", map[string]any{
			"Count": min(rest, minePage), "Total": len(h.mine)}), theme.MoreVerticalIcon(), func() {
			h.shown += minePage
			h.showMineRows()
		})
		rows = append(rows, more)
	}
	h.mineBox.Objects = rows
	h.mineBox.Refresh()
}

func (h *Screen) showMineNote(text string) {
	widgets.SetProblem(h.mineNote, text)
}

func (h *Screen) updateMineRow(i widget.ListItemID, row *contactRow) {
	if i >= len(h.mine) {
		return
	}
	c := h.mine[i]
	row.name.SetText(c.Name + " · " + h.tr.T("helpui.role."+string(c.Role)))
	row.phone.SetText(c.Phone)
	row.email.SetText(c.Email)
	row.notes.SetText(c.Notes)
	row.copyPhone.SetText(h.tr.T("helpui.copy.number"))
	row.copyPhone.SetIcon(theme.ContentCopyIcon())
	if c.Phone == "" {
		row.copyPhone.Disable()
	} else {
		row.copyPhone.Enable()
	}
	row.copyPhone.OnTapped = func() {
		h.actions.Copy(c.Phone)
		row.copyPhone.SetText(h.tr.T("helpui.copied"))
		row.copyPhone.SetIcon(theme.ConfirmIcon())
	}
	row.edit.OnTapped = func() { h.openForm(c) }
	row.del.OnTapped = func() { h.deleteMine(c) }
}

func (h *Screen) deleteMine(c data.Contact) {
	if err := h.contacts.DeleteContact(c.ID); err != nil {
		h.showMineNote(messages.Say(h.tr, err))
		return
	}
	h.deleted = c
	msg := widget.NewLabel(h.tr.T("helpui.mine.deleted", map[string]any{"Name": c.Name}))
	msg.Truncation = fyne.TextTruncateEllipsis // one line, as high as the heading's button
	msg.Alignment = fyne.TextAlignTrailing
	undo := widget.NewButtonWithIcon(h.tr.T("helpui.mine.undo"), theme.ContentUndoIcon(), h.undoDelete)
	h.undo.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil, undo, msg)}
	h.undo.Show()
	h.undo.Refresh()
	h.mineNote.Hide()
	h.loadMine()
}

func (h *Screen) undoDelete() {
	if err := h.contacts.RestoreContact(h.deleted); err != nil {
		h.showMineNote(messages.Say(h.tr, err))
		return
	}
	h.undo.Hide()
	h.loadMine()
}

// contactRow is a row of "My contacts": name and role, a large phone
// number and email, the start of the notes, and the row's buttons.
type contactRow struct {
	widget.BaseWidget
	name, phone, email, notes *widget.Label
	copyPhone, edit, del      *widget.Button
}

func newContactRow(tr screens.Translator) *contactRow {
	r := &contactRow{
		name:      widget.NewLabelWithStyle("Name", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		phone:     widget.NewLabelWithStyle("01632 960000", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		email:     widget.NewLabel(""),
		notes:     widget.NewLabel(""),
		copyPhone: widget.NewButtonWithIcon(tr.T("helpui.copy.number"), theme.ContentCopyIcon(), nil),
		edit:      widget.NewButtonWithIcon(tr.T("helpui.mine.edit"), theme.DocumentCreateIcon(), nil),
		del:       widget.NewButtonWithIcon(tr.T("helpui.mine.delete"), theme.DeleteIcon(), nil),
	}
	r.name.Wrapping = fyne.TextWrapWord // in full: the rows are not a list now
	r.phone.SizeName = theme.SizeNameSubHeadingText
	r.email.Truncation = fyne.TextTruncateEllipsis
	r.notes.Wrapping = fyne.TextWrapWord
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the parts out: icon, texts, buttons on the right.
func (r *contactRow) CreateRenderer() fyne.WidgetRenderer {
	buttons := container.NewVBox(layout.NewSpacer(), container.NewHBox(r.copyPhone, r.edit, r.del), layout.NewSpacer())
	text := container.NewVBox(r.name, container.NewBorder(nil, nil, r.phone, nil, r.email), r.notes)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, widget.NewIcon(theme.AccountIcon()), buttons, text))
}

// AccessibilityLabel is the contact's name, number, email and notes.
func (r *contactRow) AccessibilityLabel() string {
	return widgets.Spoken(widgets.LabelTexts(r.name, r.phone, r.email, r.notes)...)
}

// AccessibilityRole is text.
func (r *contactRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

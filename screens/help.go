package screens

import (
	"errors"
	"net/url"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// HelpContacts is what the help screen needs from the store besides the
// settings: the family's own contacts.
type HelpContacts interface {
	Contacts() ([]data.Contact, error)
	AddContact(c data.Contact) (data.Contact, error)
	UpdateContact(c data.Contact) error
	DeleteContact(id data.ID) error
	RestoreContact(c data.Contact) error
}

// The help screen's tabs, in order.
const (
	helpTabHappened = iota
	helpTabWho
	helpTabTells
)

// quickContacts is how many of the region's contacts the banner names
// after the emergency number.
const quickContacts = 3

// Help is the "Get help" screen: what to do and who to call, offline.
// The emergency number is always at the top, outside the scrolling part.
type Help struct {
	tr       Translator
	settings SettingsReader
	contacts HelpContacts
	actions  LinkActions
	extra    []fyne.CanvasObject

	region content.Region
	tabs   *container.AppTabs

	// "What happened?"
	situations *widget.List
	chosen     int // index in content.Situations, -1 before a pick
	guide      *container.Scroll

	// "Who to call"
	split    *container.Split
	mine     []data.Contact
	mineList *widget.List
	mineArea *fyne.Container // the list, the empty text or the form
	mineNote *widget.Label   // a load or save problem
	undo     *fyne.Container
	deleted  data.Contact
	form     *contactForm
	builtin  *container.Scroll
	cards    map[string]fyne.CanvasObject // built-in contact cards by id
}

// NewHelp builds the help screen. extra objects (a child's placement
// contacts, for example) are shown under the emergency banner.
func NewHelp(tr Translator, settings SettingsReader, contacts HelpContacts, actions LinkActions, extra ...fyne.CanvasObject) *Help {
	return &Help{tr: tr, settings: settings, contacts: contacts, actions: actions, extra: extra, chosen: -1}
}

// View renders the screen.
func (h *Help) View() fyne.CanvasObject {
	set, _ := h.settings.Settings() // on a read error the default region is the safe answer
	h.region = content.Region(set.Region)
	if content.EmergencyNumber(h.region) == "" {
		h.region = content.DefaultRegion
	}
	top := container.NewVBox(EmergencyBanner(h.tr, h.region), h.often())

	h.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(h.tr.T("helpui.tab.happened"), theme.QuestionIcon(), h.happenedTab()),
		container.NewTabItemWithIcon(h.tr.T("helpui.tab.who"), theme.AccountIcon(), h.whoTab()),
		container.NewTabItemWithIcon(h.tr.T("helpui.tab.tells"), theme.InfoIcon(), h.tellsTab()),
	)
	return container.NewBorder(container.NewPadded(top), nil, nil, nil, h.tabs)
}

// EmergencyBanner says, first and large, which number to call in danger.
func EmergencyBanner(tr Translator, region content.Region) fyne.CanvasObject {
	if region == "" {
		region = content.DefaultRegion
	}
	number := content.EmergencyNumber(region)
	title := widget.NewLabelWithStyle(tr.T("help.danger", map[string]any{"Number": number}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	title.Importance = widget.DangerImportance
	title.Wrapping = fyne.TextWrapWord
	return widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, title))
}

// often names the region's most-used services after the emergency number;
// each opens its card under "Who to call".
func (h *Help) often() fyne.CanvasObject {
	row := container.NewHBox(widget.NewLabel(h.tr.T("helpui.often")))
	shown := 0
	for _, c := range content.ContactsFor(h.region) {
		if c.Phone == content.EmergencyNumber(h.region) {
			continue
		}
		if shown == quickContacts {
			break
		}
		shown++
		label := c.Name
		if c.Phone != "" && c.Phone != c.Name {
			label += " · " + c.Phone
		}
		id := c.ID
		b := widget.NewButtonWithIcon(label, theme.NavigateNextIcon(), func() { h.showContact(id) })
		b.Importance = widget.LowImportance
		row.Add(b)
	}
	return container.NewHScroll(row)
}

// showContact opens "Who to call" at a built-in contact's card.
func (h *Help) showContact(id string) {
	h.tabs.SelectIndex(helpTabWho)
	card, ok := h.cards[id]
	if !ok {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(card).Y - d.AbsolutePositionForObject(h.builtin.Content).Y
	h.builtin.ScrollToOffset(fyne.NewPos(0, y))
}

// ---- "What happened?" ----

func (h *Help) happenedTab() fyne.CanvasObject {
	titles := make([]string, len(content.Situations))
	for i, s := range content.Situations {
		titles[i] = h.tr.T(s.TitleKey())
	}
	h.situations = widget.NewList(
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
func (h *Help) choose(i widget.ListItemID) {
	h.chosen = i
	h.guide.Content = h.guideFor(i)
	h.guide.Refresh()
	h.guide.ScrollToTop()
}

func (h *Help) guideFor(i int) fyne.CanvasObject {
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
	if len(route) == 0 {
		items = append(items, widgets.Para(h.tr.T("helpui.guide.no_route")))
	}
	for n, c := range route {
		items = append(items, h.contactCard(c, n+1))
	}
	return widgets.Column(container.NewPadded(container.NewVBox(items...)))
}

// remember is said with every guide: the child is not to blame, keep
// screenshots, never pass an image on.
func (h *Help) remember() fyne.CanvasObject {
	return widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil,
		container.NewVBox(section(h.tr.T("helpui.remember.title")), widgets.Para(h.tr.T("helpui.remember.body")))))
}

func section(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// contactCard shows everything about a built-in contact. step numbers
// the cards of a route; 0 for none.
func (h *Help) contactCard(c content.Contact, step int) fyne.CanvasObject {
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
	for _, f := range facts {
		body.Add(widgets.Para(f))
	}
	checked := widgets.Para(h.tr.T("helpui.card.checked", map[string]any{"Checked": string(c.Source.Checked), "Source": c.Source.Name}))
	checked.SizeName = theme.SizeNameCaptionText
	body.Add(checked)
	return widget.NewCard(title, "", body)
}

// valueRow shows a phone number, address or email as selectable text, so
// it can be read and written down with no network, with its buttons.
func (h *Help) valueRow(label, value string, large bool, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	v := widget.NewLabel(value)
	v.Selectable = true
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

func (h *Help) copyButton(key, text string) *widget.Button {
	b := widget.NewButtonWithIcon(h.tr.T(key), theme.ContentCopyIcon(), nil)
	b.OnTapped = func() {
		h.actions.Copy(text)
		b.SetText(h.tr.T("helpui.copied"))
		b.SetIcon(theme.ConfirmIcon())
	}
	return b
}

// wrappedRows lays out a list of wrapped texts, giving each row the height
// its text needs at the list's width.
type wrappedRows struct {
	list  *widget.List
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

// ---- "Who to call" ----

func (h *Help) whoTab() fyne.CanvasObject {
	// The family's own contacts, pinned above the built-in ones.
	h.mineNote = widgets.Problem()
	h.undo = container.NewHBox()
	h.undo.Hide()
	add := widget.NewButtonWithIcon(h.tr.T("helpui.mine.add"), theme.ContentAddIcon(), func() { h.openForm(data.Contact{Role: data.RoleSchool}) })
	add.Importance = widget.HighImportance
	h.mineList = widget.NewList(
		func() int { return len(h.mine) },
		h.newMineRow,
		func(i widget.ListItemID, o fyne.CanvasObject) { h.updateMineRow(i, o) },
	)
	h.mineList.OnSelected = func(widget.ListItemID) { h.mineList.UnselectAll() }
	h.mineArea = container.NewStack()
	head := container.NewBorder(nil, nil, nil, add, widgets.Heading(h.tr.T("helpui.who.mine.title")))
	mine := container.NewBorder(container.NewVBox(head, h.undo, h.mineNote), nil, nil, nil, h.mineArea)

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
	h.builtin = container.NewVScroll(widgets.Column(container.NewPadded(container.NewVBox(items...))))

	h.split = container.NewVSplit(widgets.Column(container.NewPadded(mine)), h.builtin)
	h.loadMine()
	return h.split
}

// loadMine reads the family's contacts and shows them, or the empty text.
func (h *Help) loadMine() {
	mine, err := h.contacts.Contacts()
	if err != nil {
		h.showMineNote(h.tr.T("error.load") + ": " + err.Error())
	}
	h.mine = mine
	h.form = nil
	if len(mine) == 0 {
		h.mineArea.Objects = []fyne.CanvasObject{container.NewVScroll(widgets.Para(h.tr.T("helpui.who.mine.empty")))}
		h.split.SetOffset(0.22)
	} else {
		h.mineArea.Objects = []fyne.CanvasObject{h.mineList}
		h.split.SetOffset(0.5)
	}
	h.mineArea.Refresh()
	h.mineList.Refresh()
}

func (h *Help) showMineNote(text string) {
	widgets.SetProblem(h.mineNote, text)
}

// A row of "My contacts": name and role, a large phone number and email,
// the start of the notes, and the row's buttons.
func (h *Help) newMineRow() fyne.CanvasObject {
	name := widget.NewLabelWithStyle("Name", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.Truncation = fyne.TextTruncateEllipsis
	phone := widget.NewLabelWithStyle("01632 960000", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	phone.SizeName = theme.SizeNameSubHeadingText
	email := widget.NewLabel("")
	email.Truncation = fyne.TextTruncateEllipsis
	notes := widget.NewLabel("")
	notes.Truncation = fyne.TextTruncateEllipsis
	copyPhone := widget.NewButtonWithIcon(h.tr.T("helpui.copy.number"), theme.ContentCopyIcon(), nil)
	edit := widget.NewButtonWithIcon(h.tr.T("helpui.mine.edit"), theme.DocumentCreateIcon(), nil)
	del := widget.NewButtonWithIcon(h.tr.T("helpui.mine.delete"), theme.DeleteIcon(), nil)
	buttons := container.NewVBox(layout.NewSpacer(), container.NewHBox(copyPhone, edit, del), layout.NewSpacer())
	text := container.NewVBox(name, container.NewBorder(nil, nil, phone, nil, email), notes)
	return container.NewBorder(nil, nil, widget.NewIcon(theme.AccountIcon()), buttons, text)
}

func (h *Help) updateMineRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(h.mine) {
		return
	}
	c := h.mine[i]
	row := o.(*fyne.Container)
	text := row.Objects[0].(*fyne.Container)
	buttons := row.Objects[2].(*fyne.Container).Objects[1].(*fyne.Container)
	text.Objects[0].(*widget.Label).SetText(c.Name + " · " + h.tr.T("helpui.role."+string(c.Role)))
	line := text.Objects[1].(*fyne.Container)
	email := line.Objects[0].(*widget.Label)
	phone := line.Objects[1].(*widget.Label)
	phone.SetText(c.Phone)
	email.SetText(c.Email)
	text.Objects[2].(*widget.Label).SetText(c.Notes)

	copyPhone := buttons.Objects[0].(*widget.Button)
	copyPhone.SetText(h.tr.T("helpui.copy.number"))
	copyPhone.SetIcon(theme.ContentCopyIcon())
	if c.Phone == "" {
		copyPhone.Disable()
	} else {
		copyPhone.Enable()
	}
	copyPhone.OnTapped = func() {
		h.actions.Copy(c.Phone)
		copyPhone.SetText(h.tr.T("helpui.copied"))
		copyPhone.SetIcon(theme.ConfirmIcon())
	}
	buttons.Objects[1].(*widget.Button).OnTapped = func() { h.openForm(c) }
	buttons.Objects[2].(*widget.Button).OnTapped = func() { h.deleteMine(c) }
}

func (h *Help) deleteMine(c data.Contact) {
	if err := h.contacts.DeleteContact(c.ID); err != nil {
		h.showMineNote(h.tr.T("helpui.mine.error", map[string]any{"Error": err.Error()}))
		return
	}
	h.deleted = c
	msg := widget.NewLabel(h.tr.T("helpui.mine.deleted", map[string]any{"Name": c.Name}))
	undo := widget.NewButtonWithIcon(h.tr.T("helpui.mine.undo"), theme.ContentUndoIcon(), h.undoDelete)
	h.undo.Objects = []fyne.CanvasObject{msg, undo}
	h.undo.Show()
	h.undo.Refresh()
	h.mineNote.Hide()
	h.loadMine()
}

func (h *Help) undoDelete() {
	if err := h.contacts.RestoreContact(h.deleted); err != nil {
		h.showMineNote(h.tr.T("helpui.mine.error", map[string]any{"Error": err.Error()}))
		return
	}
	h.undo.Hide()
	h.loadMine()
}

// contactForm adds or edits one of the family's contacts.
type contactForm struct {
	editing data.Contact // ID 0 when adding
	name    *widgets.Entry
	role    *widget.Select
	phone   *widgets.Entry
	email   *widgets.Entry
	notes   *widgets.Entry
	problem *widget.Label
	save    *widget.Button
}

// openForm shows the form in place of the list, filled with c.
func (h *Help) openForm(c data.Contact) {
	f := &contactForm{editing: c}
	f.name = widgets.NewEntry()
	f.name.SetPlaceHolder(h.tr.T("helpui.mine.name.placeholder"))
	f.name.SetText(c.Name)
	var roles []string
	for _, r := range data.ContactRoles {
		roles = append(roles, h.tr.T("helpui.role."+string(r)))
	}
	f.role = widget.NewSelect(roles, nil)
	for i, r := range data.ContactRoles {
		if r == c.Role {
			f.role.SetSelected(roles[i])
		}
	}
	f.phone = widgets.NewEntry()
	f.phone.SetText(c.Phone)
	f.email = widgets.NewEntry()
	f.email.SetText(c.Email)
	f.notes = widgets.NewMultiLineEntry()
	f.notes.SetPlaceHolder(h.tr.T("helpui.mine.notes.placeholder"))
	f.notes.SetText(c.Notes)
	f.notes.SetMinRowsVisible(3)
	f.problem = widgets.Problem()
	f.save = widget.NewButtonWithIcon(h.tr.T("helpui.mine.save"), theme.DocumentSaveIcon(), func() { h.saveForm(f) })
	f.save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(h.tr.T("helpui.mine.cancel"), theme.CancelIcon(), h.loadMine)
	for _, e := range []*widgets.Entry{f.name, f.phone, f.email} {
		e.OnSubmitted = func(string) { h.saveForm(f) }
	}

	title := h.tr.T("helpui.mine.form.add")
	if c.ID != 0 {
		title = h.tr.T("helpui.mine.form.edit")
	}
	form := widget.NewForm(
		widget.NewFormItem(h.tr.T("helpui.mine.name"), f.name),
		widget.NewFormItem(h.tr.T("helpui.mine.role"), f.role),
		widget.NewFormItem(h.tr.T("helpui.mine.phone"), f.phone),
		widget.NewFormItem(h.tr.T("helpui.mine.email"), f.email),
		widget.NewFormItem(h.tr.T("helpui.mine.notes"), f.notes),
	)
	h.form = f
	h.mineArea.Objects = []fyne.CanvasObject{container.NewVScroll(widgets.Column(container.NewVBox(
		section(title), form, f.problem, container.NewHBox(f.save, cancel))))}
	h.mineArea.Refresh()
	h.split.SetOffset(0.75)
	if c := fyne.CurrentApp().Driver().CanvasForObject(f.name); c != nil {
		c.Focus(f.name)
	}
}

// saveForm stores the form's contact; bad input is refused inline and
// everything typed stays in the form.
func (h *Help) saveForm(f *contactForm) {
	c := f.editing
	c.Name, c.Phone, c.Email, c.Notes = f.name.Text, f.phone.Text, f.email.Text, f.notes.Text
	c.Role = data.RoleOther
	if i := f.role.SelectedIndex(); i >= 0 {
		c.Role = data.ContactRoles[i]
	}
	var err error
	if c.ID == 0 {
		_, err = h.contacts.AddContact(c)
	} else {
		err = h.contacts.UpdateContact(c)
	}
	switch {
	case errors.Is(err, data.ErrInvalid):
		widgets.SetProblem(f.problem, h.tr.T("helpui.mine.invalid"))
		return
	case err != nil:
		widgets.SetProblem(f.problem, h.tr.T("helpui.mine.error", map[string]any{"Error": err.Error()}))
		return
	}
	h.undo.Hide()
	h.mineNote.Hide()
	h.loadMine()
}

// ---- "If your child tells you" ----

func (h *Help) tellsTab() fyne.CanvasObject {
	items := []fyne.CanvasObject{widgets.Heading(h.tr.T(content.TellsTitleKey))}
	for n := 1; n <= content.TellsSteps; n++ {
		items = append(items, widgets.Para(h.tr.T("helpui.tells.step", map[string]any{
			"Number": n, "Text": h.tr.T(content.TellsStepKey(n)),
		})))
	}
	number := content.EmergencyNumber(h.region)
	call := widget.NewLabelWithStyle(h.tr.T("helpui.tells.call", map[string]any{"Number": number}), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	call.SizeName = theme.SizeNameSubHeadingText
	call.Importance = widget.DangerImportance
	call.Wrapping = fyne.TextWrapWord
	items = append(items,
		widget.NewCard("", "", container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil,
			container.NewVBox(call, widgets.Para(h.tr.T(content.TellsCall999Key))))),
		container.NewHBox(widget.NewButtonWithIcon(h.tr.T("helpui.tells.guide"), theme.NavigateNextIcon(),
			func() { h.tabs.SelectIndex(helpTabHappened) })),
	)
	return widgets.Page(items...)
}

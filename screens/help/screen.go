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

// The help screen's tabs, in order.
const (
	helpTabHappened = iota
	helpTabWho
	helpTabTells
)

// quickContacts is how many of the region's contacts the banner names
// after the emergency number.
const quickContacts = 3

// Screen is the "Get help" screen: what to do and who to call, offline.
// The emergency number is always at the top, outside the scrolling part.
type Screen struct {
	env      screens.Env
	tr       screens.Translator
	settings SettingsReader
	contacts ContactStore
	actions  LinkActions
	extra    []fyne.CanvasObject

	region content.Region
	tabs   *widgets.Tabs

	// "What happened?"
	situations *widgets.List
	chosen     int // index in content.Situations, -1 before a pick
	guide      *container.Scroll

	// "Who to call"
	mine     []data.Contact
	mineBox  *fyne.Container // the family's contacts shown, one contactRow each
	mineAdd  *widget.Button  // "Add a contact": the focus comes back to it from its form
	shown    int             // how many of them are shown (minePage more at a time)
	mineArea *fyne.Container // the list, the empty text or the form
	mineNote *widget.Label   // a load or save problem
	undo     *fyne.Container
	deleted  data.Contact
	form     *contactForm
	builtin  *container.Scroll
	cards    map[string]fyne.CanvasObject // built-in contact cards by id
}

// New builds the help screen. extra objects (a child's placement contacts,
// for example) are shown first under "Who to call".
func New(env screens.Env, settings SettingsReader, contacts ContactStore, actions LinkActions, extra ...fyne.CanvasObject) *Screen {
	return &Screen{env: env, tr: env.Tr, settings: settings, contacts: contacts, actions: actions, extra: extra, chosen: -1}
}

// View renders the screen.
func (h *Screen) View() fyne.CanvasObject {
	set, _ := h.settings.Settings() // on a read error the default region is the safe answer
	h.region = content.Region(set.Region)
	if content.EmergencyNumber(h.region) == "" {
		h.region = content.DefaultRegion
	}
	top := container.NewVBox(emergencyBanner(h.tr, h.region), h.often())

	h.tabs = widgets.NewLazyTabs(0, nil,
		widgets.LazyTab{Title: h.tr.T("helpui.tab.happened"), Icon: theme.QuestionIcon(), Build: h.happenedTab},
		widgets.LazyTab{Title: h.tr.T("helpui.tab.who"), Icon: theme.AccountIcon(), Build: h.whoTab},
		widgets.LazyTab{Title: h.tr.T("helpui.tab.tells"), Icon: theme.InfoIcon(), Build: h.tellsTab},
	)
	return widgets.TopFirst(container.NewPadded(top), h.tabs)
}

// emergencyBanner says, first and large, which number to call in danger.
func emergencyBanner(tr screens.Translator, region content.Region) fyne.CanvasObject {
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
// each opens its card under "Who to call". They wrap onto more rows when
// the window is narrow or the text large: a sideways scroll cut a number.
func (h *Screen) often() fyne.CanvasObject {
	row := container.New(layout.NewRowWrapLayout(), widget.NewLabel(h.tr.T("helpui.often")))
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
	return row
}

// showContact opens "Who to call" at a built-in contact's card.
func (h *Screen) showContact(id string) {
	h.tabs.SelectIndex(helpTabWho)
	card, ok := h.cards[id]
	if !ok {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(card).Y - d.AbsolutePositionForObject(h.builtin.Content).Y
	h.builtin.ScrollToOffset(fyne.NewPos(0, y))
}

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens"
	"family-online-safety/screens/welcome"
	"family-online-safety/screens/widgets"
)

// shell is the window's frame: header, navigation and the current screen.
type shell struct {
	nav      *widgets.List
	pick     *widget.Select // the navigation folded in a narrow window
	content  *fyne.Container
	scroll   *container.Scroll // the screen's: a screen opened shows its top
	help     *widgets.TipButton
	exit     *widgets.TipButton
	header   fyne.CanvasObject // the app's name with help and exit
	nudge    *fyne.Container   // the passphrase recommendation (nudge.go)
	incoming *fyne.Container   // in the header: changes taken in, or a question waits (foldersync.go)
	waiting  bool              // a question waits: its line is in the slot
	taking   bool              // answers are being taken in, away from the window: its line is in the slot
	takeLine fyne.CanvasObject // that line, built once
	askLine  fyne.CanvasObject // that line, built once: a click on its button is never lost to a redraw
	// askTookLine says too that changes came in; tookLine says only that
	// (both built once, as askLine)
	askTookLine, tookLine fyne.CanvasObject
	// noted: the recommendation became due after the window was built,
	// so it is a line of the header's notice slot (nudge.go)
	noted    bool
	takenIn  bool            // changes were taken in that the screen does not show yet
	middle   *fyne.Container // the app's name and the slot, laid out again when the slot changes
	selected int
}

// rebuild lays out the whole window again from the store. It runs when
// the language, the region or the family (real or demo) changes, so every
// text is redrawn in the new language.
func (a *App) rebuild() {
	a.saves.FlushAll()
	if a.lock.on {
		a.showLock()
		return
	}
	set, err := a.store.Settings()
	if err != nil {
		// No frame: Show does nothing, but the menu still quits.
		a.sh = nil
		a.win.SetMainMenu(a.menu())
		a.win.SetContent(widgets.EmptyState(theme.ErrorIcon(), a.tr.T("error.load"), a.explain(err), nil))
		return
	}
	a.tr.SetRegion(content.Region(set.Region).OrDefault())
	title := a.tr.T("app.name")
	if set.Demo {
		title = a.tr.T("demo.window_title", map[string]any{"App": title})
	}
	a.win.SetTitle(title)
	a.win.SetMainMenu(a.menu())

	a.sh = &shell{content: container.NewStack()}
	a.sh.header = a.header()
	top := container.NewVBox(a.sh.header)
	if set.Demo {
		top.Add(a.demoBanner())
	}
	if a.store.ReadOnly() {
		top.Add(a.readOnlyNote())
	}
	if n := a.store.Unreadable(); n > 0 {
		top.Add(a.unreadableNote(n, a.store.Damaged()))
	}
	if newer := a.store.Newer(); len(newer) > 0 {
		top.Add(a.newerNote(newer))
	}
	a.sh.nudge = a.nudgeSlot()
	top.Add(a.sh.nudge)
	// The screen scrolls when it cannot fit (large text, a small laptop)
	// instead of growing the window past the screen; the header stays.
	a.sh.scroll = container.NewScroll(a.sh.content)
	var body fyne.CanvasObject = a.sh.scroll
	if set.Onboarded {
		body = a.withNav(body)
	}
	a.win.SetContent(widgets.ScrolledScreens(widgets.WithTips(withActivity(container.NewBorder(top, nil, nil, nil, body), a.touch))))
	a.showCurrent(set.Onboarded)
}

// Show moves to a screen, keeping the frame.
func (a *App) Show(id screens.ID) {
	a.saves.FlushAll()
	if a.lock.busy {
		return
	}
	if a.lock.on {
		if id == screens.HelpID {
			a.showHelpLocked()
		}
		return
	}
	a.touch()
	set, _ := a.store.Settings()
	if id == a.current && a.sh != nil { // the same screen again: in the same place
		a.showInPlace(set.Onboarded)
		return
	}
	a.current = id
	a.showCurrent(set.Onboarded)
	// Another screen opens at its top, not where the last one was scrolled
	// to (at large text Children & apps opened showing a strip of its
	// middle, its title and tabs above the edge).
	if a.sh != nil && a.sh.scroll != nil {
		a.sh.scroll.ScrollToTop()
	}
}

func (a *App) showCurrent(onboarded bool) {
	if a.sh == nil { // the family's data could not be read (rebuild)
		return
	}
	var view fyne.CanvasObject
	a.homeTick.watched = nil // the new screen asks again
	a.formEscape = nil       // and says again which form is open
	if !onboarded && a.current != screens.HelpID {
		view = welcome.New(a.env(), a, &a.draft).View()
	} else {
		view = a.view(a.current)
	}
	if !onboarded && a.current == screens.HelpID {
		back := widget.NewButtonWithIcon(a.tr.T("welcome.back"), theme.NavigateBackIcon(), func() { a.Show(screens.HomeID) })
		view = container.NewBorder(container.NewHBox(back), nil, nil, nil, view)
	}
	a.sh.content.Objects = []fyne.CanvasObject{view}
	a.hideTakenIn() // the screen now shows what was taken in
	a.sh.content.Refresh()
	a.scheduleHomeRedraw()
	a.refreshNudge()
	if a.sh.nav != nil {
		for i, item := range Screens() {
			if item.ID == a.current && a.sh.selected != i {
				a.sh.selected = i
				a.sh.nav.Select(i)
			}
			if item.ID == a.current && a.sh.pick != nil && a.sh.pick.SelectedIndex() != i {
				a.sh.pick.SetSelectedIndex(i)
			}
		}
	}
}

func (a *App) header() fyne.CanvasObject {
	name := widget.NewLabelWithStyle(a.tr.T("app.name"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	helpTip := a.tr.T("header.help.tip", map[string]any{"Shortcut": shortcutText(helpShortcut)})
	a.sh.help = widgets.NewTipButton(a.tr.T("header.help"), theme.WarningIcon(), helpTip, func() { a.Show(screens.HelpID) })
	a.sh.help.Importance = widget.HighImportance
	tip := a.tr.T("header.exit.tip", map[string]any{"Shortcut": shortcutText(quickExitShortcut)})
	a.sh.exit = widgets.NewTipButton(a.tr.T("header.exit"), theme.LogoutIcon(), tip, a.quickExit)
	a.sh.exit.Importance = widget.DangerImportance
	a.sh.incoming = container.NewStack()
	a.sh.middle = container.New(headerMiddle{}, name, a.sh.incoming)
	return container.NewBorder(nil, widget.NewSeparator(), nil, container.NewHBox(a.sh.help, a.sh.exit), a.sh.middle)
}

func (a *App) demoBanner() fyne.CanvasObject {
	text := widget.NewLabel(a.tr.T("demo.banner"))
	text.Importance = widget.WarningImportance
	text.Wrapping = fyne.TextWrapWord
	remove := widget.NewButtonWithIcon(a.tr.T("demo.remove"), theme.DeleteIcon(), a.RemoveDemo)
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.InfoIcon()), remove, text)
}

func (a *App) navList() *widgets.List {
	a.sh.selected = -1
	rows := Screens()
	list := widgets.NewList(
		func() int { return len(rows) },
		func() fyne.CanvasObject { return newNavRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*navRow)
			row.icon.SetResource(rows[i].Icon())
			row.title.SetText(a.tr.T(rows[i].Title))
		})
	list.OnSelected = func(i widget.ListItemID) {
		if i != a.sh.selected {
			a.sh.selected = i
			a.Show(rows[i].ID)
		}
	}
	a.sh.nav = list
	return list
}

// navRow is one entry of the navigation list: the screen's icon and name.
type navRow struct {
	widget.BaseWidget
	icon  *widget.Icon
	title *widget.Label
}

func newNavRow() *navRow {
	r := &navRow{icon: widget.NewIcon(theme.HomeIcon()), title: widget.NewLabel("Conversation starters")}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer puts the icon before the name.
func (r *navRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewHBox(r.icon, r.title))
}

// menu is the window's menu bar. Its shortcuts work wherever the keyboard
// focus is, even inside a text field.
func (a *App) menu() *fyne.MainMenu {
	exit := fyne.NewMenuItem(a.tr.T("header.exit"), a.quickExit)
	exit.Shortcut = quickExitShortcut
	var goItems []*fyne.MenuItem
	for i, item := range Screens() {
		id := item.ID
		mi := fyne.NewMenuItem(a.tr.T(item.Title), func() { a.Show(id) })
		mi.Icon = item.Icon()
		mi.Shortcut = navShortcut(i)
		goItems = append(goItems, mi)
	}
	next := fyne.NewMenuItem(a.tr.T("menu.next_tab"), func() { a.stepTab(1) })
	next.Shortcut = nextTabShortcut
	prev := fyne.NewMenuItem(a.tr.T("menu.prev_tab"), func() { a.stepTab(-1) })
	prev.Shortcut = prevTabShortcut
	goItems = append(goItems, fyne.NewMenuItemSeparator(), next, prev)
	quit := fyne.NewMenuItem(a.tr.T("menu.quit"), a.quit)
	quit.IsQuit = true
	quit.Shortcut = quitShortcut
	help := fyne.NewMenuItem(a.tr.T("header.help"), a.helpNow) // closes what is open, as the button does
	help.Shortcut = helpShortcut
	return fyne.NewMainMenu(
		fyne.NewMenu(a.tr.T("menu.file"), exit, fyne.NewMenuItemSeparator(), quit),
		fyne.NewMenu(a.tr.T("menu.go"), goItems...),
		fyne.NewMenu(a.tr.T("menu.help"), help),
	)
}

var quitShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}

var helpShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: fyne.KeyModifierShortcutDefault}

// navShortcut is Ctrl+1 for the first screen, Ctrl+2 for the second...
func navShortcut(i int) *desktop.CustomShortcut {
	keys := []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}
	return &desktop.CustomShortcut{KeyName: keys[i], Modifier: fyne.KeyModifierShortcutDefault}
}

// installKeys adds the window's shortcuts (for when no field has focus)
// and the Shift watcher for both the window and text fields.
func (a *App) installKeys() {
	c := a.win.Canvas()
	c.AddShortcut(quickExitShortcut, func(fyne.Shortcut) { a.quickExit() })
	c.AddShortcut(helpShortcut, func(fyne.Shortcut) { a.helpNow() })
	for i, item := range Screens() {
		id := item.ID
		c.AddShortcut(navShortcut(i), func(fyne.Shortcut) { a.Show(id) })
	}
	c.AddShortcut(nextTabShortcut, func(fyne.Shortcut) { a.stepTab(1) })
	c.AddShortcut(prevTabShortcut, func(fyne.Shortcut) { a.stepTab(-1) })
	if dc, ok := c.(desktop.Canvas); ok {
		dc.SetOnKeyDown(a.keyDown)
	}
}

func showMessage(w fyne.Window, title, msg string) {
	dialog.ShowInformation(title, msg, w)
}

// shown is the screen the window shows now (nil before the first).
func (a *App) shown() fyne.CanvasObject {
	if a.sh.content == nil || len(a.sh.content.Objects) == 0 {
		return nil
	}
	return a.sh.content.Objects[0]
}

// AccessibilityLabel is the screen's name.
func (r *navRow) AccessibilityLabel() string { return r.title.Text }

// AccessibilityRole is a button: choosing the row opens the screen.
func (r *navRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleButton }

package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/children"
	"family-online-safety/screens/help"
	"family-online-safety/screens/home"
	"family-online-safety/screens/settings"
	"family-online-safety/screens/starters"
)

// Screen is one row of the registry: a screen of the navigation.
type Screen struct {
	ID     screens.ID
	Icon   func() fyne.Resource // looked up when drawn: the theme needs a running app
	Title  string               // translation key of its name in the navigation and menu
	Tabbed bool                 // it has tabs, which Ctrl+Page Down and Up move between
	Build  func(d Deps) fyne.CanvasObject
}

// Deps is everything a screen is built from. The app fills it from itself;
// a test or benchmark can fill it with a store, a translator, a clock and
// a test window, without the rest of the app.
type Deps struct {
	Env     screens.Env
	Store   *data.Store // what the screens show: the family, or the demo family
	Real    *data.Store // the family's own data, for its backups
	Win     fyne.Window // for dialogs (a test window will do; nothing is shown while building)
	Actions Actions
	DataDir string
	Focus   *Focus // where Children & apps opens, once; may be nil
	// Place is where the carer is on Children & apps (the child and the
	// tab), kept up to date by the screen; may be nil.
	Place   *Focus
	Version string // the app's (FyneApp.toml), written into family files

	HomeFilled func() // Home has filled in every child's card; may be nil
	// Shown is the screen the window shows now; may be nil.
	Shown func() fyne.CanvasObject
	// TakenIn says changes came in from a family file (a line with a
	// button that shows them); may be nil (Settings is shown again).
	TakenIn func()
}

// Focus is the child and tab Children & apps opens on, once.
type Focus struct {
	Child  data.ID // 0: the screen opens as usual
	Tab    int
	Adding bool // open on the add-a-child form

	// The child and tab the family agreement was last on (Place only).
	AgreementChild data.ID
	AgreementTab   int

	// The child and topic the starters open filtered for, once (startersfocus.go).
	StartersChild data.ID
	StartersTopic content.Topic
}

// Actions is what the screens ask of the app.
type Actions interface {
	screens.LinkActions
	screens.Navigator
	screens.ChildOpener
	screens.ChildAdder
	screens.StartersOpener
	settings.Actions
}

// Screens is the registry: every screen of the navigation, in order. It
// drives the navigation list, the Go menu, Ctrl+1… and the view switch;
// adding a screen is adding a row here and its package under screens/.
func Screens() []Screen {
	return []Screen{
		{screens.HomeID, theme.HomeIcon, "nav.home", false, buildHome},
		{screens.AgreementID, theme.DocumentIcon, "nav.agreement", true, func(d Deps) fyne.CanvasObject {
			sc := agreement.New(d.Env, d.Store, d.Store).WithPrinting(d.files())
			if d.Place != nil { // built again after changes came in: the same child and tab
				sc.At(d.Place.AgreementChild, d.Place.AgreementTab).OnPlace(func(child data.ID, tab int) {
					d.Place.AgreementChild, d.Place.AgreementTab = child, tab
				})
			}
			return sc.View()
		}},
		{screens.StartersID, theme.MailComposeIcon, "nav.starters", true, buildStarters},
		{screens.ChildrenID, theme.AccountIcon, "nav.children", true, buildChildren},
		{screens.HelpID, theme.HelpIcon, "nav.help", true, func(d Deps) fyne.CanvasObject {
			var extra []fyne.CanvasObject
			if placement := children.PlacementContacts(d.Env.Tr, d.Store, d.Actions); placement != nil {
				extra = append(extra, placement)
			}
			return help.New(d.Env, d.Store, d.Store, d.Actions, extra...).View()
		}},
		{screens.SettingsID, theme.SettingsIcon, "nav.settings", false, func(d Deps) fyne.CanvasObject {
			return settings.New(d.Env, d.Store, d.Real, d.Actions, d.DataDir).WithCards(d.sharer().Card()).View()
		}},
	}
}

// buildHome gives Home the sections the features offer for each child.
func buildHome(d Deps) fyne.CanvasObject {
	reads := home.NewReads(d.Store) // the agreement and each child's changes, read once for all cards
	return home.New(d.Env, d.Store, d.Actions,
		agreement.HomeSection(d.Env, reads),
		home.ChangesSection(d.Env, reads, d.Win, d.Actions),
		starters.TodaySection(d.Env, d.Store, d.Actions, d.Actions),
		children.AppReviewsSection(d.Env, d.Store, d.Actions),
		home.ReviewSection(d.Env, d.Store, d.Actions, home.ChildTabs{Apps: children.TabApps, Guide: children.TabAge}),
	).WhenFilled(d.HomeFilled).View()
}

// buildChildren opens Children & apps, on one child's tab when Home asked.
func buildChildren(d Deps) fyne.CanvasObject {
	c := children.New(d.Env, d.Store, d.Win, d.Actions).WithPrinting(d.files(), d.Store).WithHandover(d.sharer())
	if d.Place != nil {
		c.OnPlace(func(child data.ID, tab int) { d.Place.Child, d.Place.Tab = child, tab })
	}
	if d.Focus != nil && d.Focus.Child != 0 {
		c.Focus(d.Focus.Child, d.Focus.Tab)
		d.Focus.Child = 0 // only this once: the navigation opens the screen as usual
	}
	if d.Focus != nil && d.Focus.Adding {
		c.Adding()
		d.Focus.Adding = false
	}
	return c.View()
}

// files saves printouts and calendar files through the window's dialogs
// and opens them with the app's opener.
func (d Deps) files() screens.Files {
	return screens.Files{Tr: d.Env.Tr, Win: d.Win, Open: d.Actions, Shown: d.Shown}
}

// screenByID finds a registry row.
func screenByID(id screens.ID) (Screen, bool) {
	for _, s := range Screens() {
		if s.ID == id {
			return s, true
		}
	}
	return Screen{}, false
}

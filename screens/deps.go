// Package screens holds one file per screen of the app. A screen states the
// few things it needs as small interfaces below; the app package hands it
// exactly that, so a screen can be built and tested on its own.
package screens

import (
	"net/url"

	"family-online-safety/data"
)

// ID names a screen in the navigation.
type ID string

// The screens, in navigation order.
const (
	HomeID      ID = "home"
	AgreementID ID = "agreement"
	StartersID  ID = "starters"
	ChildrenID  ID = "children"
	HelpID      ID = "help"
	SettingsID  ID = "settings"
)

// Translator gives every visible text in the chosen language.
type Translator interface {
	T(id string, data ...map[string]any) string
	N(id string, count int, data ...map[string]any) string
}

// Navigator moves to another screen.
type Navigator interface {
	Show(id ID)
}

// ChildLister lists the children shown on everyday screens.
type ChildLister interface {
	ActiveChildren() ([]data.Child, error)
}

// SettingsReader reads the family's app settings.
type SettingsReader interface {
	Settings() (data.Settings, error)
}

// Copier puts text on the clipboard through the app, so that quick exit
// can clear it again.
type Copier interface {
	Copy(text string)
}

// LinkActions are the clipboard and the browser. A web address opens only
// when the user asks; nothing is fetched from the internet otherwise.
type LinkActions interface {
	Copier
	OpenURL(u *url.URL) error
}

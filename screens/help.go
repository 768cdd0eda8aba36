package screens

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens/widgets"
)

// Help is the "Get help" screen: what to do and who to call, offline.
type Help struct {
	tr       Translator
	settings SettingsReader
	extra    []fyne.CanvasObject
}

// NewHelp builds the help screen. extra sections (such as a foster
// child's placement contacts) follow the emergency banner.
func NewHelp(tr Translator, settings SettingsReader, extra ...fyne.CanvasObject) *Help {
	return &Help{tr: tr, settings: settings, extra: extra}
}

// View renders the screen.
func (h *Help) View() fyne.CanvasObject {
	set, _ := h.settings.Settings() // on a read error the default region is the safe answer
	items := []fyne.CanvasObject{EmergencyBanner(h.tr, content.Region(set.Region))}
	for _, o := range h.extra {
		if o != nil {
			items = append(items, o)
		}
	}
	return widgets.Page(items...)
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

package help

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens/widgets"
)

// ---- "If your child tells you" ----

func (h *Screen) tellsTab() fyne.CanvasObject {
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

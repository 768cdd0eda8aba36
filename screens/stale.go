package screens

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
)

// StaleText is the one line a screen shows when the newest check of the
// built-in advice it shows is more than a year old ("This advice was
// last checked in November 2026; services and ages change: check the
// service's own site."), or "" while the advice is current.
func StaleText(tr Translator, now time.Time, checks ...content.Checked) string {
	newest := content.NewestChecked(sourcesOf(checks))
	if newest == "" || !newest.StaleOn(now) {
		return ""
	}
	m, _ := newest.Month()
	month := tr.T("month."+strconv.Itoa(int(m.Month()))) + " " + strconv.Itoa(m.Year())
	return tr.T("stale.line", map[string]any{"Month": month})
}

// StaleLine is StaleText as a wrapped warning label, or nil while the
// advice is current.
func StaleLine(tr Translator, now time.Time, checks ...content.Checked) fyne.CanvasObject {
	text := StaleText(tr, now, checks...)
	if text == "" {
		return nil
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	return l
}

func sourcesOf(checks []content.Checked) []content.Source {
	out := make([]content.Source, len(checks))
	for i, c := range checks {
		out[i] = content.Source{Checked: c}
	}
	return out
}

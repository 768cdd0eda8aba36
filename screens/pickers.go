package screens

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/translations"
)

// Pickers more than one screen uses.

// LanguageSelect lists the languages in their own names; picking one calls
// changed with its code.
func LanguageSelect(current string, changed func(code string)) *widget.Select {
	var names []string
	for _, l := range translations.Languages {
		names = append(names, l.Name)
	}
	sel := widget.NewSelect(names, nil)
	for _, l := range translations.Languages {
		if l.Code == current {
			sel.SetSelected(l.Name)
		}
	}
	if sel.Selected == "" {
		sel.SetSelected(names[0])
	}
	sel.OnChanged = func(name string) {
		for _, l := range translations.Languages {
			if l.Name == name && l.Code != current {
				current = l.Code
				changed(l.Code)
			}
		}
	}
	return sel
}

// RegionSelect lists the regions the help screen knows.
func RegionSelect(tr Translator, current content.Region, changed func(content.Region)) *widget.Select {
	var names []string
	for _, r := range content.Regions {
		names = append(names, tr.T(content.RegionKey(r)))
	}
	sel := widget.NewSelect(names, nil)
	if current == "" {
		current = content.DefaultRegion
	}
	for i, r := range content.Regions {
		if r == current {
			sel.SetSelected(names[i])
		}
	}
	sel.OnChanged = func(name string) {
		for i, r := range content.Regions {
			if names[i] == name && r != current {
				current = r
				changed(r)
			}
		}
	}
	return sel
}

// MonthSelect lists the months by name; picking one calls changed with 1–12.
func MonthSelect(tr Translator, current int, changed func(int)) *widget.Select {
	names := make([]string, 12)
	for i := range names {
		names[i] = tr.T("month." + strconv.Itoa(i+1))
	}
	sel := widget.NewSelect(names, nil)
	sel.PlaceHolder = tr.T("child.month")
	if current >= 1 && current <= 12 {
		sel.SetSelected(names[current-1])
	}
	sel.OnChanged = func(string) { changed(sel.SelectedIndex() + 1) }
	return sel
}

// YearSelect lists the last 19 years, newest first.
func YearSelect(tr Translator, now time.Time, current int, changed func(int)) *widget.Select {
	var years []string
	for y := now.Year(); y >= now.Year()-18; y-- {
		years = append(years, strconv.Itoa(y))
	}
	sel := widget.NewSelect(years, nil)
	sel.PlaceHolder = tr.T("child.year")
	if current != 0 {
		sel.SetSelected(strconv.Itoa(current))
	}
	sel.OnChanged = func(s string) {
		y, _ := strconv.Atoi(s)
		changed(y)
	}
	return sel
}

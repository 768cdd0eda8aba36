package app

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// The app's theme keeps each icon's recoloured bytes, and they are the
// bytes Fyne's own themed icon gives, in the colour of the theme in use:
// a change to high contrast recolours them.
func TestThemeIconsAreFynesInTheThemesColour(t *testing.T) {
	a := screentest.App(t)
	a.Settings().SetTheme(Theme())
	icon := theme.DeleteIcon()
	if _, ok := icon.(cachedIcon); !ok {
		t.Fatalf("the theme's delete icon is a %T, want the cached one", icon)
	}
	plain := func() []byte { return theme.DefaultTheme().Icon(theme.IconNameDelete).Content() }
	normal := icon.Content()
	if !bytes.Equal(normal, plain()) {
		t.Fatalf("cached icon differs from Fyne's:\n%s\n%s", normal, plain())
	}
	if again := icon.Content(); &again[0] != &normal[0] {
		t.Error("the icon was recoloured again, not taken from the cache")
	}

	a.Settings().SetTheme(ThemeFor(data.Display{HighContrast: true}))
	contrast := icon.Content()
	if bytes.Equal(contrast, normal) {
		t.Fatal("after high contrast was chosen the icon kept its old colour")
	}
	if !bytes.Equal(contrast, plain()) {
		t.Fatalf("high-contrast icon differs from Fyne's:\n%s\n%s", contrast, plain())
	}
}

// A chosen tab's icon and a primary button's icon still take the colours
// Fyne gives them, with the app's cached icons.
func TestChosenTabAndPrimaryButtonIconsKeepTheirColour(t *testing.T) {
	screentest.App(t).Settings().SetTheme(Theme())
	tabs := widgets.NewLazyTabs(1, nil,
		widgets.LazyTab{Title: "One", Icon: theme.AccountIcon(), Build: func() fyne.CanvasObject { return widget.NewLabel("1") }},
		widgets.LazyTab{Title: "Two", Icon: theme.GridIcon(), Build: func() fyne.CanvasObject { return widget.NewLabel("2") }})
	add := widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), nil)
	add.Importance = widget.HighImportance
	w := test.NewTempWindow(t, container.NewBorder(add, nil, nil, nil, tabs))
	w.Resize(fyne.NewSize(500, 300))

	var names []string
	screentest.Walk(w.Canvas().Content(), func(o fyne.CanvasObject) {
		if img, ok := o.(*canvas.Image); ok && img.Resource != nil && img.Visible() {
			names = append(names, img.Resource.Name())
		}
	})
	all := strings.Join(names, " ")
	for _, want := range []string{"primary_", "grid.svg", "foregroundOnPrimary_", "content-add.svg"} {
		if !strings.Contains(all, want) {
			t.Errorf("no icon named %q*, icons: %s", want, all)
		}
	}
	for _, n := range names {
		if strings.HasSuffix(n, "account.svg") && strings.HasPrefix(n, "primary_") {
			t.Errorf("the tab not chosen has a primary icon: %s", n)
		}
	}
}

// BenchmarkIconRefresh is what one refresh of a button with one of the
// theme's icons costs. The recoloured bytes come from the cache, but
// Fyne 2.8.1's canvas.Image still recolours them again and parses the
// SVG on every refresh (only the drawn pixels are cached, by name and
// size), so this stays in the tens of microseconds: what is left of
// the icons' share of a screen's build lies in Fyne, not in the theme.
func BenchmarkIconRefresh(b *testing.B) {
	a := screentest.App(b)
	a.Settings().SetTheme(Theme())
	button := widget.NewButtonWithIcon("Add", theme.ContentAddIcon(), nil)
	w := test.NewTempWindow(b, button)
	w.Resize(fyne.NewSize(200, 60))
	for b.Loop() {
		button.Refresh()
	}
}

package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data/largefamily"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/translations"
)

// BenchmarkScreens builds every registered screen on the large family
// (data/largefamily) and lays it out in a window, as switching to it in
// the navigation does: what is done before the window can draw it.
// Target: 16 ms (one frame) or less each. A screen that fills in the
// rest after the first frame (Home, one child's card at a time) also
// gets a "filled" figure: the whole of that work, for comparison.
func BenchmarkScreens(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(Theme()) // the app's own theme, as the real window has
	store, _ := largefamily.Open(b)
	tr, err := translations.New("en")
	if err != nil {
		b.Fatal(err)
	}
	win := test.NewTempWindow(b, screentest.Blank())
	win.Resize(fyne.NewSize(1100, 720))
	var later []func()
	d := Deps{Env: screens.Env{Tr: tr, Now: func() time.Time { return largefamily.Now },
		Later: func(f func()) { later = append(later, f) }},
		Store: store, Real: store, Win: win, Actions: &screentest.Actions{}, DataDir: b.TempDir()}
	for _, s := range Screens() {
		b.Run(string(s.ID), func(b *testing.B) {
			for range b.N {
				win.SetContent(s.Build(d))
				later = later[:0]
			}
		})
		win.SetContent(s.Build(d))
		if len(later) == 0 {
			continue
		}
		b.Run(string(s.ID)+"/filled", func(b *testing.B) {
			for range b.N {
				win.SetContent(s.Build(d))
				for len(later) > 0 {
					f := later[0]
					later = later[1:]
					f()
				}
			}
		})
	}
}

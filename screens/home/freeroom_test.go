package home_test

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// When a device-free time starts or ends, Home is drawn again and says
// so on the same line: "Change for today" stays where it was, in every
// language, so a click aimed at it lands on it.
func TestADeviceFreeTimeEndingMovesNothingBelow(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := family(t, lang)
			if _, err := h.Store.AddWindow(data.Window{Label: "Homework", Days: data.EveryDay, Start: 16*60 + 30, End: 17*60 + 30, Everyone: true}); err != nil {
				t.Fatal(err)
			}
			tr := h.Tr
			day := time.Date(2026, 11, 27, 0, 0, 0, 0, time.Local)
			where := func(at time.Duration) fyne.Position {
				showHome(h, day.Add(at))
				h.Win.Resize(fyne.NewSize(800, 1400))
				h.Win.Content().Refresh()
				for _, c := range screentest.Find[*widget.Card](h.Root()) {
					if c.Title == "Mia" {
						b := screentest.Button(t, c.Content, tr.T("periods.change.add"))
						return fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
					}
				}
				t.Fatal("no card for Mia")
				return fyne.Position{}
			}
			before, during, after := where(16*time.Hour), where(17*time.Hour), where(17*time.Hour+31*time.Minute)
			if !says(card(h, "Mia"), tr.T("home.agreement.not_free")) {
				t.Errorf("after the device-free time Home says %q", card(h, "Mia"))
			}
			if during != before || after != during {
				t.Fatalf("Change for today was at %v before the device-free time, %v during it, %v after it", before, during, after)
			}
		})
	}
}

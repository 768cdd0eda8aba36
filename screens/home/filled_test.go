package home_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/home"
	"family-online-safety/screens/screentest"
)

// Home says when every child's card is filled in, once, after the last
// card (the app hands back the memory the cards' reading left then), and
// at once for a family with no children yet.
func TestHomeSaysWhenEveryCardIsFilled(t *testing.T) {
	for _, c := range []struct {
		name string
		kids []screentest.Option
	}{
		{"three children", []screentest.Option{screentest.Child("Mia", 2015, 5), screentest.Child("Leo", 2017, 2), screentest.Child("Ava", 2019, 1)}},
		{"no children", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := screentest.New(t, append(c.kids, screentest.At(friday))...)
			var queue []func()
			env := h.Env()
			env.Later = func(f func()) { queue = append(queue, f) }
			var filledCards, calls int
			section := func(data.Child) fyne.CanvasObject { filledCards++; return widget.NewLabel("x") }
			h.Show(home.New(env, h.Store, h.Actions, section).WhenFilled(func() {
				calls++
				kids, _ := h.Store.ActiveChildren()
				if filledCards != len(kids) {
					t.Errorf("told filled after %d of %d cards", filledCards, len(kids))
				}
			}).View())
			for len(queue) > 0 {
				f := queue[0]
				queue = queue[1:]
				f()
			}
			if calls != 1 {
				t.Fatalf("told filled %d times, want once", calls)
			}
		})
	}
}

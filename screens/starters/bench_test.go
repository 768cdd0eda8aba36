package starters

import (
	"fmt"
	"testing"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/data/largefamily"
	"family-online-safety/screens/screentest"
)

// benchStarters opens the starters screen on a family with many own
// starters, so the library is far larger than a real one.
func benchStarters(b *testing.B, own int) *Screen {
	h := screentest.New(b)
	for i := range own {
		_, err := h.Store.AddOwnStarter(data.OwnStarter{Question: fmt.Sprint("Our own question number ", i),
			Bands: []content.Band{content.Band8to10}, Topic: content.TopicGames})
		if err != nil {
			b.Fatal(err)
		}
	}
	s := New(h.Env(), h.Store, h.Actions)
	h.Show(s.View())
	return s
}

// BenchmarkStartersSearch is one keystroke in the search box: filter the
// whole library and refresh the list.
func BenchmarkStartersSearch(b *testing.B) {
	for _, own := range []int{0, 2000} {
		b.Run(fmt.Sprint(len(content.Starters)+own, "-starters"), func(b *testing.B) {
			s := benchStarters(b, own)
			words := []string{"game", "friend", "q", "zzz"}
			b.ResetTimer()
			for i := range b.N {
				s.filter.text = words[i%len(words)]
				s.applyFilter()
			}
		})
	}
}

// BenchmarkStartersOpen is building the screen from the store.
func BenchmarkStartersOpen(b *testing.B) {
	s := benchStarters(b, 0)
	b.ResetTimer()
	for range b.N {
		s.View()
	}
}

// BenchmarkStartersFilterLargeFamily is one keystroke in the search box
// with a child of the large family chosen (500 discussions each, 200 own
// starters): the filter also marks what that child has talked about.
// Target: 5 ms or less.
func BenchmarkStartersFilterLargeFamily(b *testing.B) {
	h := screentest.New(b, screentest.At(largefamily.Now))
	h.Store, _ = largefamily.Open(b)
	s := New(h.Env(), h.Store, h.Actions)
	h.Show(s.View())
	s.childSel.SetSelectedIndex(3)
	words := []string{"game", "friend", "q", "zzz", ""}
	b.ResetTimer()
	for i := range b.N {
		s.search.SetText(words[i%len(words)])
	}
}

package children

import (
	"testing"

	"family-online-safety/data/largefamily"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// BenchmarkAppCatalogueSearch is one keystroke in the app catalogue's
// search box. Target: 5 ms or less.
func BenchmarkAppCatalogueSearch(b *testing.B) {
	h := screentest.New(b, screentest.At(largefamily.Now))
	words := []string{"tik", "game", "x", "zzz", ""}
	cat := NewAppCatalogue(h.Env(), h.Actions, nil, nil)
	h.Show(cat.View())
	search := screentest.Find[*widgets.Entry](h.Win.Content())[0]
	b.ResetTimer()
	for i := range b.N {
		search.SetText(words[i%len(words)])
	}
}

// BenchmarkAppNotesLargeFamily opens one child's Apps tab in the large
// family (100 notes: every catalogue app and more typed in by hand).
// Target: 16 ms or less.
func BenchmarkAppNotesLargeFamily(b *testing.B) {
	h := screentest.New(b, screentest.At(largefamily.Now))
	store, kids := largefamily.Open(b)
	h.Store = store
	b.ResetTimer()
	for range b.N {
		c := New(h.Env(), store, h.Win, h.Actions)
		c.Focus(kids[4].ID, TabApps)
		h.Show(c.View())
	}
}

package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/screens/screentest"
)

// In Children & apps › Apps › "Add from the catalogue", Tab goes in
// reading order: "Back to …'s apps", the search box, then the list of
// apps (it went list, search, Back: bottom-up).
func TestTheAppCatalogueIsTabbedInReadingOrder(t *testing.T) {
	h := appsTab(t, "en", 100, fyne.NewSize(1100, 720))
	test.Tap(screentest.Button(t, h.app.sh.content, h.app.tr.T("appnote.add.catalogue")))
	h.win.Content().Refresh()
	for _, p := range tabProblems(h.win.Canvas(), h.app.sh.content) {
		t.Error(p)
	}
}

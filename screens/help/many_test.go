package help

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// fillContacts saves n contacts with long notes, as a hostile file once
// brought in.
func fillContacts(t testing.TB, s *data.Store, n int) {
	t.Helper()
	notes := strings.Repeat("A long note about this contact. ", 28)
	for i := range n {
		if _, err := s.AddContact(data.Contact{Name: fmt.Sprintf("Contact %04d", i), Role: data.RoleSchool,
			Phone: "01632 960000", Notes: notes}); err != nil {
			t.Fatal(err)
		}
	}
}

// A family with far more contacts than any has (another home's doing)
// still opens "Who to call" showing a page of them, in order, and each
// "Show more" adds the next page: what it costs is set by the rows shown.
func TestWhoToCallWithThousandsOfContactsShowsAPageAtATime(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		h := &helpHarness{Harness: screentest.New(t, screentest.Size(1000, 800), screentest.Lang(lang))}
		mustDo(t, h.Store.SaveSettings(data.Settings{Region: string(content.RegionUK), Onboarded: true}))
		fillContacts(t, h.Store, 2*minePage+7)
		h.show()
		rows := func() int { return len(screentest.Find[*contactRow](h.mineTexts())) }
		if n := rows(); n != minePage {
			t.Fatalf("%s: %d contact rows built at first, want %d", lang, n, minePage)
		}
		screentest.MustHaveText(t, h.mineTexts(), "Contact 0049")
		more := map[string]string{"en": "Show 50 more (107 in all)", "cy": "Dangos 50 arall (107 i gyd)", "pl": "Pokaż kolejne: 50 (razem 107)"}
		test.Tap(screentest.Button(t, h.mineTexts(), more[lang]))
		if n := rows(); n != 2*minePage {
			t.Fatalf("%s: %d rows after one Show more, want %d", lang, n, 2*minePage)
		}
		last := map[string]string{"en": "Show 7 more (107 in all)", "cy": "Dangos 7 arall (107 i gyd)", "pl": "Pokaż kolejne: 7 (razem 107)"}
		test.Tap(screentest.Button(t, h.mineTexts(), last[lang]))
		screentest.MustHaveText(t, h.mineTexts(), "Contact 0106")
		if screentest.HasText(h.mineTexts(), last[lang]) {
			t.Errorf("%s: Show more still offered with every contact shown", lang)
		}
	}
}

func mustDo(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// BenchmarkWhoToCallManyContacts opens "Who to call" on a family holding
// 10,000 contacts with 900-character notes (what two hostile files once
// brought in) and lays it out.
func BenchmarkWhoToCallManyContacts(b *testing.B) {
	h := &helpHarness{Harness: screentest.New(b, screentest.Size(1000, 800))}
	fillContacts(b, h.Store, benchContacts)
	for b.Loop() {
		h.show()
		h.who()
		h.Win.Resize(h.Win.Canvas().Size().AddWidthHeight(1, 0))
	}
}

var benchContacts = 10000 // opening took 32 s for 1,000 when every row was built and laid out one by one; 1.2 s for 10,000 paged (0.2 s for 10)

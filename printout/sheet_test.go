package printout

import (
	"strings"
	"testing"

	"family-online-safety/content"
)

// What the sheet must say in each language: its heading, the emergency
// line, and the decision words of the translation.
var sheetWords = map[string][]string{
	"en": {"Looking after Leo", "In an emergency, if a child is in danger right now: call 999.", "Allowed with conditions", "Sun 29/11 Term time 2 h 30 min", "Mon 30/11 Term time 1 h 30 min", "Sat 05/12", "holds until 05/12/2026", "Page 1 of"},
	"cy": {"Gofalu am Leo", "Mewn argyfwng, os yw plentyn mewn perygl nawr: ffoniwch 999.", "Wedi'i ganiatáu gydag amodau", "Sul 29/11 Amser tymor 2 awr 30 munud", "Tudalen 1 o"},
	"pl": {"Opieka nad dzieckiem: Leo", "zadzwoń pod 999", "Dozwolona z warunkami", "Czas nauki 2 godz. 30 min", "Strona 1 z"},
}

func TestCarerSheetForTheDemoFamilyInEachLanguage(t *testing.T) {
	t.Parallel()
	now := docsNow(t) // a Sunday: Leo's weekend limit
	for lang, words := range sheetWords {
		t.Run(lang, func(t *testing.T) {
			s, tr := demo(t, lang, content.RegionUK, now)
			leo := childNamed(t, s, "Leo")
			sh, err := LoadSheet(s, leo.ID, false, content.RegionUK, now)
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := CarerSheetPDF(sh, tr, testFonts())
			if err != nil {
				t.Fatal(err)
			}
			if n := pageCount(t, pdf); n > 2 {
				t.Errorf("the sheet takes %d pages, want at most two", n)
			}
			text := pdfText(t, pdf)
			want := append([]string{
				"19:30", "07:00", "16:30", "17:30", "18:00", "18:45", // Leo's device-free times
				"Minecraft", "Only on our own world or a friend's world from school.", "Roblox", "YouTube Kids",
				"Childline", "0800 1111", "NSPCC Helpline", "0808 800 5000", // the region's lines
				"Mrs Hughes, Greenfield Primary", "01632 960418", "Riverside Surgery", // the family's own
				"The car on the way to school",
			}, words...)
			for _, st := range StartersFor(leo.AgeOn(now), 3) {
				want = append(want, tr.T(st.QuestionKey()))
			}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("the %s sheet does not say %q; it says:\n%s", lang, w, text)
				}
			}
			if strings.Contains(text, "22:30") {
				t.Error("the sheet shows Amira's bedtime on Leo's sheet")
			}
		})
	}
}

func TestCarerSheetLeavesFosterRecordsOutUnlessTicked(t *testing.T) {
	t.Parallel()
	now := docsNow(t)
	s, tr := demo(t, "en", content.RegionUK, now)
	maisie := childNamed(t, s, "Maisie")
	private := []string{"Overnight stays and new apps need Priya's agreement first.", "No photos of Maisie on social media", "Supervised contact with her mum", "scary video"}
	for _, foster := range []bool{false, true} {
		sh, err := LoadSheet(s, maisie.ID, foster, content.RegionUK, now)
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := CarerSheetPDF(sh, tr, testFonts())
		if err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, pdf)
		for _, w := range []string{"Priya Shah", "01632 960123", "01632 960456"} { // placement contacts: always
			if !strings.Contains(text, w) {
				t.Errorf("foster=%v: the sheet leaves out the placement contact %q", foster, w)
			}
		}
		for _, w := range private {
			if strings.Contains(text, w) != foster {
				t.Errorf("foster=%v: %q shown is %v", foster, w, !foster)
			}
		}
	}
}

func TestCarerSheetCallsTheRegionsNumbers(t *testing.T) {
	t.Parallel()
	now := docsNow(t)
	for _, r := range []content.Region{content.RegionUS, content.RegionAU, content.RegionIE} {
		s, tr := demo(t, "en", r, now)
		sh, err := LoadSheet(s, childNamed(t, s, "Amira").ID, false, r, now)
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := CarerSheetPDF(sh, tr, testFonts())
		if err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, pdf)
		if want := "call " + content.EmergencyNumber(r) + "."; !strings.Contains(text, want) {
			t.Errorf("%s: no %q in:\n%s", r, want, text)
		}
		if r != content.RegionUK && strings.Contains(text, "0800 1111") {
			t.Errorf("%s: the sheet gives the UK's Childline", r)
		}
	}
}

func TestStartersForAreThreeForTheAge(t *testing.T) {
	t.Parallel()
	for _, age := range []int{3, 6, 9, 12, 14, 16} {
		got := StartersFor(age, 3)
		if len(got) != 3 {
			t.Fatalf("age %d: %d starters", age, len(got))
		}
		topics := map[content.Topic]bool{}
		for _, st := range got {
			if !st.HasBand(content.BandForAge(age)) {
				t.Errorf("age %d: %s is not for that age", age, st.ID)
			}
			topics[st.Topic] = true
		}
		if len(topics) != 3 {
			t.Errorf("age %d: want three topics, got %v", age, topics)
		}
	}
}

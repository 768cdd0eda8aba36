package printout

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/icons"
)

// imageCount is how many images pdfimages finds in pdf.
func imageCount(t *testing.T, pdf []byte) int {
	t.Helper()
	needTool(t, "pdfimages")
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfimages", "-list", path).Output()
	if err != nil {
		t.Fatalf("pdfimages: %v", err)
	}
	return len(strings.Split(strings.TrimSpace(string(out)), "\n")) - 2 // two header lines
}

// childPDF prints the demo child's view in lang.
func childPDF(t *testing.T, lang, name string) (string, []byte) {
	t.Helper()
	return childPDFAt(t, lang, name, docsNow(t), nil)
}

// childPDFAt prints the demo child's view in lang at now, after prepare
// has changed the family.
func childPDFAt(t *testing.T, lang, name string, now time.Time, prepare func(testing.TB, *data.Store)) (string, []byte) {
	t.Helper()
	s, tr := demo(t, lang, content.RegionUK, now)
	if prepare != nil {
		prepare(t, s)
	}
	kid := childNamed(t, s, name)
	v, err := s.ChildView(tr, kid.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	test.NewTempApp(t)
	b, err := ChildViewPDF(ChildPage{View: v, Region: content.RegionUK, Now: now, Pictures: childPictures()}, tr, testFonts())
	if err != nil {
		t.Fatal(err)
	}
	return pdfText(t, b), b
}

// childPictures are the child's page's pictures, drawn once per test
// binary as the app draws them (each page reads them, none changes them):
// drawing and encoding them for every page was most of this package's
// time under -race.
var childPictures = sync.OnceValue(func() map[data.ViewKind][]byte {
	pics := map[data.ViewKind][]byte{}
	for _, k := range []data.ViewKind{data.ViewEnjoy, data.ViewLimits, data.ViewFree, data.ViewRules, data.ViewPromises, data.ViewAsks, data.ViewGrownUps, data.ViewSchool, data.ViewHolidays, data.ViewToday} {
		pics[k] = icons.PicturePNG(string(k))
	}
	return pics
})

// The child's page holds only that child: their limits, their bedtime,
// their words; a brother's or sister's are not on it. In every language.
func TestTheChildsPagePrintsOnlyThatChildInEveryLanguage(t *testing.T) {
	for _, c := range []struct {
		lang                            string
		title, limit, bedtime, homework string
	}{
		{"en", "My agreement", "School days (Mon–Fri): 1 hour and 30 minutes of screens", "Bedtime – Every day: no screens from 19:30 to 07:00 the next morning", "Homework"},
		{"cy", "Fy nghytundeb", "Dyddiau ysgol (Llun–Gwe): 1 awr a 30 munud o amser sgrin", "Bedtime – Bob dydd: dim sgriniau o 19:30 i 07:00 y bore wedyn", "Homework"},
		{"pl", "Moja umowa", "Dni szkolne (pon.–pt.): 1 godzina i 30 minut przed ekranem", "Bedtime – Codziennie: bez ekranów w godzinach 19:30–07:00 następnego ranka", "Homework"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			text, _ := childPDF(t, c.lang, "Leo")
			for _, want := range []string{c.title, "Leo", c.limit, c.bedtime, c.homework,
				"Building in Minecraft with Sam", "I will stop when the timer goes", "Give me a five-minute warning"} {
				if !strings.Contains(text, want) {
					t.Errorf("Leo's page lacks %q:\n%s", want, text)
				}
			}
			for _, not := range []string{"Maisie", "Amira", "Bluey", "21:30", "Someone I don't know"} {
				if strings.Contains(text, not) {
					t.Errorf("Leo's page has %q (another child's, or his worries):\n%s", not, text)
				}
			}
		})
	}
}

// Pictures go beside each line for a child under 7 only.
func TestTheChildsPageHasPicturesUnderSeven(t *testing.T) {
	maisieText, maisie := childPDF(t, "en", "Maisie")
	_, leo := childPDF(t, "en", "Leo")
	if n := imageCount(t, maisie); n < 5 {
		t.Errorf("Maisie (4) has %d pictures, want one beside each line", n)
	}
	if n := imageCount(t, leo); n != 0 {
		t.Errorf("Leo (9) has %d pictures, want none", n)
	}
	if strings.Contains(maisieText, "Homework") || !strings.Contains(maisieText, "Bluey") {
		t.Errorf("Maisie's page:\n%s", maisieText)
	}
}

// In the holidays the child's page says so, and says when each limit
// and device-free time holds, in words and, under 7, with the "school
// days" or "holidays" picture beside the line.
func TestTheChildsPageSaysWhenEachRuleHolds(t *testing.T) {
	now := time.Date(2026, 12, 30, 10, 0, 0, 0, london(t))
	leoText, leo := childPDFAt(t, "en", "Leo", now, addHolidayPlan)
	for _, want := range []string{"Now it is the school holidays, until 04/01/2027.",
		"School days (Mon–Fri): 1 hour and 30 minutes of screens (in term time, not in the holidays)",
		"Monday to Friday: 3 hours of screens (in the school holidays)",
		"Homework – Mon, Tue, Wed, Thu: no screens from 16:30 to 17:30 (in term time, not in the holidays)",
		"Lie-in – Every day: no screens from 08:00 to 09:00 (in the school holidays)",
		"Bedtime – Every day: no screens from 19:30 to 07:00 the next morning (all year)"} {
		if !strings.Contains(leoText, want) {
			t.Errorf("Leo's page lacks %q:\n%s", want, leoText)
		}
	}
	if n := imageCount(t, leo); n != 0 {
		t.Errorf("Leo (9) has %d pictures", n)
	}
	_, maisie := childPDFAt(t, "en", "Maisie", now, addHolidayPlan)
	_, before := childPDF(t, "en", "Maisie")
	if n, m := imageCount(t, maisie), imageCount(t, before); n < m+2 {
		t.Errorf("Maisie's page has %d pictures, want at least %d: the lie-in's and the holidays picture beside it", n, m+2)
	}
}

// writeChildViewDocs writes Maisie's page (under 7, with pictures) to
// docs/print for TestWriteDocs (make docs).
func writeChildViewDocs(t *testing.T, dir string) {
	t.Helper()
	_, b := childPDFAt(t, "en", "Maisie", docsHolidayNow(t), func(t testing.TB, s *data.Store) {
		addHolidayPlan(t, s)
		hour, more := data.Minutes(60), data.Minutes(90)
		maisie := childNamed(t, s, "Maisie").ID
		if err := s.SetHolidayWeek(maisie, data.Week{more, more, more, more, more, hour, hour}); err != nil {
			t.Fatal(err)
		}
		tonight := data.DayChange{Kind: data.ChangeBedtime, Day: data.Day(docsHolidayNow(t)), Until: 20 * 60, Reason: "Film night with Nan"}
		if _, err := s.AddDayChange(tonight, []data.ID{maisie}); err != nil {
			t.Fatal(err)
		}
	})
	if err := os.WriteFile(filepath.Join(dir, "child-view-en.pdf"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

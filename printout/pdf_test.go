package printout

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/translations"
)

// What each language's agreement must say besides the family's own words:
// a heading, the page numbering, and words with the letters that need
// the embedded font (Welsh ŷ, Polish ł, ż, ś, ę).
var agreementWords = map[string][]string{
	"en": {"Our house rules", "Screen time each day", "1 h 30 min", "Page 1 of 2", "We will look at this agreement again together on 25/12/2026."},
	"cy": {"Rheolau'r tŷ", "Amser sgrin bob dydd", "Tudalen 1 o 2", "y bore wedyn", "Byddwn ni'n edrych ar y cytundeb hwn eto gyda'n gilydd ar 25/12/2026."},
	"pl": {"Gdy zasada zostanie złamana", "Czas przed ekranem w każdym dniu", "Omówiliśmy to razem i zgadzamy się na to.", "Strona 1 z 2", "Wrócimy razem do tej umowy 25/12/2026."},
}

func TestAgreementPDFForTheDemoFamilyInEachLanguage(t *testing.T) {
	t.Parallel()
	now := docsNow(t)
	for lang, words := range agreementWords {
		t.Run(lang, func(t *testing.T) {
			s, tr := demo(t, lang, content.RegionUK, now)
			fam, err := LoadFamily(s, content.RegionUK, now)
			if err != nil {
				t.Fatal(err)
			}
			if lang == "cy" { // a family's own Welsh words, with ŵ (added here: a change in the store would unsign it)
				const own = "Rydyn ni'n yfed dŵr, nid diodydd egni, wrth chwarae gemau."
				fam.Plan.Agreement.Rules = append(fam.Plan.Agreement.Rules, data.Item{ID: 99, Text: own})
				words = append(words, own)
			}
			pdf, err := AgreementPDF(fam, tr, testFonts())
			if err != nil {
				t.Fatal(err)
			}
			text := pdfText(t, pdf)
			want := append([]string{
				"Amira", "Leo", "Maisie", "Rachel", "Tom", // children and who signed
				"19:30", "07:00", "21:30", "22:30", "08:00", "18:00", "18:45", "16:30", "17:30", // device-free times
				"We ask a grown-up before downloading a new app or game.",
				"If something online upsets or worries us, we tell a grown-up. We will not be in trouble for telling.",
				"We will not take your phone or games away because you told us about something.",
				"We agree together how to put it right.",
				"The car on the way to school",
			}, words...)
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("the %s agreement does not say %q; it says:\n%s", lang, w, text)
				}
			}
			if !strings.Contains(text, tr.T("agreement.place.bedrooms-night")) {
				t.Errorf("the %s agreement leaves out the device-free places", lang)
			}
		})
	}
}

func TestAgreementPDFEmbedsTheFont(t *testing.T) {
	t.Parallel()
	needTool(t, "pdffonts")
	s, tr := demo(t, "pl", content.RegionUK, docsNow(t))
	fam, err := LoadFamily(s, content.RegionUK, docsNow(t))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := AgreementPDF(fam, tr, testFonts())
	if err != nil {
		t.Fatal(err)
	}
	out := runTool(t, "pdffonts", pdf)
	// name type encoding emb sub uni object ID
	rows := regexp.MustCompile(`(?m)^(\S*notosans\S*)\s+CID TrueType\s+Identity-H\s+(yes|no)\s`).FindAllStringSubmatch(out, -1)
	if len(rows) != 2 {
		t.Fatalf("want the regular and bold Noto Sans, got:\n%s", out)
	}
	for _, r := range rows {
		if r[2] != "yes" {
			t.Errorf("font %s is not embedded:\n%s", r[1], out)
		}
	}
}

func TestUnsignedAgreementHasLinesToSignOn(t *testing.T) {
	t.Parallel()
	now := docsNow(t)
	s := datatest.Open(t, datatest.At(now))
	if _, err := s.AddChild(data.Child{Name: "Ffion", BirthYear: 2016, BirthMonth: 4}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddItem(data.ListRules, "Phones sleep downstairs."); err != nil {
		t.Fatal(err)
	}
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	fam, err := LoadFamily(s, content.RegionUK, now)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := AgreementPDF(fam, tr, testFonts())
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	for _, w := range []string{"Not signed yet", "Phones sleep downstairs.", "Ffion", "not set", "We will look at this agreement again together 3 months after signing."} {
		if !strings.Contains(text, w) {
			t.Errorf("the unsigned agreement does not say %q:\n%s", w, text)
		}
	}
	if n := strings.Count(text, "Signature"); n != 1+4 { // the heading, then one line per person (at least 4)
		t.Errorf("want 4 empty lines to sign on, found %d 'Signature' in:\n%s", n-1, text)
	}
}

func TestLongAgreementWrapsAndFlowsOntoNumberedPages(t *testing.T) {
	t.Parallel()
	now := docsNow(t)
	s, tr := demo(t, "en", content.RegionUK, now)
	long := func(i int) string {
		return fmt.Sprintf("Rule %d: %s", i, strings.Repeat("we put devices away and talk about our day ", 4))
	}
	for i := range data.MaxItems - 6 {
		if _, err := s.AddItem(data.ListRules, strings.TrimSpace(long(i))); err != nil {
			t.Fatal(err)
		}
	}
	fam, err := LoadFamily(s, content.RegionUK, now)
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := AgreementPDF(fam, tr, testFonts())
	if err != nil {
		t.Fatal(err)
	}
	pages := pageCount(t, pdf)
	if pages < 3 {
		t.Fatalf("a long agreement takes %d pages, want 3 or more", pages)
	}
	text := pdfText(t, pdf)
	for i := range data.MaxItems - 6 {
		if !strings.Contains(text, strings.TrimSpace(long(i))) {
			t.Errorf("rule %d is cut or lost", i)
		}
	}
	for p := 1; p <= pages; p++ {
		if want := fmt.Sprintf("Page %d of %d", p, pages); !strings.Contains(text, want) {
			t.Errorf("no %q", want)
		}
	}
}

func TestPaperFollowsTheRegion(t *testing.T) {
	t.Parallel()
	now := docsNow(t)
	for _, c := range []struct {
		region content.Region
		size   string
	}{{content.RegionUK, "(A4)"}, {content.RegionIE, "(A4)"}, {content.RegionUS, "(letter)"}, {content.RegionCA, "(letter)"}} {
		s, tr := demo(t, "en", c.region, now)
		fam, err := LoadFamily(s, c.region, now)
		if err != nil {
			t.Fatal(err)
		}
		pdf, err := AgreementPDF(fam, tr, testFonts())
		if err != nil {
			t.Fatal(err)
		}
		if info := runTool(t, "pdfinfo", pdf); !strings.Contains(info, c.size) {
			t.Errorf("%s: want %s paper:\n%s", c.region, c.size, info)
		}
	}
}

func TestNoFontsIsRefused(t *testing.T) {
	t.Parallel()
	s, tr := demo(t, "en", content.RegionUK, docsNow(t))
	fam, _ := LoadFamily(s, content.RegionUK, docsNow(t))
	if _, err := AgreementPDF(fam, tr, Fonts{}); err != ErrNoFonts {
		t.Fatalf("want ErrNoFonts, got %v", err)
	}
}

// runTool runs a poppler tool on a PDF and returns what it prints.
func runTool(t testing.TB, tool string, pdf []byte) string {
	t.Helper()
	needTool(t, tool)
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, path).Output()
	if err != nil {
		t.Fatalf("%s: %v", tool, err)
	}
	return string(out)
}

// pageCount is the number of pages pdfinfo finds.
func pageCount(t testing.TB, pdf []byte) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(runTool(t, "pdfinfo", pdf))
	if m == nil {
		t.Fatal("pdfinfo gives no page count")
	}
	var n int
	must1(t)(fmt.Sscan(m[1], &n))
	return n
}

package printout

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/theme"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/translations"
)

// testFonts are the app's own: the Noto Sans Fyne bundles.
func testFonts() Fonts {
	return Fonts{Regular: theme.DefaultTextFont().Content(), Bold: theme.DefaultTextBoldFont().Content()}
}

// london is where the demo family lives.
func london(t testing.TB) *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Skipf("no time zone data: %v", err)
	}
	return loc
}

// docsNow is the fixed moment the documents in docs/print are made at: a
// Sunday.
func docsNow(t testing.TB) time.Time { return time.Date(2026, 11, 29, 10, 0, 0, 0, london(t)) }

// demo opens the demo family as of now, with words in lang for region r.
func demo(t testing.TB, lang string, r content.Region, now time.Time) (*data.Store, *translations.Translator) {
	t.Helper()
	tr, err := translations.New(lang)
	if err != nil {
		t.Fatal(err)
	}
	tr.SetRegion(r)
	s, err := data.OpenDemo(t.TempDir(), datatest.Options(t, datatest.At(now)), data.Settings{Language: lang, Region: string(r)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeOK(t, s) })
	return s, tr
}

// childNamed finds a demo child.
func childNamed(t testing.TB, s *data.Store, name string) data.Child {
	t.Helper()
	kids, err := s.ActiveChildren()
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kids {
		if k.Name == name {
			return k
		}
	}
	t.Fatalf("no demo child %s", name)
	return data.Child{}
}

// needTool skips a test when a poppler tool is missing (scripts/install-deps
// --test installs them).
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if requireTools() {
			t.Fatalf("%s is missing: run scripts/install-deps --test", name)
		}
		t.Skipf("%s is missing: run scripts/install-deps --test", name)
	}
}

// pdfText writes pdf to a file and returns pdftotext's reading of it,
// with lines joined by spaces so wrapped text still matches.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	needTool(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// requireTools is set under make test and in CI: a tool the tests read
// documents back with must be there, or the test fails instead of
// skipping.
func requireTools() bool { return os.Getenv("CI") != "" || os.Getenv("REQUIRE_TEST_TOOLS") != "" }

package printout

import (
	"os"
	"path/filepath"
	"testing"

	"family-online-safety/content"
)

// TestWriteDocs regenerates docs/print from the demo family when
// PRINT_DOCS_DIR is set (make docs); otherwise it does nothing.
func TestWriteDocs(t *testing.T) {
	dir := os.Getenv("PRINT_DOCS_DIR")
	if dir == "" {
		t.Skip("set PRINT_DOCS_DIR to write docs/print (make docs)")
	}
	now := docsNow(t)
	write := func(name string, b []byte, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, lang := range []string{"en", "cy"} {
		s, tr := demo(t, lang, content.RegionUK, now)
		fam, err := LoadFamily(s, content.RegionUK, now)
		if err != nil {
			t.Fatal(err)
		}
		b, err := AgreementPDF(fam, tr, testFonts())
		write("agreement-"+lang+".pdf", b, err)
		if lang != "en" {
			continue
		}
		ics, err := DeviceFreeICS(fam, tr)
		write("device-free-en.ics", ics, err)
		sh, err := LoadSheet(s, childNamed(t, s, "Leo").ID, false, content.RegionUK, now)
		if err != nil {
			t.Fatal(err)
		}
		b, err = CarerSheetPDF(sh, tr, testFonts())
		write("carer-sheet-en.pdf", b, err)
	}
	writeChildViewDocs(t, dir)
}

package screens_test

import (
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/translations"
)

// opener records the files opened, and says so on a channel.
type opener struct{ opened chan string }

func (o opener) OpenURL(u *url.URL) error { o.opened <- u.Path; return nil }

// savingFiles saves into a temporary folder, holding the making and
// writing until the test runs them (the work of a loaded machine).
func savingFiles(t *testing.T, lang string, w fyne.Window) (screens.Files, *func(), string) {
	tr, err := translations.New(lang)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "Family agreement.pdf")
	pending := new(func())
	f := screens.Files{Tr: tr, Win: w, Open: opener{make(chan string, 1)},
		Ask:   func(_ string, chosen func(string)) { chosen(path) },
		Shown: w.Content,
		Run:   func(work, done func()) { *pending = func() { work(); done() } }}
	return f, pending, path
}

func topTexts(w fyne.Window) []string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	return screentest.Texts(top)
}

// While a printout is made and written, "Saving…" shows; once written,
// the screen that asked offers to open it; if the user moved to another
// screen meanwhile, a note that does not block says so instead.
func TestSavingShowsAndTheResultFollowsTheScreen(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		for _, moved := range []bool{false, true} {
			test.NewTempApp(t)
			w := test.NewTempWindow(t, widget.NewLabel("Agreement"))
			w.Resize(fyne.NewSize(800, 600))
			f, pending, path := savingFiles(t, lang, w)
			made := false
			f.SaveMade("Family agreement.pdf", func() ([]byte, error) { made = true; return []byte("%PDF-1.4"), nil }, "print.saved.body", false)
			if made || *pending == nil {
				t.Fatal("the printout was made on the UI goroutine")
			}
			saving := f.Tr.T("print.saving", map[string]any{"File": filepath.Base(path)})
			if !screentest.HasText(w.Canvas().Overlays().Top(), saving) {
				t.Fatalf("%s: while saving the window shows %q", lang, topTexts(w))
			}
			if moved {
				w.SetContent(widget.NewLabel("Home"))
			}
			(*pending)()
			if _, err := os.Stat(path); err != nil {
				t.Fatal(err)
			}
			texts := topTexts(w)
			asks := screentest.HasText(w.Canvas().Overlays().Top(), f.Tr.T("print.saved.body", map[string]any{"File": filepath.Base(path)}))
			notes := screentest.HasText(w.Canvas().Overlays().Top(), f.Tr.T("print.saved.note", map[string]any{"File": filepath.Base(path)}))
			if asks == moved || !notes || screentest.HasText(w.Canvas().Overlays().Top(), saving) {
				t.Fatalf("%s, moved on %v: the window shows %q", lang, moved, texts)
			}
			test.Tap(screentest.Button(t, w.Canvas().Overlays().Top(), f.Tr.T("print.saved.open")))
			if got := <-f.Open.(opener).opened; got != path {
				t.Errorf("opened %q, want %q", got, path)
			}
		}
	}
}

// Without a test's runner the printout is made and written off the UI
// goroutine: Print returns while it is still being made, then opens it.
func TestPrintingMakesTheFileOffTheUIGoroutine(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel("Agreement"))
	f, _, path := savingFiles(t, "en", w)
	f.Run = nil
	release := make(chan struct{})
	f.SaveMade("Family agreement.pdf", func() ([]byte, error) { <-release; return []byte("%PDF-1.4"), nil }, "print.saved.body", true)
	close(release) // had the making run here, SaveMade would never have returned
	if got := <-f.Open.(opener).opened; got != path {
		t.Errorf("opened %q, want %q", got, path)
	}
}

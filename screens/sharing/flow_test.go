package sharing_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/screens/widgets"
)

var day = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

const secret = "blue kettle on the windowsill"

// carer is one home in a test: a store and the sharing dialogs on it,
// saving to and opening from path.
type carer struct {
	h     *screentest.Harness
	store *data.Store
	ui    *sharingui.Sharer
	path  string
	// changed counts the imports that changed the family.
	changed int
}

func newCarer(h *screentest.Harness, store *data.Store, path string) *carer {
	c := &carer{h: h, store: store, path: path}
	c.ui = sharingui.New(h.Env(), store, h.Win, "0.1.0")
	c.ui.AskSave = func(name string, chosen func(string)) {
		if !strings.HasSuffix(name, sharingui.FileExt) {
			h.T.Errorf("suggested name %q", name)
		}
		chosen(path)
	}
	c.ui.AskOpen = func(chosen func(string)) { chosen(path) }
	c.ui.Changed = func() { c.changed++ }
	h.Show(c.ui.Card())
	return c
}

// tap taps the button labelled key's words in the dialog on top.
func (c *carer) tap(key string) {
	c.h.T.Helper()
	test.Tap(screentest.Button(c.h.T, c.h.Overlay(), c.h.Tr.T(key)))
}

// typeIn types text into every hidden-text field of the dialog on top.
func (c *carer) typeIn(text string) {
	c.h.T.Helper()
	fields := screentest.Find[*widgets.Entry](c.h.Overlay())
	if len(fields) == 0 {
		c.h.T.Fatal("no passphrase field")
	}
	for _, e := range fields {
		if e.Password {
			test.Type(e, text)
		}
	}
}

func (c *carer) shows(key string, args ...map[string]any) {
	c.h.T.Helper()
	screentest.MustHaveText(c.h.T, c.h.Overlay(), c.h.Tr.T(key, args...))
}

// export taps Export in Settings' card and saves the whole family.
func (c *carer) export() {
	c.h.T.Helper()
	c.h.Show(c.ui.Card())
	c.h.Tap(c.h.Tr.T("sharing.export.button"))
	c.typeIn(secret)
	c.tap("sharing.export.save")
	c.shows("sharing.export.done")
	c.tap("sharing.ok")
}

// openFile taps Import, types pass and opens the file.
func (c *carer) openFile(pass string) {
	c.h.T.Helper()
	c.h.Show(c.ui.Card())
	c.h.Tap(c.h.Tr.T("sharing.import.button"))
	c.typeIn(pass)
	c.tap("sharing.import.open")
}

// home is a family with Seren, two app notes and a rule.
func home(t *testing.T, lang string) (*screentest.Harness, *carer) {
	h := screentest.New(t, screentest.Lang(lang), screentest.At(day), screentest.Child("Seren", 2016, 3))
	kids, _ := h.Store.Children()
	for _, app := range []string{"Roblox", "TikTok"} {
		if _, err := h.Store.AddAppNote(data.AppNote{ChildID: kids[0].ID, Name: app}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := h.Store.AddItem(data.ListRules, "Phones charge downstairs"); err != nil {
		t.Fatal(err)
	}
	return h, newCarer(h, h.Store, filepath.Join(t.TempDir(), "family"+sharingui.FileExt))
}

// A family exported in Settings arrives in another home after the
// summary, in English and in Welsh; the file is sealed and private.
func TestExportThenImportIntoAnotherHomeAfterTheSummary(t *testing.T) {
	for _, lang := range []string{"en", "cy"} {
		t.Run(lang, func(t *testing.T) {
			h, a := home(t, lang)
			a.export()
			file, err := os.ReadFile(a.path)
			if err != nil {
				t.Fatal(err)
			}
			if info, _ := os.Stat(a.path); info.Mode().Perm() != 0o600 {
				t.Errorf("file mode %v, want 0600", info.Mode().Perm())
			}
			if !bytes.HasPrefix(file, []byte("family-online-safety-share/2 ")) || bytes.Contains(file, []byte("Roblox")) {
				t.Fatal("the file is not a sealed family file")
			}

			b := newCarer(h, datatest.Open(t, datatest.At(day.Add(time.Hour))), a.path)
			b.openFile(secret)
			b.shows("sharing.summary.title")
			b.shows("sharing.added", map[string]any{"Count": 2}) // Seren's app notes
			b.shows("sharing.summary.made", map[string]any{"App": "0.1.0", "Date": screens.FormatDate(h.Tr, day)})
			if kids, _ := b.store.Children(); len(kids) != 0 {
				t.Fatal("the summary wrote")
			}
			b.tap("sharing.apply")
			b.shows("sharing.applied")
			kids, _ := b.store.Children()
			if len(kids) != 1 || kids[0].Name != "Seren" || b.changed != 1 {
				t.Fatalf("children %+v after Apply", kids)
			}
			if notes, _ := b.store.AppNotes(kids[0].ID); len(notes) != 2 {
				t.Fatalf("app notes %+v", notes)
			}
			if ag, _ := b.store.Agreement(); len(ag.Rules) != 1 {
				t.Fatalf("rules %+v", ag.Rules)
			}
		})
	}
}

func TestCancelAfterTheSummaryChangesNothing(t *testing.T) {
	h, a := home(t, "pl")
	a.export()
	b := newCarer(h, datatest.Open(t, datatest.At(day)), a.path)
	b.openFile(secret)
	b.shows("sharing.summary.title")
	b.tap("sharing.cancel")
	if kids, _ := b.store.Children(); len(kids) != 0 || b.changed != 0 {
		t.Fatal("Cancel changed the family")
	}
	if h.Overlay() != nil {
		t.Fatal("the summary is still open")
	}
}

func TestAWrongPassphraseSaysSoAndChangesNothing(t *testing.T) {
	for _, lang := range []string{"en", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h, a := home(t, lang)
			a.export()
			b := newCarer(h, datatest.Open(t, datatest.At(day)), a.path)
			b.openFile("blue kettle")
			b.shows("sharing.error.wrong_passphrase")
			if kids, _ := b.store.Children(); len(kids) != 0 {
				t.Fatal("a wrong passphrase changed the family")
			}
		})
	}
}

func TestAFileFromANewerAppIsRefusedInWelsh(t *testing.T) {
	h, a := home(t, "cy")
	if err := os.WriteFile(a.path, []byte("family-online-safety-share/9\nage-encryption.org/v1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a.openFile(secret)
	a.shows("sharing.error.newer")
	if !strings.Contains(h.Tr.T("sharing.error.newer"), "Family Online Safety") {
		t.Fatal("the message does not say which app")
	}
}

func TestExportChecksThePassphraseTypedTwiceAndHintsAtItsStrength(t *testing.T) {
	_, a := home(t, "en")
	a.h.Tap(a.h.Tr.T("sharing.export.button"))
	var fields []*widgets.Entry
	for _, e := range screentest.Find[*widgets.Entry](a.h.Overlay()) {
		if e.Password {
			fields = append(fields, e)
		}
	}
	if len(fields) != 2 {
		t.Fatalf("%d passphrase fields, want 2", len(fields))
	}
	test.Type(fields[0], "blue kettle")
	a.shows("sharing.strength.weak")
	test.Type(fields[0], " on the sill")
	a.shows("sharing.strength.strong")
	test.Type(fields[1], "something else")
	a.tap("sharing.export.save")
	a.shows("privacy.pass.mismatch")
	if _, err := os.Stat(a.path); err == nil {
		t.Fatal("a file was written with passphrases that differ")
	}
}

// Exporting chosen children leaves the others out.
func TestExportOfAChosenChildLeavesTheOthersOut(t *testing.T) {
	h, a := home(t, "en")
	if _, err := h.Store.AddChild(data.Child{Name: "Dylan", BirthYear: 2018, BirthMonth: 9}); err != nil {
		t.Fatal(err)
	}
	h.Show(a.ui.Card())
	h.Tap(h.Tr.T("sharing.export.button"))
	for _, label := range []string{h.Tr.T("sharing.family"), "Dylan"} {
		for _, c := range screentest.Find[*widget.Check](h.Overlay()) {
			if c.Text == label {
				test.Tap(c)
			}
		}
	}
	a.typeIn(secret)
	a.tap("sharing.export.save")
	a.tap("sharing.ok")
	b := newCarer(h, datatest.Open(t, datatest.At(day)), a.path)
	b.openFile(secret)
	b.tap("sharing.apply")
	if kids, _ := b.store.Children(); len(kids) != 1 || kids[0].Name != "Dylan" {
		t.Fatalf("children %+v, want Dylan alone", kids)
	}
}

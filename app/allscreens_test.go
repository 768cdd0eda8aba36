package app

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/welcome"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// Every registered screen (and the welcome), in every language and every
// region, on the demo family and on an empty one: none may panic, and
// none may show a text that is still a message key or a template. Under
// the race detector only the first language, region and screen
// (raceSubset).
func TestEveryScreenInEveryLanguageAndRegion(t *testing.T) {
	screentest.App(t)
	now := time.Date(2026, 11, 24, 17, 0, 0, 0, time.UTC)
	empty := datatest.Open(t, datatest.At(now))
	demo, err := data.OpenDemo(t.TempDir(), datatest.Options(t, datatest.At(now)), data.Settings{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeOK(t, demo) })
	win := test.NewTempWindow(t, screentest.Blank())
	win.Resize(fyne.NewSize(1100, 720))
	for _, lang := range raceSubset(t, translations.Languages) {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		for _, region := range raceSubset(t, content.Regions) {
			tr.SetRegion(region) // as the app does when it rebuilds
			// A subtest each, so what it drew is let go when it ends
			// (screentest.Serial): the window shows the next one's.
			t.Run(lang.Code+"/"+string(region), func(t *testing.T) {
				screentest.Serial(t)
				for name, store := range map[string]*data.Store{"empty": empty, "demo": demo} {
					err := store.UpdateSettings(func(s *data.Settings) { s.Region, s.Language, s.Onboarded = string(region), lang.Code, true })
					if err != nil {
						t.Fatal(err)
					}
					d := Deps{Env: screens.Env{Tr: tr, Now: datatest.At(now)}, Store: store, Real: store, Win: win,
						Actions: &screentest.Actions{}, DataDir: t.TempDir()}
					checkScreen(t, win, name+"/welcome", func() fyne.CanvasObject {
						return welcome.New(d.Env, &screentest.Actions{}, &welcome.Draft{}).View()
					})
					for _, s := range raceSubset(t, Screens()) {
						checkScreen(t, win, name+"/"+string(s.ID), func() fyne.CanvasObject { return s.Build(d) })
					}
				}
			})
		}
	}
}

// checkScreen builds a screen, shows each of its tabs in turn, and fails
// on a panic or on text that looks like a key or a template.
func checkScreen(t *testing.T, win fyne.Window, where string, build func() fyne.CanvasObject) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s: panic: %v", where, r)
		}
	}()
	view := build()
	win.SetContent(view)
	texts := screentest.AllTexts(view)
	for _, tabs := range screentest.Find[*widgets.Tabs](view) {
		for i := range tabs.Items {
			tabs.SelectIndex(i)
			texts = append(texts, screentest.AllTexts(tabs.Items[i].Content)...)
		}
	}
	if len(texts) == 0 {
		t.Errorf("%s shows no text at all", where)
	}
	for _, text := range texts {
		if why := looksUntranslated(text); why != "" {
			t.Errorf("%s: %q %s", where, text, why)
		}
	}
}

// keyLike is a message id such as "starter.games-age-ratings.q".
var keyLike = regexp.MustCompile(`\b[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+\b`)

// looksUntranslated says why text looks like a key or a template, or "".
func looksUntranslated(text string) string {
	for _, bad := range []string{"{{", "}}", "<no value>", "%!", "MISSING"} {
		if strings.Contains(text, bad) {
			return "holds " + bad
		}
	}
	for _, m := range keyLike.FindAllString(text, -1) {
		if keyNamespaces[strings.SplitN(m, ".", 2)[0]] {
			return "looks like the message id " + m
		}
	}
	return ""
}

// keyNamespaces are the first parts of every message id ("starter",
// "agreement", ...), read from the English files.
var keyNamespaces = func() map[string]bool {
	out := map[string]bool{}
	files, _ := fs.Glob(translations.FS, "*.en.toml")
	id := regexp.MustCompile(`(?m)^"?([a-z][a-z0-9_]*)\.`)
	for _, name := range files {
		b, err := fs.ReadFile(translations.FS, name)
		if err != nil {
			panic(err)
		}
		for _, m := range id.FindAllStringSubmatch(string(b), -1) {
			out[m[1]] = true
		}
	}
	return out
}()

// The check above must catch what it looks for.
func TestLooksUntranslatedCatchesKeysAndTemplates(t *testing.T) {
	t.Parallel()
	for _, text := range []string{"starter.games-age-ratings.q", "Call {{.Number}}", "agreement.tab.limits", "Tip: helpui.guide.now"} {
		if looksUntranslated(text) == "" {
			t.Errorf("%q passed as translated", text)
		}
	}
	for _, text := range []string{"Call 999", "www.nspcc.org.uk", "helpline@saferinternet.org.uk", "e.g. 20:30", "1 h 30 min"} {
		if why := looksUntranslated(text); why != "" {
			t.Errorf("%q flagged: %s", text, why)
		}
	}
}

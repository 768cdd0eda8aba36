package screentest

import (
	"reflect"
	"sync"
	"testing"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Fyne parses its fonts again each time its font cache is emptied: when a
// test app starts (test.NewTempApp) and whenever a theme is set, which
// every test that builds the app's window does. Under -race, parsing the
// text fonts and the 4 MB emoji font was a fifth of a screen test's time.
// keptFonts keeps the parsed faces between tests, and puts back each one
// whose theme font is still the same resource, so what is measured is
// what a fresh parse would measure. Fyne 2.8.1's cache, reached by name:
// its type (async.Map) is a sync.Map and nothing else.
//
//go:linkname fyneFontCache fyne.io/fyne/v2/internal/painter.fontCache
var fyneFontCache sync.Map

// keptFonts holds the faces parsed by earlier tests, by Fyne's own key
// (a text style; only faces for the whole window, not a themed part),
// and the theme fonts they were parsed from.
var keptFonts = struct {
	sync.Mutex
	faces map[any]keptFace
}{faces: map[any]keptFace{}}

type keptFace struct {
	item any
	font fyne.Resource
}

// keepFonts adds what the cache holds to keptFonts. It is called when a
// test ends, before its test app empties the cache.
func keepFonts() {
	th := theme.Current()
	keptFonts.Lock()
	defer keptFonts.Unlock()
	fyneFontCache.Range(func(k, v any) bool {
		if style, whole := fontKey(k); whole {
			keptFonts.faces[k] = keptFace{item: v, font: th.Font(style)}
		}
		return true
	})
}

// restoreFonts puts back the kept faces that the current theme would
// parse from the same fonts. It is called after a test app or a theme
// emptied the cache.
func restoreFonts() {
	th := theme.Current()
	keptFonts.Lock()
	defer keptFonts.Unlock()
	for k, f := range keptFonts.faces {
		if style, _ := fontKey(k); sameResource(th.Font(style), f.font) {
			fyneFontCache.LoadOrStore(k, f.item)
		}
	}
}

// keepFontsOf keeps the faces between the tests that use app, a test
// app t started: it puts back the kept ones now and after each theme the
// app sets, and keeps what t parsed when t ends.
func keepFontsOf(t testing.TB, app fyne.App) {
	restoreFonts()
	app.Settings().AddListener(func(fyne.Settings) { restoreFonts() })
	t.Cleanup(keepFonts)
}

// sameResource says whether a and b are the one resource (a pointer; a
// resource held by value is never taken as the same).
func sameResource(a, b fyne.Resource) bool {
	if a == nil || b == nil || reflect.TypeOf(a) != reflect.TypeOf(b) || reflect.TypeOf(a).Kind() != reflect.Pointer {
		return false
	}
	return a == b
}

// fontKey reads Fyne's cache key: its text style, and whether it is for
// the whole window (no themed part of it).
func fontKey(k any) (fyne.TextStyle, bool) {
	v := reflect.New(reflect.TypeOf(k)).Elem()
	v.Set(reflect.ValueOf(k))
	style, scope := v.FieldByName("style"), v.FieldByName("scope")
	if !style.IsValid() || style.Type() != reflect.TypeFor[fyne.TextStyle]() || scope.Kind() != reflect.String {
		return fyne.TextStyle{}, false
	}
	s := *(*fyne.TextStyle)(unsafe.Pointer(style.UnsafeAddr()))
	return s, scope.String() == ""
}

// Blank is what a test window shows before its screen: nothing with text,
// so setting a theme before the screen is shown parses no font again.
func Blank() fyne.CanvasObject { return container.NewWithoutLayout() }

package screentest

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// Harness is one screen under test: a real store in a temporary folder,
// a pinned clock, a translator, a test window and a recorder of what the
// screen asks of the app. Every screen test starts from one.
type Harness struct {
	T       testing.TB
	Store   *data.Store
	Tr      *translations.Translator
	Win     fyne.Window
	Actions *Actions
	// Saves holds what waits for a pause in typing (WaitForPause); nil
	// saves at once.
	Saves *screens.Pending

	now time.Time
}

// Option sets up a harness before anything is built.
type Option func(*config)

type config struct {
	now     time.Time
	lang    string
	size    fyne.Size
	prepare []func(*data.Store)
	paused  bool
}

// WaitForPause makes fields save as the app does: after a pause in
// typing (Pause), on leaving a field (Leave) or on quick exit, never
// on each keystroke.
func WaitForPause() Option { return func(c *config) { c.paused = true } }

// At pins the clock (for the store and the screen) at t.
func At(t time.Time) Option { return func(c *config) { c.now = t } }

// Lang picks the language: en, cy or pl.
func Lang(code string) Option { return func(c *config) { c.lang = code } }

// Size sets the window's size.
func Size(w, h float32) Option { return func(c *config) { c.size = fyne.NewSize(w, h) } }

// Prepare fills the store before the screen is built.
func Prepare(f func(*data.Store)) Option {
	return func(c *config) { c.prepare = append(c.prepare, f) }
}

// Child is a Prepare that adds a child born in the given year and month.
func Child(name string, year, month int) Option {
	return Prepare(func(s *data.Store) {
		if _, err := s.AddChild(data.Child{Name: name, BirthYear: year, BirthMonth: month}); err != nil {
			panic(err)
		}
	})
}

// New starts a harness: a test app, a real store on the pinned clock (now,
// unless At says otherwise), the translator and an empty window. Fyne's
// test app and its text shaper are shared by the whole test binary, so a
// test that builds screens must not call t.Parallel (Serial makes it
// panic there).
func New(t testing.TB, opts ...Option) *Harness {
	t.Helper()
	cfg := config{now: time.Now(), lang: "en", size: fyne.NewSize(1000, 720)}
	for _, o := range opts {
		o(&cfg)
	}
	Serial(t)
	keepFontsOf(t, test.NewTempApp(t))
	h := &Harness{T: t, now: cfg.now, Actions: &Actions{}}
	if cfg.paused {
		h.Saves = screens.NewPending(0)
	}
	h.Store = datatest.Open(t, h.Now)
	for _, p := range cfg.prepare {
		p(h.Store)
	}
	tr, err := translations.New(cfg.lang)
	if err != nil {
		t.Fatal(err)
	}
	h.Tr = tr
	h.Win = test.NewTempWindow(t, Blank())
	h.Win.Resize(cfg.size)
	return h
}

// Now is the pinned clock.
func (h *Harness) Now() time.Time { return h.now }

// SetNow moves the pinned clock; screens built after see the new time.
func (h *Harness) SetNow(t time.Time) { h.now = t }

// Env is what a screen is built with here.
func (h *Harness) Env() screens.Env {
	return screens.Env{Tr: h.Tr, Now: h.Now, Saves: h.Saves, Drafts: h.Store}
}

// Pause is a pause in typing: what waits for one is saved.
func (h *Harness) Pause() { h.Saves.FlushAll() }

// Press types chars into e one keystroke at a time, with e focused as a
// person's typing would, calling after with each keystroke's text.
func (h *Harness) Press(e *widgets.Entry, chars string, after func(typed string)) {
	h.T.Helper()
	if h.Win.Canvas().Focused() != e {
		h.Win.Canvas().Focus(e)
	}
	for _, r := range chars {
		e.TypedRune(r)
		if after != nil {
			after(e.Text)
		}
	}
}

// Leave moves the focus out of the field being typed in.
func (h *Harness) Leave() { h.Win.Canvas().Unfocus() }

// Show puts a screen's view in the window.
func (h *Harness) Show(view fyne.CanvasObject) {
	size := h.Win.Canvas().Size()
	h.Win.SetContent(view)
	h.Win.Resize(size)
}

// Root is what the window shows.
func (h *Harness) Root() fyne.CanvasObject { return h.Win.Content() }

// Overlay is the dialog or pop-up on top, if any.
func (h *Harness) Overlay() fyne.CanvasObject { return h.Win.Canvas().Overlays().Top() }

// Tap taps the visible button whose label contains label.
func (h *Harness) Tap(label string) {
	h.T.Helper()
	test.Tap(Button(h.T, h.Root(), label))
}

// TapExact taps the visible button whose label is exactly label.
func (h *Harness) TapExact(label string) {
	h.T.Helper()
	for _, b := range Find[*widget.Button](h.Root()) {
		if b.Visible() && b.Text == label {
			test.Tap(b)
			return
		}
	}
	for _, b := range Find[*widgets.WrapButton](h.Root()) {
		if b.Visible() && b.Words == label {
			test.Tap(b)
			return
		}
	}
	h.T.Fatalf("no button %q; the screen shows %q", label, Texts(h.Root()))
}

// Check taps the visible check box labelled label.
func (h *Harness) Check(label string) {
	h.T.Helper()
	for _, c := range Find[*widget.Check](h.Root()) {
		if c.Text == label && c.Visible() {
			test.Tap(c)
			return
		}
	}
	h.T.Fatalf("no check box %q; the screen shows %q", label, Texts(h.Root()))
}

// Shows fails the test unless some visible text contains want.
func (h *Harness) Shows(want string) {
	h.T.Helper()
	MustHaveText(h.T, h.Root(), want)
}

// Tab selects the tab called name.
func (h *Harness) Tab(name string) {
	h.T.Helper()
	SelectTab(h.T, h.Root(), name)
}

// Entry finds the visible text field with the given placeholder.
func (h *Harness) Entry(placeholder string) *widgets.Entry {
	h.T.Helper()
	for _, e := range Find[*widgets.Entry](h.Root()) {
		if e.PlaceHolder == placeholder && e.Visible() {
			return e
		}
	}
	h.T.Fatalf("no text field with placeholder %q", placeholder)
	return nil
}

// Serial marks a test that draws with Fyne's test driver: it must not run
// in parallel, because the driver keeps one current app for the whole
// process (test.NewTempApp replaces it and empties the font and theme
// caches), so two windows drawn at once corrupt each other's text. After
// Serial, t.Parallel panics (through t.Setenv), and Serial panics in a
// test already parallel: the mistake shows at once, not as a rare crash
// inside the text shaper. When the test ends, Fyne's caches of what it
// drew are emptied (dropFyneCaches).
func Serial(t testing.TB) {
	t.Setenv("FAMILY_ONLINE_SAFETY_FYNE_TEST", "serial")
	t.Cleanup(dropFyneCaches)
}

// App is Serial and a fresh Fyne test app for the test (test.NewTempApp).
func App(t testing.TB) fyne.App {
	t.Helper()
	Serial(t)
	a := test.NewTempApp(t)
	keepFontsOf(t, a)
	return a
}

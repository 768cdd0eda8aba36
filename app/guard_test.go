package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// centre is the middle of o, in the window's units.
func centre(o fyne.CanvasObject) fyne.Position {
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return at.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

// openers put the app in a state where something is open over the screen.
var openers = []struct {
	name string
	open func(h *harness)
}{
	{"nothing open", func(*harness) {}},
	{"the tip shown", func(h *harness) { h.app.sh.exit.MouseIn(&desktop.MouseEvent{}) }},
	{"a drop-down open", func(h *harness) {
		h.app.Show(screens.SettingsID)
		test.Tap(screentest.Find[*widget.Select](h.content())[0])
	}},
	{"a long drop-down open over the header", func(h *harness) {
		if err := h.app.StartDemo(); err != nil {
			h.t.Fatal(err)
		}
		h.win.Resize(fyne.NewSize(1100, 720))
		h.app.Show(screens.ChildrenID)
		var years *widget.Select // the longest: the years a child may be born in
		for _, s := range screentest.Find[*widget.Select](h.content()) {
			if s.Visible() && (years == nil || len(s.Options) > len(years.Options)) {
				years = s
			}
		}
		test.Tap(years)
		h.app.InputDone() // the window's hook, once Fyne has opened it
	}},
	{"the app's own dialog open", func(h *harness) { h.app.AskForgetEverything() }},
	{"a passphrase dialog open", func(h *harness) { h.app.AskSetPassphrase() }},
}

// A press on Quick exit acts at once, whatever is open over the window;
// a press anywhere else is left to Fyne.
func TestPressOnQuickExitActsWhateverIsOpen(t *testing.T) {
	for _, o := range openers {
		t.Run(o.name, func(t *testing.T) {
			h := newHarness(t, onboarded)
			h.app.Hooked()
			o.open(h)
			exit := h.app.sh.exit // after: starting the demo builds the header again
			if o.name != "nothing open" && o.name != "the tip shown" && h.win.Canvas().Overlays().Top() == nil {
				t.Fatalf("%s: nothing opened", o.name)
			}
			if h.app.PressAt(fyne.NewPos(5, 300)) {
				t.Fatal("a press away from the header's buttons was taken")
			}
			if !h.app.PressAt(centre(exit)) || h.exited != 1 {
				t.Fatalf("%s: a press on Quick exit did not exit (exited %d)", o.name, h.exited)
			}
			if h.win.Canvas().Overlays().Top() != nil {
				t.Fatal("something stayed open over the blanked window")
			}
		})
	}
}

// A press on Get help now closes what is open and shows Get help.
func TestPressOnGetHelpNowActsWhateverIsOpen(t *testing.T) {
	for _, o := range openers[1:] {
		t.Run(o.name, func(t *testing.T) {
			h := newHarness(t, onboarded)
			o.open(h)
			help := h.app.sh.help
			if !h.app.PressAt(centre(help)) {
				t.Fatal("the press on Get help now was not taken")
			}
			if h.app.current != screens.HelpID || h.win.Canvas().Overlays().Top() != nil {
				t.Fatalf("%s: after Get help now the screen is %v with %v open", o.name, h.app.current, h.win.Canvas().Overlays().Top())
			}
		})
	}
}

// Ctrl+H, Get help now's shortcut, does what the button does whatever is
// open: closes it and shows Get help (it showed Get help under an open
// drop-down's list, date picker or dialog, which a click then changed
// the child's record through).
func TestCtrlHClosesWhatIsOpenAndShowsHelp(t *testing.T) {
	for _, o := range openers[2:] {
		t.Run(o.name, func(t *testing.T) {
			h := newHarness(t, onboarded)
			o.open(h)
			if h.win.Canvas().Overlays().Top() == nil {
				t.Fatalf("%s: nothing opened", o.name)
			}
			h.press(helpShortcut) // through the window's menu, as Fyne does
			if h.app.current != screens.HelpID || h.win.Canvas().Overlays().Top() != nil {
				t.Fatalf("%s: after Ctrl+H the screen is %v with %v open", o.name, h.app.current, h.win.Canvas().Overlays().Top())
			}
		})
	}
}

// Shift three times is a quick exit whatever has the keyboard: a button,
// a drop-down's list, a dialog's field. Another key between starts again,
// and with the hook in place a field's own report is not counted twice.
func TestShiftThriceWhateverHasTheFocus(t *testing.T) {
	for _, o := range openers {
		t.Run(o.name, func(t *testing.T) {
			h := newHarness(t, onboarded)
			h.app.Hooked()
			o.open(h)
			h.win.Canvas().Focus(h.app.sh.help)
			h.app.KeyPressed(desktop.KeyShiftLeft)
			h.app.keyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft}) // what a field reports too
			h.app.KeyPressed(desktop.KeyShiftLeft)
			h.app.KeyPressed(fyne.KeyA)
			h.app.KeyPressed(desktop.KeyShiftLeft)
			if h.exited != 0 {
				t.Fatal("the count did not start again after another key, or counted a key twice")
			}
			h.app.KeyPressed(desktop.KeyShiftLeft)
			h.app.KeyPressed(desktop.KeyShiftLeft)
			if h.exited != 1 {
				t.Fatalf("%s: Shift three times did not exit", o.name)
			}
		})
	}
}

// The lock screen's Quick exit is reached the same way.
func TestPressOnTheLockScreensQuickExit(t *testing.T) {
	h := newHarness(t, onboarded, func(s *data.Store) {
		if err := s.SetPassphrase("correct horse battery"); err != nil {
			panic(err)
		}
		s.Lock()
	})
	if !h.app.lock.on || len(h.app.lock.header) != 2 {
		t.Fatal("not on the lock screen")
	}
	h.app.showForgotten() // a dialog over it
	if !h.app.PressAt(centre(h.app.lock.header[0].obj)) || h.exited != 1 {
		t.Fatal("a press on the lock screen's Quick exit did not exit")
	}
}

// The "already open" window takes Shift three times, a press on its
// Quick exit and Ctrl+Q.
func TestAlreadyOpenWindowKeys(t *testing.T) {
	fa, w, tr := recoveryWindow(t, "en")
	r := ShowStartupProblem(fa, w, tr, t.TempDir(), fmt.Errorf("%w (here)", data.ErrAlreadyOpen), nil)
	r.Hooked()
	r.KeyPressed(desktop.KeyShiftLeft)
	r.KeyPressed(desktop.KeyShiftLeft)
	if r.exited {
		t.Fatal("two presses were enough")
	}
	r.KeyPressed(desktop.KeyShiftLeft)
	if !r.exited {
		t.Fatal("Shift three times did not close the window")
	}
	r2 := ShowStartupProblem(fa, w, tr, t.TempDir(), fmt.Errorf("%w (here)", data.ErrAlreadyOpen), nil)
	found := false
	for _, m := range w.MainMenu().Items {
		for _, it := range m.Items {
			found = found || (it.Shortcut != nil && it.Shortcut.ShortcutName() == quitShortcut.ShortcutName())
		}
	}
	if !found {
		t.Fatal("no Ctrl+Q in the window's menu")
	}
	if !r2.PressAt(centre(r2.exitBtn)) || !r2.exited {
		t.Fatal("a press on Quick exit did not close the window")
	}
}

// Get help opened from the lock screen keeps a Quick exit, reached the
// same way.
func TestLockedGetHelpKeepsQuickExit(t *testing.T) {
	h := newHarness(t, onboarded, withPassphrase)
	h.app.showHelpLocked()
	if len(h.app.lock.header) != 1 {
		t.Fatal("no Quick exit beside Get help on the lock screen")
	}
	if !h.app.PressAt(centre(h.app.lock.header[0].obj)) || h.exited != 1 {
		t.Fatal("a press on it did not exit")
	}
}

// menuWindow is a window whose menu is drawn in it, as Fyne's desktop
// driver does on Linux and Windows, with the menu open.
type menuWindow struct {
	fyne.Window
	open *bool
}

func (w menuWindow) Canvas() fyne.Canvas { return menuOpenCanvas{w.Window.Canvas(), w.open} }

type menuOpenCanvas struct {
	fyne.Canvas
	open *bool
}

// DismissMenu closes the menu, as the desktop driver's canvas does.
func (c menuOpenCanvas) DismissMenu() bool {
	was := *c.open
	*c.open = false
	return was
}

// A press on Get help now with the window's menu open closes the menu as
// it shows Get help, so the menu is not left over the help (the main
// window's button and the lock screen's).
func TestGetHelpNowClosesTheWindowsMenu(t *testing.T) {
	for _, locked := range []bool{false, true} {
		t.Run(fmt.Sprint("locked ", locked), func(t *testing.T) {
			opts := []func(*data.Store){onboarded}
			if locked {
				opts = append(opts, withPassphrase)
			}
			h := newHarness(t, opts...)
			buttons := h.app.guarded()
			if len(buttons) != 2 {
				t.Fatalf("%d guarded buttons, not Quick exit and Get help now", len(buttons))
			}
			getHelp := buttons[1].act // what a press on Get help now does
			open := true
			h.app.win = menuWindow{h.win, &open}
			getHelp()
			if open {
				t.Fatal("Get help now left the window's menu open over the help")
			}
		})
	}
}

// Shift held for a click or a turn of the wheel is a modifier, not a
// press towards "Shift three times": three Shift+clicks (extending a
// selection, choosing rows) or three Shift+wheel turns closed the app.
// Three presses of Shift alone still exit.
func TestShiftWithTheMouseIsNoQuickExit(t *testing.T) {
	for _, with := range []string{"click", "wheel"} {
		t.Run(with, func(t *testing.T) {
			h := newHarness(t, onboarded)
			h.app.Hooked()
			for range 3 {
				h.app.KeyPressed(desktop.KeyShiftLeft)
				if with == "click" {
					h.app.PressAt(fyne.NewPos(500, 400))
				} else {
					h.app.PointerUsed()
				}
			}
			if h.exited != 0 {
				t.Fatalf("three Shift+%s made a quick exit", with)
			}
			for range 3 {
				h.app.KeyPressed(desktop.KeyShiftLeft)
			}
			if h.exited != 1 {
				t.Fatal("Shift three times after them did not exit")
			}
		})
	}
}

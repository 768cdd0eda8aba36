package app

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// shortcutText writes a shortcut as people write it: "Ctrl+Shift+X", or
// "Cmd+Shift+X" on a Mac, never Fyne's internal name.
func shortcutText(s *desktop.CustomShortcut) string {
	return shortcutTextFor(s, runtime.GOOS == "darwin")
}

func shortcutTextFor(s *desktop.CustomShortcut, mac bool) string {
	m := s.Modifier
	if m&fyne.KeyModifierShortcutDefault == fyne.KeyModifierShortcutDefault {
		m &^= fyne.KeyModifierShortcutDefault
		if mac {
			m |= fyne.KeyModifierSuper
		} else {
			m |= fyne.KeyModifierControl
		}
	}
	var parts []string
	for _, k := range []struct {
		mod  fyne.KeyModifier
		name string
	}{{fyne.KeyModifierControl, "Ctrl"}, {fyne.KeyModifierSuper, "Cmd"}, {fyne.KeyModifierAlt, "Alt"}, {fyne.KeyModifierShift, "Shift"}} {
		if m&k.mod != 0 {
			parts = append(parts, k.name)
		}
	}
	return strings.Join(append(parts, string(s.KeyName)), "+")
}

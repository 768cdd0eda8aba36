package app

import "testing"

func TestShortcutsAreWrittenAsPeopleWriteThem(t *testing.T) {
	if got := shortcutTextFor(quickExitShortcut, false); got != "Ctrl+Shift+X" {
		t.Errorf("quick exit on Windows and Linux: %q", got)
	}
	if got := shortcutTextFor(quickExitShortcut, true); got != "Cmd+Shift+X" {
		t.Errorf("quick exit on a Mac: %q", got)
	}
	if got := shortcutTextFor(helpShortcut, false); got != "Ctrl+H" {
		t.Errorf("get help: %q", got)
	}
}

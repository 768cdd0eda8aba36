package app

import (
	"fmt"
	"io/fs"
	"syscall"
	"testing"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/sharing"
	"family-online-safety/translations"
)

// Each failure a user can meet has its own message, in every language,
// never the generic one, whatever the system's words were.
func TestEveryFailureHasItsOwnMessage(t *testing.T) {
	t.Parallel()
	sys := func(e error) error { return &fs.PathError{Op: "write", Path: "/x", Err: e} }
	full, ro := sys(syscall.ENOSPC), sys(syscall.EROFS)
	during := func(action, err error) error { return fmt.Errorf("%w: %w", action, data.SaveError(err)) }
	cases := map[string]func(*translations.Translator) string{}
	explain := func(err error) func(*translations.Translator) string {
		return func(tr *translations.Translator) string { return ExplainOpenError(tr, err) }
	}
	cases["save, disk full"] = explain(full)
	cases["save, read-only"] = explain(ro)
	cases["backup, disk full"] = explain(during(data.ErrDuringBackup, full))
	cases["backup, read-only"] = explain(during(data.ErrDuringBackup, ro))
	cases["restore, disk full"] = explain(during(data.ErrDuringRestore, full))
	cases["restore, read-only"] = explain(during(data.ErrDuringRestore, ro))
	cases["not a file"] = explain(fmt.Errorf("%w: a pipe", data.ErrNotRegular))
	cases["permission"] = explain(data.ErrPermission)
	cases["export, disk full"] = func(tr *translations.Translator) string { return tr.T(screens.SaveFileProblem(data.SaveError(full))) }
	cases["export, read-only"] = func(tr *translations.Translator) string { return tr.T(screens.SaveFileProblem(data.SaveError(ro))) }
	cases["sharing, disk full"] = func(tr *translations.Translator) string { return tr.T(sharing.MessageKey(data.SaveError(full))) }
	cases["sharing, read-only"] = func(tr *translations.Translator) string { return tr.T(sharing.MessageKey(data.SaveError(ro))) }
	for _, lang := range []string{"en", "cy", "pl"} {
		tr, err := translations.New(lang)
		if err != nil {
			t.Fatal(err)
		}
		generic := map[string]bool{tr.T("error.unknown"): true, tr.T("print.save.failed"): true, tr.T("sharing.error.failed"): true}
		seen := map[string]string{}
		for name, say := range cases {
			text := say(tr)
			if generic[text] || text == "" {
				t.Errorf("%s, %s: the generic message %q", lang, name, text)
			}
			if other, ok := seen[text]; ok {
				t.Errorf("%s: %s and %s say the same: %q", lang, name, other, text)
			}
			seen[text] = name
		}
	}
}

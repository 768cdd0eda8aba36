package app

import (
	"fmt"
	"testing"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

// The dialog that offers to remove old backups speaks of one backup as
// one, in its title and on its buttons, and of several as several, in
// each language's plural forms (Welsh has six, Polish four).
func TestTheBackupsDialogsButtonsFollowTheCount(t *testing.T) {
	cases := []struct {
		lang         string
		n            int
		remove, keep string
	}{
		{"en", 1, "Remove it", "Keep it"},
		{"en", 3, "Remove them", "Keep them"},
		{"cy", 1, "Ei ddileu", "Ei gadw"},
		{"cy", 2, "Eu dileu", "Eu cadw"},
		{"cy", 3, "Eu dileu", "Eu cadw"},
		{"cy", 6, "Eu dileu", "Eu cadw"},
		{"pl", 1, "Usuń ją", "Zachowaj ją"},
		{"pl", 3, "Usuń je", "Zachowaj je"},
		{"pl", 5, "Usuń je", "Zachowaj je"},
		{"pl", 22, "Usuń je", "Zachowaj je"},
	}
	for _, c := range cases {
		for _, keys := range []string{"privacy.plain", "privacy.oldkey"} {
			t.Run(fmt.Sprint(c.lang, c.n, keys), func(t *testing.T) {
				h := newHarness(t, onboarded)
				if err := h.app.tr.SetLanguage(c.lang); err != nil {
					t.Fatal(err)
				}
				h.app.offerRemovingBackups("", make([]data.Backup, c.n), nil, keys)
				top := h.top()
				screentest.Button(t, top, c.remove)
				screentest.Button(t, top, c.keep)
				screentest.MustHaveText(t, top, h.app.tr.N(keys+".title", c.n))
				if c.n == 1 && h.app.tr.N(keys+".title", 1) == h.app.tr.N(keys+".title", 3) {
					t.Errorf("the title for one backup is the one for three: %q", h.app.tr.N(keys+".title", 1))
				}
			})
		}
	}
}

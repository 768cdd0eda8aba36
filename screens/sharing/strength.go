package sharing

import (
	"strings"
	"unicode/utf8"

	"family-online-safety/data"
)

// strengthKey is the translation key of a hint on how hard a passphrase
// is to guess: length counts most, and a few separate words help. The
// hint advises; only MinPassphrase is enforced.
func strengthKey(p string) string {
	n, words := utf8.RuneCountInString(p), len(strings.Fields(p))
	switch {
	case n == 0:
		return ""
	case n < data.MinPassphrase:
		return "sharing.strength.short"
	case n >= 20 && words >= 3, n >= 28:
		return "sharing.strength.strong"
	case n >= 14 && words >= 2, n >= 20:
		return "sharing.strength.fair"
	}
	return "sharing.strength.weak"
}

package data

import "github.com/trustelem/zxcvbn"

// Passphrase strength is rated with zxcvbn (the Go port of Dropbox's
// estimator, github.com/trustelem/zxcvbn): it knows common passwords,
// names, keyboard patterns, dates and l33t spellings, and scores how many
// guesses a passphrase would take, 0 (guessed at once) to 4 (very hard).

// MinPassphraseScore is the lowest score the screens accept for a
// passphrase the family chooses: "password", "12345678", "qwertyuiop"
// and the like are refused, whatever their length.
const MinPassphraseScore = 2

// PassphraseScore rates p from 0 to 4; also are words that make p easy to
// guess here (the children's names), if known.
func PassphraseScore(p string, also ...string) int {
	if p == "" {
		return 0
	}
	return zxcvbn.PasswordStrength(p, also).Score
}

package sharing

import (
	"encoding/json"
	"strings"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// appNoteText shows an app note's words, its decision, how many settings
// are checked and its next review: two versions that differ only in the
// decision or the settings must not read the same.
func appNoteText(tr screens.Translator, raw []byte) (string, bool) {
	var n data.AppNote
	if json.Unmarshal(raw, &n) != nil {
		return "", false
	}
	d := string(n.Decision)
	if d == "" {
		d = "undecided"
	}
	lines := []string{n.DisplayName()} // the app's name first (a catalogue app's too)
	if words := versionWords(raw); words != "" {
		if first, rest, _ := strings.Cut(words, "\n"); first == n.DisplayName() {
			words = rest // (a typed name, said already)
		}
		lines = append(lines, words)
	}
	lines = append(lines, tr.T("appnote.decision")+": "+tr.T("appdecision."+d))
	lines = append(lines, tr.T("sharing.conflict.settings_checked", map[string]any{"Count": len(n.Checked)}))
	if !n.NextReview.IsZero() {
		lines = append(lines, tr.T("appnote.next_review")+": "+screens.FormatDate(tr, n.NextReview))
	}
	return strings.Join(lines, "\n"), true
}

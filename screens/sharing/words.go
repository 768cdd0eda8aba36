package sharing

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"unicode/utf8"
)

// versionWords are the words a person typed in one version of a record,
// one per line, in the record's order: every text value of its JSON,
// leaving out field names and the codes the app keeps for itself (a role,
// a decision, an id), so it works for every section without knowing it.
func versionWords(raw []byte) string {
	dec := json.NewDecoder(bytes.NewReader(raw))
	var lines []string
	var stack []frame
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		isKey := len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].wantKey
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				stack = advance(stack)
				stack = append(stack, frame{object: d == '{', wantKey: true})
			} else {
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if text, ok := tok.(string); ok && !isKey && !isCode(text) {
			lines = append(lines, strings.TrimSpace(text))
		}
		stack = advance(stack)
	}
	return clip(strings.Join(lines, "\n"), 600)
}

// frame is an object or array being read; in an object, wantKey says
// the next string is a field name.
type frame struct{ object, wantKey bool }

// advance moves past one key or value of the innermost object.
func advance(stack []frame) []frame {
	if n := len(stack); n > 0 && stack[n-1].object {
		stack[n-1].wantKey = !stack[n-1].wantKey
	}
	return stack
}

// code: a lower-case word with hyphens ("other", "not-yet", "own-…"), or a
// time stamp.
var code = regexp.MustCompile(`^([a-z0-9-]{1,40}|\d{4}-\d\d-\d\dT.*)$`)

func isCode(s string) bool { return strings.TrimSpace(s) == "" || code.MatchString(s) }

// clip cuts s to at most n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

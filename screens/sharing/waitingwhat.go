package sharing

import (
	"fmt"
	"strings"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/sharing"
)

// whatItWould says what a waiting file would do that needs the carer's
// yes, each kind of change with how many: new records at once (by
// section), records removed, children archived or brought back from
// the archive, a phone, email or
// placement changed, a contact of a name already here, records removed
// here brought back. So a file that only adds is never said to remove.
func whatItWould(tr screens.Translator, s sharing.Summary) string {
	var added []string
	n := map[string]int{}
	for _, c := range s.Asks {
		switch {
		case c.Bulk > 0:
			added = append(added, fmt.Sprintf("%s: %d", tr.T("sharing.section."+c.Section), c.Bulk))
		case len(c.Removals) > 0:
			for _, it := range c.Removals {
				n[map[bool]string{true: "back", false: "remove"}[it.Back]]++
			}
		default:
			n[askKind(c)]++
		}
	}
	var out []string
	if len(added) > 0 {
		out = append(out, tr.T("folder.status.would_add", map[string]any{"What": strings.Join(added, ", ")}))
	}
	for _, k := range []string{"remove", "archive", "unarchive", "change", "lookalike", "back"} {
		if n[k] > 0 {
			out = append(out, tr.T("folder.status.would_"+k, map[string]any{"Count": n[k]}))
		}
	}
	return strings.Join(out, "; ")
}

// askKind is what one change that waits for a yes would do (as its
// choice says: askChoice).
func askKind(c data.Change) string {
	switch {
	case c.Archives:
		return "archive"
	case c.Unarchives:
		return "unarchive"
	case c.Kind == data.Removed || c.RemovesThere():
		return "remove"
	case c.LookAlike:
		return "lookalike"
	case c.Kind == data.Added:
		return "back"
	}
	return "change"
}

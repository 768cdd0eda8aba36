package data

import (
	"bytes"
	"encoding/json"
	"time"
)

// A child's details refused in part. A change to a child's details asks
// first when it changes the placement (or archives the child); refused,
// only that part is refused: the file's other details (a name, notes, a
// birth month, a phone of their own) still come in, with this computer's
// placement kept. The result is a new version of this computer's, which
// has seen the file's, so the other home takes the other details and is
// asked about the placement in turn (sharediffer.go), and a placement
// that differs never holds every later edit of the child hostage.

// keptInPart is the record to write for change c refused (KeepMine):
// the file's child with this computer's placement, as a new version
// here; false when nothing else changed (then nothing is taken).
func keptInPart(c Change, ix uidIndex) (SharedRecord, bool) {
	if c.Section != "children" || c.Kind != Changed || c.rec == nil || c.Mine == nil {
		return SharedRecord{}, false
	}
	var mine, theirs map[string]json.RawMessage
	if json.Unmarshal(c.Mine, &mine) != nil || json.Unmarshal(c.rec.Value, &theirs) != nil {
		return SharedRecord{}, false
	}
	for _, k := range []string{"placed", "placement", "archived"} { // the parts that wait for a yes
		if v, ok := mine[k]; ok {
			theirs[k] = v
		} else {
			delete(theirs, k)
		}
	}
	merged, err := json.Marshal(theirs)
	if err != nil || sameJSON(merged, c.Mine) {
		return SharedRecord{}, false
	}
	local, seen := ix.byKey[c.at], c.rec.Version()
	r := *c.rec
	r.Value = merged
	r.Stamp = Stamp{UID: r.UID, Changed: laterOf(local.Changed, r.Changed), Device: ix.device, Met: local.Met, Seen: &seen}
	return r, true
}

// sameJSON reports whether two JSON objects hold the same fields.
func sameJSON(a, b []byte) bool {
	var x, y map[string]json.RawMessage
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	ja, err1 := json.Marshal(x)
	jb, err2 := json.Marshal(y)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

// laterOf is a second after the later of two versions' times: a new
// version here that both homes order after either.
func laterOf(a, b time.Time) time.Time {
	if b.After(a) {
		a = b
	}
	return a.Add(time.Second)
}

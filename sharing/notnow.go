package sharing

import (
	"crypto/sha256"
	"fmt"

	"family-online-safety/data"
)

// "Not now" holds for the questions put off, not for the file's bytes:
// the other home seals its file again when it takes in this home's other
// edits, and that must not bring the question back. A question comes
// back when the other home changes its record again (its side differs).

// questionKeys name each question of sum by the record (or the
// agreement's item) and the file's side of it; this computer's side is
// left out, so editing here does not bring a question back either.
func questionKeys(sum Summary) map[string]bool {
	keys := map[string]bool{}
	add := func(parts ...any) {
		keys[fmt.Sprintf("%x", sha256.Sum256(fmt.Append(nil, parts...)))] = true
	}
	for _, c := range append(append([]data.Change{}, sum.Asks...), sum.Conflicts...) {
		n := len(c.Items) + len(c.Removals) + len(c.Limits)
		for _, it := range append(append([]data.ItemConflict{}, c.Items...), c.Removals...) {
			add("item", c.UID, c.Kind, it.Key, it.Theirs, fmt.Sprint(it.TheirsTime))
		}
		for _, l := range c.Limits {
			add("limit", c.UID, l.Key, fmt.Sprint(l.Theirs))
		}
		if n == 0 {
			add("record", c.Section, c.Child, c.UID, c.Kind, c.Archives, c.Theirs)
		}
	}
	return keys
}

// stillPutOff reports whether every question of sum from the file name
// was put off before, with the file's side unchanged.
func (s *Syncer) stillPutOff(name string, sum Summary) bool {
	off := s.putOff[name]
	if len(off) == 0 {
		return false
	}
	for k := range questionKeys(sum) {
		if !off[k] {
			return false
		}
	}
	return true
}

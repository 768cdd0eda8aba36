package data

import (
	"encoding/json"
	"slices"
)

// A child's words from outside, line by line. The child's words are one
// record of four lists; a change from outside that removes lines asks
// about each removed line on its own (Change.Removals, keyed like the
// agreement's items), and the rest of the change (a line added or
// reworded) comes in whatever the answers. A line kept here stays in its
// place; the result is then a new version here, which has seen the
// file's, so the other home is asked in turn whether to take it back.

// wordsRemovals are the lines of this computer's child's words (mine)
// that the file's (theirs) no longer has, each a question keyed by
// AgreementChoice(uid, list+":"+line).
func wordsRemovals(uid string, mine, theirs []byte) []ItemConflict {
	var a, b ChildWords
	if json.Unmarshal(mine, &a) != nil || json.Unmarshal(theirs, &b) != nil {
		return nil
	}
	var out []ItemConflict
	for _, l := range AllWordsLists {
		for _, line := range a.List(l) {
			if !slices.Contains(b.List(l), line) {
				out = append(out, ItemConflict{Key: AgreementChoice(uid, string(l)+":"+line), Words: l, Mine: line})
			}
		}
	}
	return out
}

// keptLines is change c of a child's words as answered line by line: the
// file's lists with each removed line the user kept back in its place,
// as a new version here; c unchanged when none is kept, of no kind when
// nothing else changes either.
func keptLines(c Change, ix uidIndex, choices map[string]Resolution) Change {
	var mine, theirs ChildWords
	if json.Unmarshal(c.Mine, &mine) != nil || json.Unmarshal(c.rec.Value, &theirs) != nil {
		return c
	}
	var kept bool
	for _, l := range AllWordsLists {
		out := slices.Clone(theirs.List(l))
		for i, line := range mine.List(l) {
			key := AgreementChoice(c.UID, string(l)+":"+line)
			if !slices.Contains(out, line) && choices[key] == KeepMine {
				out, kept = slices.Insert(out, min(i, len(out)), line), true
			}
		}
		*theirs.list(l) = out
	}
	if !kept {
		return c
	}
	var m map[string]json.RawMessage // the file's record, its lists as answered
	_ = json.Unmarshal(c.rec.Value, &m)
	for _, l := range AllWordsLists {
		if b, err := json.Marshal(theirs.List(l)); err == nil {
			m[string(l)] = b
		}
	}
	merged, err := json.Marshal(m)
	if err != nil {
		return c
	}
	if sameJSON(merged, c.Mine) {
		c.Kind = 0 // every removal refused, nothing else: this computer's stays
		return c
	}
	local, seen := ix.byKey[c.at], c.rec.Version()
	r := *c.rec
	r.Value = merged
	r.Stamp = Stamp{UID: r.UID, Changed: laterOf(local.Changed, r.Changed), Device: ix.device, Met: local.Met, Seen: &seen}
	c.rec = &r
	return c
}

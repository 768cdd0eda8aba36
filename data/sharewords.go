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
// that the file's (theirs) no longer has (by the line's id: a line
// reworded there is no removal), each a question keyed by lineKey.
func wordsRemovals(uid string, mine, theirs []byte) []ItemConflict {
	var a, b ChildWords
	if json.Unmarshal(mine, &a) != nil || json.Unmarshal(theirs, &b) != nil {
		return nil
	}
	there := b.lineAt()
	var out []ItemConflict
	for _, l := range AllWordsLists {
		for i, id := range a.lineIDs(l) {
			if _, ok := there[id]; !ok {
				out = append(out, ItemConflict{Key: lineKey(uid, l, id), Words: l, Mine: a.List(l)[i]})
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
	there := theirs.lineAt()
	theirs.normIDs()
	for _, l := range AllWordsLists {
		out, ids := slices.Clone(theirs.List(l)), slices.Clone(theirs.IDs[l])
		for i, id := range mine.lineIDs(l) {
			line := mine.List(l)[i]
			if _, ok := there[id]; !ok && choices[lineKey(c.UID, l, id)] == KeepMine {
				at := min(i, len(out))
				out, ids, kept = slices.Insert(out, at, line), slices.Insert(ids, at, id), true
			}
		}
		*theirs.list(l) = out
		if len(ids) > 0 {
			theirs.IDs[l] = ids
		}
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
	if b, err := json.Marshal(theirs.IDs); err == nil {
		m["ids"] = b
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

// wordsConflict is conflict c (the child's words changed in both homes
// since they last met: this computer's at c.at, the file's r) merged line
// by line (mergeLines): a change of no kind when this computer's lines
// stay as they are, else a change (c.words: the merged words are worked
// out again as answered, wordsAnswered), a Conflict when a line was
// reworded differently in both (Items), asking first when the other home
// deleted lines kept here (Removals).
func wordsConflict(tx txn, c Change, r *SharedRecord, ix uidIndex) Change {
	mine := localVersion(tx, c.at, ix)
	var a, b ChildWords
	if json.Unmarshal(mine, &a) != nil || json.Unmarshal(r.Value, &b) != nil {
		c.Kind, c.Default, c.Mine, c.Theirs = Conflict, KeepMine, mine, r.Value
		return c
	}
	merged, conflicts, removals := mergeLines(r.UID, a, b, nil)
	c.Mine, c.Theirs, c.words = mine, r.Value, true
	c.Items, c.Removals, c.Reworded = conflicts, removals, rewordedLines(a, merged)
	switch {
	case len(conflicts) > 0:
		c.Kind, c.Default = Conflict, KeepMine
	case len(removals) > 0 || !sameLines(merged, a):
		c.Kind = Changed
	}
	return c
}

// sameLines reports whether a and b hold the same lines, ids and all.
func sameLines(a, b ChildWords) bool {
	return !slices.ContainsFunc(AllWordsLists, func(l WordsList) bool {
		return !slices.Equal(a.List(l), b.List(l)) || !slices.Equal(a.lineIDs(l), b.lineIDs(l))
	})
}

// wordsAnswered is change c of a child's words merged line by line
// (wordsConflict) as answered: no change when this computer's lines stay,
// the file's record when its lines are the result, else the merged words
// as a new version here that has seen the file's.
func wordsAnswered(c Change, ix uidIndex, choices map[string]Resolution) Change {
	var a, b ChildWords
	if json.Unmarshal(c.Mine, &a) != nil || json.Unmarshal(c.rec.Value, &b) != nil {
		c.Kind = 0
		return c
	}
	merged, _, _ := mergeLines(c.UID, a, b, choices)
	switch {
	case sameLines(merged, a):
		c.Kind = 0
		return c
	case sameLines(merged, b):
		c.Kind = Changed
		return c
	}
	var m map[string]json.RawMessage // the file's record, with the merged lines
	_ = json.Unmarshal(c.rec.Value, &m)
	for k, v := range map[string]any{"ids": merged.IDs, "was": merged.Was, "gone": merged.Gone,
		string(WordsEnjoy): merged.Enjoy, string(WordsWorries): merged.Worries, string(WordsPromises): merged.Promises, string(WordsAsks): merged.Asks} {
		if b, err := json.Marshal(v); err == nil {
			m[k] = b
		}
	}
	value, err := json.Marshal(m)
	if err != nil {
		c.Kind = 0
		return c
	}
	local, seen := ix.byKey[c.at], c.rec.Version()
	r := *c.rec
	r.Value = value
	r.Stamp = Stamp{UID: r.UID, Changed: laterOf(local.Changed, r.Changed), Device: ix.device, Met: local.Met, Seen: &seen}
	c.Kind, c.rec = Changed, &r
	return c
}

// rewordedLines are the lines of a (by id) that b words otherwise.
func rewordedLines(a, b ChildWords) []ItemConflict {
	there := b.lineAt()
	var out []ItemConflict
	for _, l := range AllWordsLists {
		for i, id := range a.lineIDs(l) {
			if t, ok := there[id]; ok && t.text != a.List(l)[i] {
				out = append(out, ItemConflict{Words: l, Mine: a.List(l)[i], Theirs: t.text})
			}
		}
	}
	return out
}

// wordsReworded is rewordedLines of two records of a child's words.
func wordsReworded(mine, theirs []byte) []ItemConflict {
	var a, b ChildWords
	if json.Unmarshal(mine, &a) != nil || json.Unmarshal(theirs, &b) != nil {
		return nil
	}
	return rewordedLines(a, b)
}

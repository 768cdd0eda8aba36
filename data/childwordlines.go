package data

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
)

// Each line of a child's words has its own stable id (ChildWords.IDs),
// kept when it is reworded, so two homes tell a rewording from a removal
// and a new line: the same line is the same id in both. A line also
// keeps the hashes of its earlier wordings (Was), and the record the ids
// of lines deleted (Gone), so that, when both homes changed the child's
// words, they merge line by line (mergeLines): a line reworded in one
// home takes that wording in the other; reworded differently in both, it
// is a question with both wordings; reworded here and deleted there, or
// deleted there at all, a removal asked about (kept unless the user says
// otherwise).

// Bounds on what a line remembers, so a record stays small.
const (
	maxWas  = 8   // earlier wordings of one line
	maxGone = 100 // lines deleted
)

// derivedLineID is the id of a line from before lines had one: made from
// its list and words, the same in both homes.
func derivedLineID(l WordsList, text string) string {
	sum := sha256.Sum256([]byte(string(l) + "\x00" + text))
	return "w" + hex.EncodeToString(sum[:])[:31]
}

// newLineID is the id of a line with words text added to list l of w:
// made from them (the same line added in both homes is one line), with
// a number after it when that id is in use or was deleted.
func (w ChildWords) newLineID(l WordsList, text string) string {
	used := slices.Clone(w.Gone)
	for _, k := range AllWordsLists {
		used = append(used, w.lineIDs(k)...)
	}
	id := derivedLineID(l, text)
	for n := 2; slices.Contains(used, id); n++ {
		id = derivedLineID(l, text) + "-" + strconv.Itoa(n)
	}
	return id
}

func wordHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:12])
}

// lineIDs is each line's id in list l, in order.
func (w ChildWords) lineIDs(l WordsList) []string {
	list, ids := w.List(l), w.IDs[l]
	out := make([]string, len(list))
	for i, text := range list {
		if i < len(ids) && ids[i] != "" {
			out[i] = ids[i]
		} else {
			out[i] = derivedLineID(l, text)
		}
	}
	return out
}

// normIDs gives every line of w its id.
func (w *ChildWords) normIDs() {
	ids := map[WordsList][]string{}
	for _, l := range AllWordsLists {
		if len(w.List(l)) > 0 {
			ids[l] = w.lineIDs(l)
		}
	}
	w.IDs = ids
}

// reworded notes that the line id was worded old before.
func (w *ChildWords) reworded(id, old string) {
	if w.Was == nil {
		w.Was = map[string][]string{}
	}
	was := append(w.Was[id], wordHash(old))
	w.Was[id] = was[max(0, len(was)-maxWas):]
}

// deleted notes that the line id was deleted.
func (w *ChildWords) deleted(id string) {
	delete(w.Was, id)
	w.Gone = append(w.Gone, id)
	w.Gone = w.Gone[max(0, len(w.Gone)-maxGone):]
}

// lineAt is where each line of w is: its list and words, by id.
func (w ChildWords) lineAt() map[string]wordLine {
	out := map[string]wordLine{}
	for _, l := range AllWordsLists {
		for i, id := range w.lineIDs(l) {
			out[id] = wordLine{l, w.List(l)[i]}
		}
	}
	return out
}

type wordLine struct {
	list WordsList
	text string
}

// lineKey is the key, in ApplyShared's choices, of the question about
// line id of list l of the child's words with stable id uid.
func lineKey(uid string, l WordsList, id string) string {
	return AgreementChoice(uid, string(l)+":"+id)
}

// mergeLines merges the child's words mine and theirs line by line (both
// homes changed them), answering each question by choices (none: this
// computer's line kept). It returns the words and the questions: lines
// reworded differently in both homes (conflicts) and lines of mine the
// other home deleted (removals).
func mergeLines(uid string, mine, theirs ChildWords, choices map[string]Resolution) (ChildWords, []ItemConflict, []ItemConflict) {
	here, there := mine.lineAt(), theirs.lineAt()
	out := ChildWords{ChildID: mine.ChildID, Was: map[string][]string{}}
	var conflicts, removals []ItemConflict
	keep := map[string]bool{}
	texts := map[string]string{}
	for id, m := range here {
		t, both := there[id]
		key := lineKey(uid, m.list, id)
		switch {
		case !both && slices.Contains(theirs.Gone, id):
			removals = append(removals, ItemConflict{Key: key, Words: m.list, Mine: m.text})
			keep[id], texts[id] = choices[key] != TakeTheirs, m.text
		case !both || t.text == m.text || slices.Contains(mine.Was[id], wordHash(t.text)):
			keep[id], texts[id] = true, m.text // (only here, the same, or reworded here since)
		case slices.Contains(theirs.Was[id], wordHash(m.text)):
			keep[id], texts[id] = true, t.text // reworded there since
		default:
			conflicts = append(conflicts, ItemConflict{Key: key, Words: m.list, Mine: m.text, Theirs: t.text})
			keep[id], texts[id] = true, m.text
			if choices[key] == TakeTheirs {
				texts[id] = t.text
			}
		}
		if was := joinedWas(mine.Was[id], theirs.Was[id], m.text, texts[id]); len(was) > 0 {
			out.Was[id] = was
		}
	}
	for id, t := range there {
		if _, both := here[id]; !both && !slices.Contains(mine.Gone, id) {
			keep[id], texts[id] = true, t.text // added there
			if len(theirs.Was[id]) > 0 {
				out.Was[id] = theirs.Was[id]
			}
		}
	}
	out.Gone = joinedGone(mine.Gone, theirs.Gone)
	out.putLines(mine, theirs, here, there, keep, texts)
	sortQuestions(conflicts)
	sortQuestions(removals)
	return out, conflicts, removals
}

// joinedWas are a line's earlier wordings from both homes, with this
// computer's wording when the line takes another.
func joinedWas(a, b []string, mine, kept string) []string {
	out := slices.Clone(a)
	for _, h := range b {
		if !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	if mine != kept && !slices.Contains(out, wordHash(mine)) {
		out = append(out, wordHash(mine))
	}
	return out[max(0, len(out)-maxWas):]
}

func joinedGone(a, b []string) []string {
	out := slices.Clone(a)
	for _, id := range b {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out[max(0, len(out)-maxGone):]
}

// putLines fills out's lists with the lines kept, in one home's order
// with the other's lines in theirs (woven): the same one of the two in
// both homes.
func (w *ChildWords) putLines(mine, theirs ChildWords, here, there map[string]wordLine, keep map[string]bool, texts map[string]string) {
	w.IDs = map[WordsList][]string{}
	for _, l := range AllWordsLists {
		inList := map[string]bool{}
		for id := range keep {
			if at, ok := here[id]; ok && at.list == l || !ok && there[id].list == l {
				inList[id] = true
			}
		}
		skeleton, other := mine.lineIDs(l), theirs.lineIDs(l)
		if strings.Join(other, " ") < strings.Join(skeleton, " ") { // the same order in both homes
			skeleton, other = other, skeleton
		}
		ids := woven(skeleton, other, inList)
		ids = ids[:min(len(ids), maxMergedWords)]
		list := w.list(l)
		for _, id := range ids {
			*list = append(*list, texts[id])
		}
		if len(ids) > 0 {
			w.IDs[l] = ids
		}
	}
}

func sortQuestions(list []ItemConflict) {
	slices.SortFunc(list, func(a, b ItemConflict) int {
		if a.Key < b.Key {
			return -1
		}
		if a.Key > b.Key {
			return 1
		}
		return 0
	})
}

// validLines checks the lines' ids and what they remember: no more than
// a line or a record may hold, and no id twice.
func (w ChildWords) validLines() error {
	seen := map[string]bool{}
	for l, ids := range w.IDs {
		if !slices.Contains(AllWordsLists, l) || len(ids) > len(w.List(l)) {
			return invalid(FieldChildWords, RuleUnknown)
		}
		for _, id := range ids {
			if id != "" && seen[id] || len(id) > 64 {
				return invalid(FieldChildWords, RuleUnknown)
			}
			seen[id] = true
		}
	}
	if len(w.Gone) > maxGone || len(w.Was) > 4*maxMergedWords {
		return full(FieldChildWords, maxGone)
	}
	for _, was := range w.Was {
		if len(was) > maxWas {
			return full(FieldChildWords, maxWas)
		}
	}
	return nil
}

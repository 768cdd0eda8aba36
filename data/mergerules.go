package data

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"time"
)

// The merge rules (issue 14, point 3): nothing is lost silently.
//
//   - A record only one side has is added (a tombstone of a record never
//     seen here does nothing).
//   - A record changed (or deleted) on one side only since the two last
//     met takes that change. "Since they last met" is read from the stamps:
//     each side keeps the last version both had (Stamp.Met), and a shared
//     record carries the sender's Met too. A conflict answered by keeping
//     this computer's version is not asked again for the same version
//     (Stamp.Seen).
//   - A record changed on both sides is a Conflict, shown with both
//     versions for the user to choose. Unless they choose, a list item
//     (an app note, a talk, a contact, an own starter, a concern entry)
//     keeps both (see resolve); a child's details and a starter's mark
//     take the later version. Either way both homes end the same.
//   - A concern log entry is never overwritten or removed by a file: its
//     other version is kept beside it, and a deletion there leaves it here.

// Resolution is the user's choice for a Conflict.
type Resolution int

const (
	KeepBoth Resolution = iota + 1
	KeepMine
	TakeTheirs
)

// listSections are those whose records are list items (keep both).
var listSections = map[string]bool{"app_notes": true, "concerns": true, "discussions": true,
	"contacts": true, "own_starters": true, "child_words": true,
	"review_prompts": true, // a dismissal from each home: both kept, either hides the prompt
}

type outcome int

const (
	keepMine outcome = iota
	takeTheirs
	conflict
)

// decide compares this computer's version (st) with the file's (r); ix
// knows this installation's device id and the file's.
func decide(st Stamp, r SharedRecord, ix uidIndex) outcome {
	me := ix.device
	theirs, mine := r.Version(), st.Version()
	if theirs.same(mine) {
		return keepMine
	}
	if o, ok := answered(st, r, ix.from); ok {
		return o
	}
	switch {
	case st.Met != nil && theirs.same(*st.Met), r.Device == me && !r.Changed.After(st.Changed):
		return keepMine // they have not changed it since
	case claimCounts(st, r.Met, ix.from), st.Met != nil && mine.same(*st.Met):
		return takeTheirs // we have not changed it since
	case st.Device == r.Device && r.Device != me: // one device's own history: the later
		// (a version said to be this computer's that it never had is
		// not taken without a question)
		if r.Changed.After(st.Changed) {
			return takeTheirs
		}
		return keepMine
	}
	return conflict
}

// answered is what a conflict answered in either home says (false: none
// was). An answer stands in both homes, so they end the same without
// asking again (shared-folder sync): this computer's answer keeps its
// version; the other home's, having been shown this version and kept
// another, takes the file's; both at once, each keeping its own, the
// later version.
func answered(st Stamp, r SharedRecord, from string) (outcome, bool) {
	theirs, mine := r.Version(), st.Version()
	here := st.Seen != nil && theirs.same(*st.Seen)
	there := claimCounts(st, r.Seen, from)
	switch {
	case here && there:
		if later(theirs, mine) {
			return takeTheirs, true
		}
		return keepMine, true
	case there:
		return takeTheirs, true
	case here:
		return keepMine, true
	}
	return keepMine, false
}

// mergeChange is what merging r does here (Kind 0: nothing).
func mergeChange(tx txn, r *SharedRecord, ix uidIndex) Change {
	at, here := ix.byUID[r.UID]
	if r.Section == "agreement" { // one per family: found by its place
		at = StampedKey{Bucket: "agreement", Key: string(keyAgreement)}
		_, here = ix.byKey[at]
	}
	c := Change{Section: r.Section, at: at}
	if !here {
		if !r.Deleted {
			c.Kind = Added
		}
		return c
	}
	local := ix.byKey[at]
	if r.Section == "agreement" {
		return agreementChange(tx, c, r, ix, agreementOutcomeIn(tx, local, r, ix))
	}
	switch decide(local, *r, ix) {
	case takeTheirs:
		return takenChange(tx, c, local, r, ix)
	case conflict:
		if r.Section == "child_words" && !local.Deleted && !r.Deleted {
			return wordsConflict(tx, c, r, ix) // line by line
		}
		if !local.Deleted || !r.Deleted {
			c.Kind, c.Default = Conflict, KeepMine
			switch {
			case r.Deleted: // a removal is never the default, whatever its time
			case listSections[r.Section]:
				c.Default = KeepBoth
			case later(r.Version(), local.Version()):
				c.Default = TakeTheirs
			}
			c.Mine, c.Theirs = localVersion(tx, c.at, ix), r.Value
		}
	}
	return c
}

// takenChange is change c taking the file's record r over this
// computer's (stamped local), changed there only.
func takenChange(tx txn, c Change, local Stamp, r *SharedRecord, ix uidIndex) Change {
	c.Kind = takeKind(local.Deleted, r.Deleted)
	if r.Section == "child_words" && c.Kind == Changed {
		c.Reworded = wordsReworded(localVersion(tx, c.at, ix), r.Value)
	}
	if r.Section == "concerns" { // never overwritten or removed
		if c = resolve(c, local.Version(), r.Version(), KeepBoth); c.CopyTheirs {
			c.Kind = Added // beside this computer's later version
		}
	}
	return c
}

func takeKind(localDeleted, theirsDeleted bool) ChangeKind {
	switch {
	case localDeleted && theirsDeleted:
		return 0
	case theirsDeleted:
		return Removed
	case localDeleted:
		return Added
	}
	return Changed
}

// later reports whether version a is later than b; the same on both
// computers (equal times are ordered by device id), so two homes that
// keep both versions of a record end with the same two records.
func later(a, b Version) bool {
	if !a.Changed.Equal(b.Changed) {
		return a.Changed.After(b.Changed)
	}
	return a.Device > b.Device
}

// resolve turns a decision between this computer's version (mine) and
// the file's (theirs) into what to do. Keeping both: the record takes the
// later version and the earlier is added beside it as a new record (with
// the same stable id on both computers: copyUID). A concern entry is
// never removed.
func resolve(c Change, mine, theirs Version, res Resolution) Change {
	c.Kind = 0
	switch {
	case res == TakeTheirs:
		c.Kind = takeKind(mine.Deleted, theirs.Deleted)
	case res == KeepBoth && later(theirs, mine):
		c.Kind, c.CopyMine = takeKind(mine.Deleted, theirs.Deleted), !mine.Deleted
	case res == KeepBoth:
		c.CopyTheirs = !theirs.Deleted
	}
	if c.Section == "concerns" && c.Kind == Removed {
		c.Kind = 0
	}
	return c
}

// localVersion is this computer's record at, as it would be shared.
func localVersion(tx txn, at StampedKey, ix uidIndex) []byte {
	v := recordFor([]byte(at.Bucket), []byte(at.Key))
	if get(tx, []byte(at.Bucket), []byte(at.Key), v) != nil {
		return nil
	}
	p, err := portable(v, ix, nil)
	if err != nil {
		return nil
	}
	b, _ := json.Marshal(p)
	return b
}

// copyUID is the stable id of the copy of version v of record uid kept
// beside another version: the same on every computer, so a copy that
// comes back is known.
func copyUID(uid string, v Version) string {
	sum := sha256.Sum256([]byte(uid + "\x00" + v.Changed.UTC().Format(time.RFC3339Nano) + "\x00" + v.Device))
	return hex.EncodeToString(sum[:16])
}

// ownCopies are the stable ids a copy of each of this computer's list
// records would have, with the record's own: such a record in a file is
// this one, come back (unless the file's version replaces this one).
func ownCopies(ix uidIndex) map[string]string {
	out := map[string]string{}
	for at, st := range ix.byKey {
		if listSections[at.Bucket] && !st.Deleted {
			out[copyUID(st.UID, st.Version())] = st.UID
		}
	}
	return out
}

// agreementChange: the agreement merges item by item (agreementmerge.go).
// Items, places, times or days changed differently in both homes, and
// not answered yet, are a conflict, each shown with both versions and
// answered on its own; this computer's are kept unless the user takes the
// file's. A merge that changes nothing here is no change.
func agreementChange(tx txn, c Change, r *SharedRecord, ix uidIndex, o outcome) Change {
	if r.Deleted || o == keepMine {
		return c
	}
	c.takeAll = o == takeTheirs
	m, err := mergeAgreement(tx, ix, *r, settling{uid: r.UID, fallback: c.takeAll})
	if err != nil {
		return c
	}
	c.Differing, _ = m.itemsOf(r.UID, m.differ)
	c.Differs = len(c.Differing) > 0
	if m.merged.equal(m.mine) && len(m.conflicts)+len(m.removals)+len(m.back) == 0 {
		return c
	}
	c.Kind, c.Details = Changed, m.details()
	c.Removals, _ = m.itemsOf(r.UID, m.removals)
	back, _ := m.itemsOf(r.UID, m.back)
	for _, it := range back {
		it.Back = true
		c.Removals = append(c.Removals, it)
	}
	if len(m.conflicts) == 0 {
		return c
	}
	c.Kind, c.Default, c.Mine, c.Theirs = Conflict, KeepMine, localVersion(tx, c.at, ix), r.Value
	c.Items, c.Limits = m.conflictItems(r.UID)
	return c
}

// agreementOutcomeIn is agreementOutcome, but one version held in two
// orders (as before the order was shared) is merged again.
func agreementOutcomeIn(tx txn, local Stamp, r *SharedRecord, ix uidIndex) outcome {
	o := agreementOutcome(local, *r, ix)
	if o == keepMine && r.Version().same(local.Version()) && !sameOrders(tx, r, ix) {
		return conflict
	}
	return o
}

// agreementOutcome is decide for the agreement: the answers to its
// conflicts are kept item by item (agreementanswers.go), not by version.
func agreementOutcome(st Stamp, r SharedRecord, ix uidIndex) outcome {
	theirs, mine := r.Version(), st.Version()
	switch {
	case theirs.same(mine), st.Met != nil && theirs.same(*st.Met),
		r.Device == ix.device && !r.Changed.After(st.Changed):
		return keepMine // they have not changed it since
	case claimCounts(st, r.Met, ix.from), st.Met != nil && mine.same(*st.Met):
		return takeTheirs // we have not changed it since
	}
	return conflict
}

package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"
)

// What another home may do without a question (DESIGN.md, "Trust between
// homes and people"). The other home may be careless or hostile:
//
//   - a change that removes a record, or changes a contact's phone or
//     email or a child's placement, or archives a child or brings one
//     back from the archive, waits for the user's yes (Change.Asks),
//     shown in the same summary a manual import shows;
//   - a file's claim that it has met or seen this computer's version of a
//     record counts only for a version this computer sealed into a file
//     itself (Stamp.Sealed, kept by MarkSealed), or one the file's own
//     device made: versions only ever kept here cannot be claimed;
//   - a child who still has concern entries is archived, never removed;
//   - the backup made before a removal (BackupBeforeRemoval) is kept for
//     KeepRemovalBackups days, outside the rotation.

// BackupBeforeRemoval is the copy made before a shared file removes
// anything; it stays KeepRemovalBackups days whatever the rotation.
const BackupBeforeRemoval BackupKind = "before-removal"

// KeepRemovalBackups is how many days a BackupBeforeRemoval is kept.
const KeepRemovalBackups = 30

// keptOutsideRotation reports whether backup b is still kept whatever the
// rotation: a copy from before a removal, for KeepRemovalBackups days.
func keptOutsideRotation(b Backup, now time.Time) bool {
	return b.Kind == BackupBeforeRemoval && !b.Taken.After(now.Add(time.Minute)) &&
		now.Sub(b.Taken) < KeepRemovalBackups*24*time.Hour
}

// claimCounts reports whether a file's claim to have this computer's
// version of a record (stamped st) counts: only when it is that version
// and this computer sealed it into a file itself, or the version is the
// file's own device's (a home knows its own versions).
func claimCounts(st Stamp, claim *Version, from string) bool {
	if claim == nil || !st.Version().same(*claim) {
		return false
	}
	return st.Sealed != nil && st.Sealed.same(*claim) || from != "" && claim.Device == from
}

// asksFirst reports whether change c (from outside) waits for the user:
// it removes a record (or one of the agreement's items, or a line of a
// child's words), changes a contact's phone or email or a child's
// placement, or archives (hides) a child or brings an archived child
// back. A rewording is no removal.
func asksFirst(tx txn, c Change, ix uidIndex) bool {
	switch {
	case c.Section == "agreement": // item by item
		return len(c.Removals) > 0
	case c.Kind == Removed, restores(c, ix):
		return true
	case c.Kind != Changed || c.rec == nil:
		return false
	}
	mine := localVersion(tx, c.at, ix)
	return changeAsks(c.Section, mine, c.rec.Value) ||
		c.Section == "child_words" && claimCounts(ix.byKey[c.at], c.rec.Seen, ix.from) && gainsLines(mine, c.rec.Value)
}

// gainsLines reports whether a child's words theirs hold a line removed
// from mine: with the other home's claim to have seen this computer's
// version and kept its own, a line removed here coming back (asked, as
// restores); a line only added there is no such line.
func gainsLines(mine, theirs []byte) bool {
	var a, b ChildWords
	if json.Unmarshal(mine, &a) != nil || json.Unmarshal(theirs, &b) != nil {
		return false
	}
	here := a.lineAt()
	for id := range b.lineAt() { // (a record from before lines had ids: any line new here)
		if _, ok := here[id]; !ok && (slices.Contains(a.Gone, id) || a.IDs == nil) {
			return true
		}
	}
	return false
}

// restores reports whether change c brings back a record removed here
// (the other home kept it when asked about this home's removal): that
// too waits for a yes here, starting on keeping it removed, so a
// removal kept there never comes back here as a silent change. When
// both homes keep their own, they differ on it (sharediffer.go).
func restores(c Change, ix uidIndex) bool {
	return c.Kind == Added && c.at.Bucket != "" && ix.byKey[c.at].Deleted
}

// answeredHere reports whether the file's record r was already answered,
// so taking it asks nothing: this home was asked about that very version
// (it is what the user saw) and the other home did not keep its own
// against it (then they differ: sharediffer.go). The other home's answer
// keeping its own version is no yes here: this home is asked in turn.
func answeredHere(ix uidIndex, at StampedKey, r SharedRecord) bool {
	st := ix.byKey[at]
	return st.Seen != nil && r.Version().same(*st.Seen)
}

// changeAsks reports whether a record of section changed from mine to
// theirs waits for a yes (asksFirst).
func changeAsks(section string, mine, theirs []byte) bool {
	switch section {
	case "contacts":
		var a, b Contact
		return json.Unmarshal(mine, &a) != nil || json.Unmarshal(theirs, &b) != nil ||
			a.Phone != b.Phone || a.Email != b.Email
	case "children":
		var a, b Child
		return json.Unmarshal(mine, &a) != nil || json.Unmarshal(theirs, &b) != nil ||
			a.Placed != b.Placed || a.Placement != b.Placement || a.Archived != b.Archived
	case "child_words": // one record of four lists: a line gone is a removal (a line reworded is not)
		return len(wordsRemovals("", mine, theirs)) > 0 || !json.Valid(mine) || !json.Valid(theirs)
	}
	return false
}

// RemovesThere reports whether conflict c is a record changed here and
// removed in the other home: asked as a removal (remove it here too, or
// keep it here: the default), never as "changed in both homes".
func (c Change) RemovesThere() bool {
	return c.Kind == Conflict && c.Section != "agreement" && c.rec != nil && c.rec.Deleted
}

// archives reports whether change c, taken, archives a child here.
func archives(tx txn, c Change, ix uidIndex) bool {
	if c.Section != "children" || len(c.at.Key) != 8 || c.rec == nil {
		return false
	}
	if c.Kind == Removed || c.RemovesThere() {
		log, err := allForChild[Concern](tx, bucketConcerns, ID(be64([]byte(c.at.Key))))
		return err != nil || len(log) > 0
	}
	var a, b Child
	return c.Kind == Changed && json.Unmarshal(localVersion(tx, c.at, ix), &a) == nil &&
		json.Unmarshal(c.rec.Value, &b) == nil && !a.Archived && b.Archived
}

// unarchives reports whether change c, taken, brings back a child
// archived here (the file has them as current).
func unarchives(tx txn, c Change, ix uidIndex) bool {
	if c.Section != "children" || c.Kind != Changed || c.rec == nil {
		return false
	}
	var a, b Child
	return json.Unmarshal(localVersion(tx, c.at, ix), &a) == nil && json.Unmarshal(c.rec.Value, &b) == nil &&
		a.Archived && !b.Archived
}

// backupKind is the backup made before plan is applied with choices:
// one kept a month (outside the rotation) when anything is removed (not
// when every removal is refused).
func backupKind(plan []Change, choices map[string]Resolution) BackupKind {
	if slices.ContainsFunc(plan, func(c Change) bool {
		if c.Section == "child_words" && len(c.Removals) > 0 { // line by line
			return removesItems(c, choices)
		}
		if c.RemovesThere() { // changed here, removed there
			return choices[c.UID] == TakeTheirs
		}
		return removes(c) && !(c.Asks && choices[c.UID] == KeepMine) || removesItems(c, choices)
	}) {
		return BackupBeforeRemoval
	}
	return BackupImport
}

// removes reports whether change c removes a record, or a line of a
// child's words (asked first: asksFirst).
func removes(c Change) bool {
	return c.Kind == Removed || c.Asks && c.Kind == Changed && c.Section == "child_words"
}

// removesItems reports whether agreement change c, with choices, takes
// any of its removals (one not refused).
func removesItems(c Change, choices map[string]Resolution) bool {
	return slices.ContainsFunc(c.Removals, func(it ItemConflict) bool { return !it.Back && choices[it.Key] != KeepMine })
}

// MarkSealed notes, for every record of f whose version here is the one
// in f, that this computer sealed that version into a file: the other
// home's claims to have met or seen it count from now on. Call it after f
// was sealed (the shared folder) or exported. Nothing is written when
// nothing changes.
func (s *Store) MarkSealed(f SharedFamily) error {
	due := func(tx txn, ix uidIndex, r SharedRecord) (StampedKey, Stamp, bool) {
		at, ok := ix.byUID[r.UID]
		st := ix.byKey[at]
		v := r.Version()
		return at, st, ok && st.Version().same(v) && (st.Sealed == nil || !st.Sealed.same(v))
	}
	var any bool
	err := s.db.View(func(tx txn) error {
		ix, err := readUIDs(tx)
		for _, r := range f.Records {
			if _, _, ok := due(tx, ix, r); ok {
				any = true
			}
		}
		return err
	})
	if err != nil || !any {
		return err
	}
	return s.db.Update(func(tx txn) error {
		ix, err := readUIDs(tx)
		if err != nil {
			return err
		}
		for _, r := range f.Records {
			if at, st, ok := due(tx, ix, r); ok {
				v := st.Version()
				st.Sealed = &v
				if r.Section == "agreement" && !r.Deleted {
					if err := rememberSealed(tx, r); err != nil {
						return err
					}
				}
				if err := putStamp(tx, stampKey([]byte(at.Bucket), []byte(at.Key)), st); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// removeShared removes the record a shared file deleted, with its
// tombstone. A child goes with every record kept for them, unless they
// still have concern entries: then the child is archived and everything
// stays (a new version here, which goes back to the other home).
func removeShared(tx txn, c Change, r SharedRecord) (StampedKey, error) {
	bucket, key := []byte(c.at.Bucket), []byte(c.at.Key)
	if c.at.Bucket == "children" && len(key) == 8 {
		child := ID(be64(key))
		log, err := allForChild[Concern](tx, bucketConcerns, child)
		if err != nil {
			return StampedKey{}, err
		}
		if len(log) > 0 {
			var kid Child
			if err := get(tx, bucketChildren, key, &kid); err != nil {
				return StampedKey{}, err
			}
			kid.Archived = true
			return c.at, put(tx, bucketChildren, key, kid)
		}
		for _, name := range childScopedBuckets {
			if err := deletePrefix(tx, name, key); err != nil {
				return StampedKey{}, err
			}
		}
	}
	if err := del(tx, bucket, key); err != nil {
		return StampedKey{}, err
	}
	return c.at, putStamp(tx, stampKey(bucket, key), r.Stamp)
}

// MaxSharedRecords caps the records of one section in a shared file, a
// guard on the cost of reading it: a file with more is refused, whole
// (ErrTooMany), before anything else is read from it. It is well above
// what a home may hold (HomeCaps), so a home that took in too much
// before those caps still exchanges with the other: what a home takes
// in is capped after the merge (capAdditions), not here.
const MaxSharedRecords = 20000

// ErrTooMany: a shared file holds more records of one kind than any
// family's (MaxSharedRecords).
var ErrTooMany = errors.New("a shared file holds more records than any family's")

// TooManyError names the kind a shared file holds too many of.
type TooManyError struct {
	Section string
	Max     int
}

func (e *TooManyError) Error() string {
	return fmt.Sprintf("%v: more than %d in %q", ErrTooMany, e.Max, e.Section)
}

// Is makes a TooManyError an ErrTooMany.
func (e *TooManyError) Is(target error) bool { return target == ErrTooMany }

func withinCaps(f SharedFamily) error {
	counts := map[string]int{}
	for _, r := range f.Records {
		limit := MaxSharedRecords
		if r.Section == "children" {
			limit = MaxFileChildren
		}
		if counts[r.Section]++; counts[r.Section] > limit {
			return &TooManyError{Section: r.Section, Max: limit}
		}
	}
	return nil
}

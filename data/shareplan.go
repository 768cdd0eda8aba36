package data

import (
	"fmt"
	"time"
)

// Importing a shared family is planned before anything is written: the
// plan says what would be added, changed and removed, per child and per
// section, and applying carries out exactly that plan in one transaction.
//
// The merge rules are in mergerules.go. The agreement is combined, not
// replaced: the file's limits for its children (when newer), and its
// rules, promises, places and device-free times that are not here yet.

// ImportMode says how a shared family is taken in.
type ImportMode int

const (
	// ImportMerge merges the file into this family.
	ImportMerge ImportMode = iota
	// ImportNewFamily replaces this family by the file's (after a backup).
	ImportNewFamily
)

// ChangeKind is what an import does to one record.
type ChangeKind int

const (
	Added ChangeKind = iota + 1
	Changed
	Removed
	// Conflict: changed on both sides since they last met; both versions
	// are shown and the user chooses (Resolution).
	Conflict
)

// Change is one record an import would add, change or remove.
type Change struct {
	Section string
	Kind    ChangeKind
	// Child is the stable id of the child the record belongs to ("" for
	// the family's own records); ChildName names them for the summary.
	Child, ChildName string
	// UID is the record's stable id; rec the file's record (nil when
	// this computer's record is removed by a new family).
	UID string
	// CopyMine: this computer's version is kept beside, as a new record,
	// before the file's is taken; CopyTheirs: the file's version is added
	// beside this computer's, which stays.
	CopyMine, CopyTheirs bool
	// Mine and Theirs are both versions of a Conflict (nil: deleted).
	Mine, Theirs []byte
	// Default is what a Conflict does unless the user chooses otherwise.
	Default Resolution
	// NotFit names the agreement's items and device-free times from the
	// file that will not be added because the list here is full
	// (MaxItems, MaxWindows).
	NotFit []string
	// LeftOut (in a change of no kind) is how many of the file's new
	// records of Section are not added because this home holds as many
	// of that kind as a family needs (HomeCaps).
	LeftOut int
	// Differs (in a change of no kind): both homes kept their own version
	// of this change that waits for a yes, so they differ on it until
	// either home changes it (sharediffer.go); Mine and Theirs show it.
	Differs bool
	// Differing (of the agreement, with Differs) are its items kept in
	// one home and kept removed in the other.
	Differing []ItemConflict
	// Bulk (in a change of no kind asking first, its UID BulkKey): the
	// file adds this many new records of Section, more than BulkAdds;
	// they are taken only when the answer is TakeTheirs (sharebulk.go).
	Bulk int
	// Flood (with Bulk) is the fingerprint of those records: a refusal
	// kept (RefusedFlood) holds until it changes.
	Flood string
	// Before (with Bulk): how many new records of Section were taken in
	// from outside already today (sharedaily.go).
	Before int
	bulk   bool // one of those records
	// Asks: from a shared folder, this change waits for the user's yes
	// (it removes a record, or changes a contact's phone or email or a
	// child's placement: shareguard.go); Mine and Theirs show it.
	Asks bool
	// Archives: taken, this change archives a child (kept, hidden from
	// everyday screens): the file archives them, or removes a child who
	// still has concern entries.
	Archives bool
	// Unarchives: taken, this change brings back a child archived here
	// (the other home has them as current); asked like archiving.
	Unarchives bool
	// LookAlike: a new contact with the name of one here (or its role
	// and organisation) but another phone or email, asked like a phone
	// change (sharelookalike.go); Mine is the contact here.
	LookAlike bool
	// Details name each change to the agreement (a rule reworded, a limit
	// changed); Items are its rules, places and device-free times in an
	// agreement Conflict, each answered on its own.
	Details []AgreementDetail
	Items   []ItemConflict
	// Removals are the agreement's rules, promises, places and
	// device-free times the file removes and this computer did not
	// change: each waits for a yes of its own (Asks), answered by its
	// Key in ApplyShared's choices (KeepMine keeps it here; no answer
	// takes the removal, as a manual import's summary listed it).
	Removals []ItemConflict
	// Reworded are the lines of a child's words the change rewords (Mine
	// the words here, Theirs the new ones), named in the summary.
	Reworded []ItemConflict
	// Limits are the children's limits for one day each, set differently
	// in the two homes, in an agreement Conflict.
	Limits []LimitConflict
	rec    *SharedRecord
	at     StampedKey // where it is here, when it is here
	// the agreement: take the file's side of what is not answered
	// (takeAll), and the answers to its items (choices).
	takeAll bool
	choices map[string]Resolution
	words   bool // a child's words merged line by line (wordsConflict)
}

// PlanShared says what importing f in mode would do, writing nothing. A
// file whose records do not fit together is refused with ErrInvalid.
func (s *Store) PlanShared(f SharedFamily, mode ImportMode) ([]Change, error) {
	var plan []Change
	err := s.db.View(func(tx txn) error {
		var err error
		plan, err = planShared(tx, f, mode, s.now())
		return err
	})
	return plan, err
}

func planShared(tx txn, f SharedFamily, mode ImportMode, now time.Time) ([]Change, error) {
	ix, err := readUIDs(tx)
	if err != nil {
		return nil, err
	}
	ix.from = f.Device
	if err := withinCaps(f); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for i := range f.Records {
		f.Records[i].Sealed = nil // only this computer says what it sealed
		if err := checkShared(&f.Records[i], ix, mode); err != nil {
			return nil, err
		}
		if seen[f.Records[i].UID] {
			return nil, fmt.Errorf("%w: two records with one stable id", ErrInvalid)
		}
		seen[f.Records[i].UID] = true
		if err := validateShared(f.Records[i], now); err != nil {
			return nil, err
		}
	}
	names, err := childNames(tx, f, ix)
	if err != nil {
		return nil, err
	}
	if mode == ImportNewFamily {
		if len(f.FamilyID) != familyIDLength {
			return nil, fmt.Errorf("%w: the family id is missing or damaged", ErrInvalid)
		}
		return planNewFamily(f, ix, names), nil
	}
	return planMerge(tx, f, ix, names, addedToday(tx, now)), nil
}

// planMerge is what merging f into this family would do.
func planMerge(tx txn, f SharedFamily, ix uidIndex, names map[string]string, today map[string]int) []Change {
	var plan, later []Change
	copies, kids := ownCopies(ix), childrenAfter(f, ix)
	replaced := map[string]bool{} // this computer's records the file's versions replace
	for i := range f.Records {
		r := &f.Records[i]
		if childScoped[r.Section] && !kids[r.Child] {
			continue // a child not here
		}
		if d, ok := differs(tx, r, ix); ok {
			d.Child, d.ChildName = r.Child, names[r.Child]
			plan = append(plan, d)
			continue
		}
		c := mergeChange(tx, r, ix)
		if r.Section == "agreement" {
			c.NotFit = notFitting(tx, r, kids)
			for i := range c.Limits {
				c.Limits[i].ChildName = names[c.Limits[i].Child]
			}
			for i := range c.Details {
				c.Details[i].ChildName = names[c.Details[i].Child]
			}
		}
		if c.Kind == 0 && len(c.NotFit) == 0 && !c.Differs { // (what does not fit, or differs, is said even when nothing changes)
			continue
		}
		c.Section, c.Child, c.ChildName, c.UID, c.rec = r.Section, r.Child, names[r.Child], r.UID, r
		c.Archives, c.Unarchives = archives(tx, c, ix), unarchives(tx, c, ix)
		markAsks(tx, &c, ix, r)
		if _, isCopy := copies[r.UID]; isCopy {
			later = append(later, c)
			continue
		}
		replaced[r.UID] = c.Kind == Changed || c.Kind == Removed
		plan = append(plan, c)
	}
	for _, c := range later {
		// A copy of this computer's own version, come back: kept only
		// when the file replaces that version (the other home answered
		// a conflict by keeping both, its own in the record).
		if replaced[copies[c.UID]] {
			plan = append(plan, c)
		}
	}
	return capAdditions(askBulk(keepWithArchived(plan), today), ix)
}

// markAsks notes whether change c, of the file's record r, waits for the
// user's yes (not when already answered), with both versions to show.
func markAsks(tx txn, c *Change, ix uidIndex, r *SharedRecord) {
	if c.words { // line by line: the lines the other home deleted
		c.Asks = len(c.Removals) > 0 && !answeredHere(ix, c.at, *r)
		return
	}
	c.LookAlike = c.Kind == Added && c.at.Bucket == "" && c.Section == "contacts" && lookAlikeOf(tx, ix, r.Value) != nil
	if c.LookAlike && refusedLookAlike(tx, *r) {
		c.Kind, c.LookAlike = 0, false // refused here before: kept out, not asked again
		return
	}
	if c.Asks = (c.LookAlike || asksFirst(tx, *c, ix)) && !answeredHere(ix, c.at, *r); c.Asks && c.Kind != Conflict {
		c.Mine, c.Theirs = nil, r.Value
		if c.LookAlike { // (nothing here under its key: the contact it looks like)
			c.Mine = lookAlikeOf(tx, ix, r.Value)
		} else {
			c.Mine = localVersion(tx, c.at, ix)
		}
		if c.Section == "child_words" && c.Kind == Changed { // line by line
			c.Removals = wordsRemovals(c.UID, c.Mine, c.Theirs)
		}
	}
}

// keepWithArchived keeps every record of a child the file removes but
// who is archived instead (they still have concern entries): their app
// notes, words and the rest stay with them, not asked about, and the
// same removals are not asked about again (a change of no kind is kept).
func keepWithArchived(plan []Change) []Change {
	archived := map[string]bool{}
	for _, c := range plan {
		if c.Section == "children" && (c.Kind == Removed || c.RemovesThere()) && c.Archives {
			archived[c.UID] = true
		}
	}
	for i, c := range plan {
		if c.Section != "children" && c.Kind == Removed && archived[c.Child] {
			plan[i].Kind, plan[i].Asks = 0, false
		}
	}
	return plan
}

// checkShared refuses a record that cannot be placed: an unknown section,
// a stable id used here for another section or for another child's
// record, a child record without a child, or content missing.
func checkShared(r *SharedRecord, ix uidIndex, mode ImportMode) error {
	_, sectionKnown := sectionIndex[r.Section]
	at, here := ix.byUID[r.UID]
	here = here && mode == ImportMerge
	switch {
	case !sectionKnown:
		return fmt.Errorf("%w: unknown section %q", ErrInvalid, r.Section)
	case len(r.UID) != 32:
		return fmt.Errorf("%w: a record without a stable id", ErrInvalid)
	case here && at.Bucket != r.Section:
		return fmt.Errorf("%w: a stable id of another section", ErrInvalid)
	case childScoped[r.Section] && r.Child == "":
		return fmt.Errorf("%w: a child's record without its child", ErrInvalid)
	case here && childScoped[r.Section] && ix.childOf(at) != r.Child:
		// A record never moves to another child from outside, not even
		// as a copy kept beside (a concern entry's other version).
		return fmt.Errorf("%w: a child's record moved to another child", ErrInvalid)
	case !r.Deleted && len(r.Value) == 0:
		return fmt.Errorf("%w: a record without content", ErrInvalid)
	}
	return nil
}

// childOf is the stable id of the child a child-scoped record here is
// kept under ("" when its key names none).
func (ix uidIndex) childOf(at StampedKey) string {
	if len(at.Key) != 16 {
		return ""
	}
	return ix.uid("children", []byte(at.Key[:8]))
}

func planNewFamily(f SharedFamily, ix uidIndex, names map[string]string) []Change {
	var plan []Change
	for at, st := range ix.byKey {
		if !st.Deleted && isShared(at) {
			child := ""
			if at.Bucket == "children" {
				child = st.UID
			} else if childScoped[at.Bucket] {
				child = ix.childOf(at)
			}
			plan = append(plan, Change{Section: at.Bucket, Kind: Removed, Child: child,
				ChildName: names[child], UID: st.UID, at: at})
		}
	}
	for i := range f.Records {
		if r := &f.Records[i]; !r.Deleted {
			plan = append(plan, Change{Section: r.Section, Kind: Added, Child: r.Child,
				ChildName: names[r.Child], UID: r.UID, rec: r})
		}
	}
	return capAdditions(plan, uidIndex{}) // (nothing here is kept)
}

// isShared reports whether the record at sk travels in a shared file.
func isShared(sk StampedKey) bool {
	if sk.Bucket == "agreement" {
		return sk.Key == string(keyAgreement)
	}
	_, ok := sectionIndex[sk.Bucket]
	return ok
}

var sectionIndex = func() map[string]int {
	m := map[string]int{}
	for i, s := range Sections {
		m[s] = i
	}
	return m
}()

// childNames names every child by stable id: the file's name for a child
// it has, else this computer's.
func childNames(tx txn, f SharedFamily, ix uidIndex) (map[string]string, error) {
	names := map[string]string{}
	for uid, at := range ix.byUID {
		if at.Bucket != "children" || ix.byKey[at].Deleted {
			continue
		}
		var c Child
		if err := get(tx, bucketChildren, []byte(at.Key), &c); err == nil {
			names[uid] = c.Name
		}
	}
	for _, r := range f.Records {
		if r.Section == "children" && !r.Deleted {
			c, err := sharedValue[Child](r)
			if err != nil {
				return nil, err
			}
			names[r.UID] = c.Name
		}
	}
	return names, nil
}

// childrenAfter is the stable ids of the children a merge leaves here:
// those here and those the file adds or brings back.
func childrenAfter(f SharedFamily, ix uidIndex) map[string]bool {
	kids := map[string]bool{}
	for at, st := range ix.byKey {
		if at.Bucket == "children" && !st.Deleted {
			kids[st.UID] = true
		}
	}
	for i := range f.Records {
		r := &f.Records[i]
		if r.Section == "children" && !r.Deleted {
			if at, here := ix.byUID[r.UID]; !here || decide(ix.byKey[at], *r, ix) != keepMine {
				kids[r.UID] = true
			}
		}
	}
	return kids
}

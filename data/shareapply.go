package data

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// BackupImport is the copy made just before a shared file is applied.
const BackupImport BackupKind = "before-import"

// sharedValue decodes a shared record's content.
func sharedValue[T any](r SharedRecord) (T, error) {
	var v T
	if err := json.Unmarshal(r.Value, &v); err != nil {
		return v, fmt.Errorf("%w: unreadable %s record", ErrInvalid, r.Section)
	}
	return v, nil
}

// validateShared decodes a record's content and checks it against the
// same rules as a record typed here; a record that would be refused here
// refuses the whole file.
func validateShared(r SharedRecord, now time.Time) error {
	if r.Deleted {
		return nil
	}
	return sharedRules[r.Section](r, now)
}

// checked decodes a record of type T and checks it with check.
func checked[T any](check func(*T, time.Time) error) func(SharedRecord, time.Time) error {
	return func(r SharedRecord, now time.Time) error {
		v, err := sharedValue[T](r)
		if err != nil {
			return err
		}
		return check(&v, now)
	}
}

// sharedRules has one check per section (Sections).
var sharedRules = map[string]func(SharedRecord, time.Time) error{
	"children":     checked(func(v *Child, now time.Time) error { return v.Validate(now) }),
	"app_notes":    checked(func(v *AppNote, _ time.Time) error { return v.Validate() }),
	"concerns":     checked(func(v *Concern, now time.Time) error { return v.Validate(now) }),
	"contacts":     checked(func(v *Contact, _ time.Time) error { return v.Validate() }),
	"own_starters": checked(func(v *OwnStarter, _ time.Time) error { return v.Validate() }),
	"discussions": checked(func(v *Discussion, now time.Time) error {
		return v.Validate(now.Add(24 * time.Hour)) // the other home's day may be ahead
	}),
	"starter_marks":  checked(func(*StarterMark, time.Time) error { return nil }),
	"child_words":    checked(func(v *ChildWords, _ time.Time) error { return v.Validate() }),
	"agreement":      checked(func(v *sharedAgreement, _ time.Time) error { return validateAgreement(*v) }),
	"holidays":       checked(func(v *Holiday, _ time.Time) error { return v.Validate() }),
	"day_changes":    checked(func(v *DayChange, _ time.Time) error { return v.validShape() }),
	"review_prompts": checked(func(v *ReviewPrompt, _ time.Time) error { return v.Validate() }),
}

// ApplyShared backs the family up (BackupImport), then carries out the
// plan of importing f in mode in one transaction, and returns that plan.
// choices resolves conflicts by stable id (a conflict not in it takes its
// Default), and refuses a change that asks first (Change.Asks) with
// KeepMine. Nothing is written when the backup or any step fails.
func (s *Store) ApplyShared(f SharedFamily, mode ImportMode, choices map[string]Resolution) ([]Change, error) {
	before, err := s.PlanShared(f, mode)
	if err != nil { // a file that does not fit: not even a backup
		return nil, err
	}
	kind := backupKind(before, choices)
	if kind == BackupBeforeRemoval || !s.importBackupCovers() {
		if _, err := s.backup(s.now(), kind); err != nil {
			return nil, err
		}
	}
	var plan []Change
	err = s.db.Update(func(tx txn) error {
		var err error
		if plan, err = planShared(tx, f, mode, s.now()); err != nil {
			return err
		}
		if plan, err = takeBulk(tx, plan, choices); err != nil {
			return err
		}
		if mode == ImportNewFamily {
			if err := clearFamily(tx, f.FamilyID); err != nil {
				return err
			}
		}
		kept, rejected, err := applyPlan(tx, plan, mode, choices)
		if err != nil {
			return err
		}
		if mode == ImportMerge {
			if err := errors.Join(countAdded(tx, plan, s.now()), refuseLookAlikes(tx, plan, choices)); err != nil {
				return err
			}
		}
		return markMet(tx, f, kept, rejected)
	})
	if err != nil {
		return nil, err
	}
	if mode == ImportNewFamily || slices.ContainsFunc(plan, func(c Change) bool { return c.Kind == Removed }) {
		err = s.compacted(nil) // removed details must not linger in free pages
	}
	return plan, err
}

// clearFamily empties every shared section, with its stamps, and takes
// the file's family id, for a new family.
func clearFamily(tx txn, familyID string) error {
	for _, name := range Sections {
		if err := clearBucket(tx, []byte(name)); err != nil {
			return err
		}
	}
	stamps := tx.Bucket(bucketStamps)
	var gone [][]byte
	_ = stamps.ForEach(func(k, _ []byte) error {
		if sk, ok := splitStampKey(k); ok && slices.Contains(Sections, sk.Bucket) {
			gone = append(gone, slices.Clone(k))
		}
		return nil
	})
	for _, k := range gone {
		if err := stamps.Delete(k); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketMeta).Put(keyFamilyID, []byte(familyID))
}

func clearBucket(tx txn, name []byte) error {
	b := tx.Bucket(name)
	var keys [][]byte
	_ = b.ForEach(func(k, _ []byte) error { keys = append(keys, slices.Clone(k)); return nil })
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// applyPlan carries out the plan section by section, so a child is in
// place before its records. It returns the stable ids of the records whose
// version here differs from the file's on purpose (a conflict answered, a
// version kept beside, the agreement combined), and this computer's
// version of each conflict answered by taking the file's (shown, not
// chosen).
func applyPlan(tx txn, plan []Change, mode ImportMode, choices map[string]Resolution) (map[string]bool, map[string]Version, error) {
	order := slices.Clone(plan)
	slices.SortStableFunc(order, func(a, b Change) int { return sectionIndex[a.Section] - sectionIndex[b.Section] })
	ix, err := readUIDs(tx)
	if err != nil {
		return nil, nil, err
	}
	kept, rejected := map[string]bool{}, map[string]Version{}
	for _, c := range order {
		if c.rec == nil {
			continue // this family's record, already cleared for a new family
		}
		c = chosen(c, ix, choices, rejected)
		kept[c.UID] = c.CopyMine || c.CopyTheirs || c.Section == "agreement" || c.Kind == 0 || c.Kind == Removed && c.Archives
		for _, step := range steps(tx, ix, c) {
			at, err := applyChange(tx, ix, step.c, step.r, mode)
			if err != nil {
				return nil, nil, err
			}
			if at.Bucket != "" { // later records may refer to this one
				ix.byUID[step.r.UID] = at
				ix.byKey[at] = step.r.Stamp
			}
		}
	}
	return kept, rejected, nil
}

// chosen is change c as the user chose: a change that asks first refused
// with KeepMine is left out; a conflict is answered (answer), and this
// computer's version noted in rejected when the file's is taken.
func chosen(c Change, ix uidIndex, choices map[string]Resolution, rejected map[string]Version) Change {
	c = answeredAsks(c, ix, choices)
	if c.Kind == Conflict {
		mine := ix.byKey[c.at].Version()
		if c = answer(c, ix, choices); c.Section != "agreement" && c.Kind != 0 && !(c.Kind == Added && c.CopyTheirs) {
			rejected[c.UID] = mine
		}
	}
	return c
}

// answeredAsks is change c as the user answered what it asks: the agreement
// item by item, a child's words line by line, anything else refused with
// KeepMine left out (a child's details in part).
func answeredAsks(c Change, ix uidIndex, choices map[string]Resolution) Change {
	switch {
	case c.words:
		c = wordsAnswered(c, ix, choices) // line by line (sharewords.go)
	case c.Section == "agreement":
		c.choices = choices // its removals and conflicts, item by item
	case c.Section == "child_words" && c.Asks && c.Kind == Changed && len(c.Removals) > 0:
		c = keptLines(c, ix, choices) // line by line (sharewords.go)
	case bulkRefused(c, choices):
		c.Kind = 0
	case c.Asks && c.Kind != Conflict && choices[c.UID] == KeepMine:
		if r, ok := keptInPart(c, ix); ok {
			c.rec = &r // refused in part: the rest of a child's details come in (sharepartial.go)
		} else {
			c.Kind = 0 // refused: this computer's stays, not asked again for this version
		}
	}
	return c
}

// answer applies the user's choice (or the default) to a conflict.
func answer(c Change, ix uidIndex, choices map[string]Resolution) Change {
	res, ok := choices[c.UID]
	if !ok || c.Section == "concerns" { // never overwritten: both kept
		res = c.Default
	}
	if c.Section == "agreement" { // merged either way, each item by its choice
		c.Kind, c.choices = Changed, choices
		c.takeAll = c.takeAll || ok && res == TakeTheirs // the file's for every item not chosen
		return c
	}
	return resolve(c, ix.byKey[c.at].Version(), c.rec.Version(), res)
}

type step struct {
	c Change
	r SharedRecord
}

// steps are the writes of one change: this computer's version copied
// aside first (CopyMine), the file's version taken, the file's version
// added beside (CopyTheirs).
func steps(tx txn, ix uidIndex, c Change) []step {
	var out []step
	if c.CopyMine {
		mine := ix.byKey[c.at]
		mine.UID, mine.Met, mine.Seen = copyUID(c.UID, mine.Version()), nil, nil
		out = append(out, step{Change{Kind: Added}, SharedRecord{Section: c.Section, Stamp: mine,
			Child: c.rec.Child, Value: localVersion(tx, c.at, ix)}})
	}
	if c.Kind != 0 && !(c.Kind == Added && c.CopyTheirs) {
		out = append(out, step{c, *c.rec})
	}
	if c.CopyTheirs {
		theirs := *c.rec
		met := theirs.Version() // the other home has this version: both homes do
		theirs.UID, theirs.Met, theirs.Seen = copyUID(c.UID, met), &met, nil
		out = append(out, step{Change{Kind: Added}, theirs})
	}
	return out
}

// applyChange carries out one change with record r and says where the
// record is now (nothing for the agreement or a record left out).
func applyChange(tx txn, ix uidIndex, c Change, r SharedRecord, mode ImportMode) (StampedKey, error) {
	if r.Section == "agreement" {
		return StampedKey{}, applyAgreement(tx, ix, r, mode, settling{uid: r.UID, choices: c.choices, fallback: c.takeAll})
	}
	if c.Kind == Removed {
		return removeShared(tx, c, r)
	}
	key, v, err := localize(tx, ix, r)
	if err != nil || key == nil {
		return StampedKey{}, err
	}
	if err := put(tx, []byte(r.Section), key, v); err != nil {
		return StampedKey{}, err
	}
	// The change keeps its own time and device.
	at := StampedKey{Bucket: r.Section, Key: string(key)}
	return at, putStamp(tx, stampKey([]byte(r.Section), key), r.Stamp)
}

// markMet notes, for every record of the file that is here, where the
// two homes now stand: the same version (Met, with this computer's
// version not chosen in a conflict as Seen), or the file's version
// answered by keeping this one (Seen, in kept).
func markMet(tx txn, f SharedFamily, kept map[string]bool, rejected map[string]Version) error {
	ix, err := readUIDs(tx)
	if err != nil {
		return err
	}
	for _, r := range f.Records {
		at, here := ix.byUID[r.UID]
		if r.Section == "agreement" {
			at = StampedKey{Bucket: "agreement", Key: string(keyAgreement)}
			_, here = ix.byKey[at]
		}
		st, v := ix.byKey[at], r.Version()
		switch {
		case !here:
			continue
		case st.Version().same(v):
			st.Met = &v
			if mine, ok := rejected[r.UID]; ok {
				st.Seen = &mine
			}
			if err := metAgreement(tx, r); err != nil {
				return err
			}
		case kept[r.UID]:
			st.Seen = &v
		default:
			continue
		}
		if err := putStamp(tx, stampKey([]byte(at.Bucket), []byte(at.Key)), st); err != nil {
			return err
		}
	}
	return nil
}

// localize gives a shared record its key here (the one it has, or a new
// one) and its local ids. A nil key: its child is not here, so it is left.
func localize(tx txn, ix uidIndex, r SharedRecord) ([]byte, any, error) {
	at, here := ix.byUID[r.UID]
	bucket := []byte(r.Section)
	id := func() (ID, error) {
		if here {
			k := []byte(at.Key)
			return ID(be64(k)), nil
		}
		return nextID(tx, bucket)
	}
	var child ID
	switch {
	case childScoped[r.Section] && here && len(at.Key) == 16:
		// A record never moves to another child from outside: it stays
		// on the child it is kept under here, whatever the file says.
		child = ID(binary.BigEndian.Uint64([]byte(at.Key)[:8]))
	case childScoped[r.Section]:
		var ok bool
		if child, ok = ix.childHere(r.Child); !ok {
			return nil, nil, nil
		}
	}
	n, err := id()
	if err != nil {
		return nil, nil, err
	}
	key, v, err := localValue(ix, r, child, n)
	return key, keepWithheld(tx, r, at, here, v), err
}

func localValue(ix uidIndex, r SharedRecord, child, n ID) ([]byte, any, error) {
	var err error
	switch r.Section {
	case "children":
		v, e := sharedValue[Child](r)
		v.ID = n
		return n.key(), v, e
	case "app_notes":
		v, e := sharedValue[AppNote](r)
		v.ID, v.ChildID = n, child
		return childKey(child, n), v, e
	case "concerns":
		v, e := sharedValue[Concern](r)
		v.ID, v.ChildID = n, child
		return childKey(child, n), v, e
	case "discussions":
		v, e := sharedValue[Discussion](r)
		v.ID, v.ChildID, v.StarterID = n, child, ix.localStarter(v.StarterID)
		return childKey(child, n), v, e
	case "child_words":
		v, e := sharedValue[ChildWords](r)
		v.ChildID = child
		return childKey(child, n), v, e
	case "day_changes":
		v, e := sharedValue[DayChange](r)
		v.ID, v.ChildID = n, child
		return childKey(child, n), v, e
	case "holidays":
		v, e := sharedValue[Holiday](r)
		v.ID = n
		return n.key(), v, e
	case "review_prompts":
		v, e := sharedValue[ReviewPrompt](r)
		v.ID, v.ChildID = n, child
		return childKey(child, n), v, e
	case "contacts":
		v, e := sharedValue[Contact](r)
		v.ID = n
		return n.key(), v, e
	case "own_starters":
		v, e := sharedValue[OwnStarter](r)
		v.ID = n
		return n.key(), v, e
	case "starter_marks":
		v, e := sharedValue[StarterMark](r)
		v.StarterID = ix.localStarter(v.StarterID)
		return []byte(v.StarterID), v, e
	}
	return nil, nil, err
}

// localStarter turns "own-<stable id>" back into this computer's id.
func (ix uidIndex) localStarter(id string) string {
	uid, ok := strings.CutPrefix(id, ownPrefix)
	if !ok || len(uid) != 32 {
		return id
	}
	if at, ok := ix.byUID[uid]; ok && at.Bucket == "own_starters" {
		return OwnStarter{ID: ID(be64([]byte(at.Key)))}.StarterID()
	}
	return id
}

// be64 is the id at the end of a key (0 for a key too short to hold one).
func be64(k []byte) uint64 {
	if len(k) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(k[len(k)-8:])
}

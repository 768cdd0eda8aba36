package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Sharing with another carer (issue 14): the family's records leave the
// app as SharedRecords, which carry their stamps (stamps.go) and no local
// ids. A child-scoped record names its child by the child's stable id; an
// own starter is named "own-<stable id>"; the agreement's per-child limits
// and window children use stable ids too. The file around them is the
// sharing package's job.

// Sections are the shared buckets, in the order they are applied (a child
// and an own starter before what refers to them). Settings, the privacy
// choices and the agreement's history stay on each computer.
var Sections = []string{"children", "own_starters", "contacts", "starter_marks",
	"app_notes", "concerns", "discussions", "agreement", "child_words", "holidays", "day_changes",
	"review_prompts", // dismissed review prompts (turning points)
}

// childScoped says which sections belong to one child (keyed by childKey).
var childScoped = map[string]bool{"app_notes": true, "concerns": true, "discussions": true,
	"child_words": true, "day_changes": true, "review_prompts": true}

// SharedRecord is one record as it travels between homes.
type SharedRecord struct {
	Section string `json:"s"`
	Stamp
	// Child is the stable id of the child a child-scoped record belongs to.
	Child string `json:"child,omitempty"`
	// Value is the record without local ids; empty in a tombstone.
	Value json.RawMessage `json:"v,omitempty"`
	// Withheld names fields left out of Value (a handover pack without
	// the delegated authority): the other computer keeps its own.
	Withheld []string `json:"withheld,omitempty"`
}

// SharedFamily is the family, or some of its children, ready to share.
type SharedFamily struct {
	FamilyID string         `json:"family"`
	Device   string         `json:"device"`
	Records  []SharedRecord `json:"records"`
	// Pack is the stable id of the child when this is one child's
	// handover pack (sharehandover.go).
	Pack string `json:"pack,omitempty"`
}

// sharedAgreement is the agreement with its child ids made stable.
type sharedAgreement struct {
	Agreement
	ChildLimits    map[string]Week `json:"child_limits,omitempty"`
	HolidayLimits  map[string]Week `json:"child_holiday_limits,omitempty"`
	WindowChildren map[ID][]string `json:"window_children,omitempty"`
	// Children are the children whose weeks and device-free times this
	// agreement speaks for (a file for some children leaves the others').
	Children []string `json:"children,omitempty"`
	// BaseAt is the version of the agreement the sender last had in
	// common with another home (the base of its merges): when this
	// computer sealed that version, it may merge from it (agreementmerge.go).
	BaseAt *Version `json:"base_at,omitempty"`
	// Answers are the sender's answers to the agreement's conflicts,
	// item by item (agreementanswers.go).
	Answers map[string]itemAnswer `json:"answers,omitempty"`
	// Bases are the hashes of the versions of each item the sender last
	// had in common with another home (agreementbases.go).
	Bases map[string]string `json:"bases,omitempty"`
}

// uidIndex maps local keys to stable ids and back, for one transaction.
type uidIndex struct {
	byKey  map[StampedKey]Stamp
	byUID  map[string]StampedKey
	device string // this installation's
	from   string // the device of the file being taken in
	// contacts here, read once per plan when a new contact is compared
	// with them (lookAlikeOf): a file of thousands costs one read.
	contacts *[]Contact
}

func readUIDs(tx txn) (uidIndex, error) {
	ix := uidIndex{byKey: map[StampedKey]Stamp{}, byUID: map[string]StampedKey{},
		device: string(tx.Bucket(bucketMeta).Get(keyDeviceID)), contacts: new([]Contact)}
	sl, err := sealerOf(tx)
	if err != nil {
		return ix, err
	}
	err = tx.Bucket(bucketStamps).ForEach(func(k, v []byte) error {
		var st Stamp
		if sk, ok := splitStampKey(k); ok && decodeOrSkip(tx, sl, bucketStamps, k, v, &st) {
			ix.byKey[sk] = st
			ix.byUID[st.UID] = sk
		}
		return nil
	})
	return ix, err
}

func (ix uidIndex) uid(bucket string, key []byte) string {
	return ix.byKey[StampedKey{Bucket: bucket, Key: string(key)}].UID
}

// ShareFamily reads the family's shared records, tombstones included:
// every child's, or only those of children (and the family's own
// contacts, starters and agreement, cut down to them).
func (s *Store) ShareFamily(children []ID) (SharedFamily, error) {
	var f SharedFamily
	if err := s.settleDevice(); err != nil {
		return f, err
	}
	err := s.db.View(func(tx txn) error {
		ix, err := readUIDs(tx)
		if err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		f.FamilyID, f.Device = string(meta.Get(keyFamilyID)), string(meta.Get(keyDeviceID))
		keep := chosenChildren(ix, children)
		for _, sk := range slices.SortedFunc(maps.Keys(ix.byKey), compareStampedKeys) {
			rec, ok, err := shareOne(tx, ix, keep, sk)
			if err != nil {
				return err
			}
			if ok {
				f.Records = append(f.Records, rec)
			}
		}
		return nil
	})
	return f, err
}

func compareStampedKeys(a, b StampedKey) int {
	if c := strings.Compare(a.Bucket, b.Bucket); c != 0 {
		return c
	}
	return strings.Compare(a.Key, b.Key)
}

// chosenChildren is the set of child stable ids to share (nil: all).
func chosenChildren(ix uidIndex, children []ID) map[string]bool {
	if children == nil {
		return nil
	}
	keep := map[string]bool{}
	for _, id := range children {
		keep[ix.uid("children", id.key())] = true
	}
	return keep
}

// shareOne turns the record at sk into a SharedRecord; false when it is
// not shared (another section, or a child not chosen).
func shareOne(tx txn, ix uidIndex, keep map[string]bool, sk StampedKey) (SharedRecord, bool, error) {
	rec := SharedRecord{Section: sk.Bucket, Stamp: ix.byKey[sk]}
	rec.Sealed = nil // this computer's own note
	key := []byte(sk.Key)
	switch {
	case !slices.Contains(Sections, sk.Bucket):
		return rec, false, nil
	case sk.Bucket == "agreement" && !bytes.Equal(key, keyAgreement):
		return rec, false, nil // its history stays here
	case sk.Bucket == "children":
		rec.Child = rec.UID
	case childScoped[sk.Bucket] && len(key) == 16:
		rec.Child = ix.uid("children", key[:8])
	}
	if keep != nil && (rec.Child != "" && !keep[rec.Child]) {
		return rec, false, nil
	}
	if rec.Deleted {
		return rec, true, nil
	}
	v := recordFor([]byte(sk.Bucket), key)
	if err := get(tx, []byte(sk.Bucket), key, v); err == ErrNotFound {
		return rec, false, nil
	} else if err != nil {
		return rec, false, nil // unreadable: skipped, as everywhere
	}
	out, err := portable(v, ix, keep)
	if err != nil {
		return rec, false, err
	}
	out = withBase(tx, out)
	rec.Value, err = json.Marshal(out)
	return rec, true, err
}

// portable clears a record's local ids and names what it refers to by
// stable id.
func portable(v any, ix uidIndex, keep map[string]bool) (any, error) {
	switch r := v.(type) {
	case *Child:
		r.ID = 0
	case *AppNote:
		r.ID, r.ChildID = 0, 0
	case *Concern:
		r.ID, r.ChildID = 0, 0
	case *Discussion:
		r.ID, r.ChildID = 0, 0
		r.StarterID = ix.portableStarter(r.StarterID)
	case *ChildWords:
		r.ChildID = 0
	case *ReviewPrompt:
		r.ID, r.ChildID = 0, 0
	case *Contact:
		r.ID = 0
	case *OwnStarter:
		r.ID = 0
	case *StarterMark:
		r.StarterID = ix.portableStarter(r.StarterID)
	case *Holiday:
		r.ID = 0
	case *DayChange:
		r.ID, r.ChildID = 0, 0
	case *Agreement:
		return portableAgreement(*r, ix, keep), nil
	default:
		return nil, fmt.Errorf("sharing a %T", v)
	}
	return v, nil
}

// portableStarter names an own starter by its stable id.
func (ix uidIndex) portableStarter(id string) string {
	n, ok := strings.CutPrefix(id, ownPrefix)
	if !ok {
		return id
	}
	var local ID
	if _, err := fmt.Sscan(n, &local); err != nil {
		return id
	}
	if uid := ix.uid("own_starters", local.key()); uid != "" {
		return ownPrefix + uid
	}
	return id
}

func portableAgreement(a Agreement, ix uidIndex, keep map[string]bool) sharedAgreement {
	out := sharedAgreement{ChildLimits: ix.portableLimits(a.Limits, keep), WindowChildren: map[ID][]string{},
		HolidayLimits: ix.portableLimits(a.HolidayLimits, keep)}
	var windows []Window
	for _, w := range a.Windows {
		var uids []string
		for _, id := range w.Children {
			if uid := ix.uid("children", id.key()); uid != "" && (keep == nil || keep[uid]) {
				uids = append(uids, uid)
			}
		}
		if !w.Everyone && len(uids) == 0 {
			continue // only for children not shared
		}
		w.Children = nil
		out.WindowChildren[w.ID] = uids
		windows = append(windows, w)
	}
	a.Limits, a.HolidayLimits, a.Windows, a.Undo = nil, nil, windows, nil
	out.Agreement = a
	for at, st := range ix.byKey {
		if at.Bucket == "children" && !st.Deleted && (keep == nil || keep[st.UID]) {
			out.Children = append(out.Children, st.UID)
		}
	}
	slices.Sort(out.Children)
	return out
}

// portableLimits names each child's limits by the child's stable id.
func (ix uidIndex) portableLimits(limits map[ID]Week, keep map[string]bool) map[string]Week {
	out := map[string]Week{}
	for id, w := range limits {
		if uid := ix.uid("children", id.key()); uid != "" && (keep == nil || keep[uid]) {
			out[uid] = w
		}
	}
	return out
}

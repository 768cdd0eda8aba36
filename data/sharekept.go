package data

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// A kept difference stays kept. When the carer keeps this computer's
// child placement (or a contact's phone and email) against a file's, what
// the file had there is noted (keyKeptParts, by stable id). While the
// other home still has that, its ordinary edits of the same child or
// contact (notes, a school) come in without a question, this computer's
// placement kept, and the homes are said to differ (Change.Differs) from
// the moment this home kept its own, whatever the other home answered
// yet. Only a change of the part kept (the other home changes the
// placement again) asks again.

// keyKeptParts holds, by stable id, the hash of the part of the file's
// record this home kept its own against.
var keyKeptParts = []byte("kept_parts")

// partFields are the fields of a record that wait for a yes when they
// change (changeAsks): kept apart from the rest.
var partFields = map[string][]string{
	"children": {"placed", "placement", "archived"},
	"contacts": {"phone", "email"},
}

// askingPart is the hash of the fields of value that wait for a yes, and
// whether section has such fields.
func askingPart(section string, value []byte) (string, bool) {
	fields, ok := partFields[section]
	var all map[string]json.RawMessage
	if !ok || json.Unmarshal(value, &all) != nil {
		return "", false
	}
	part := map[string]json.RawMessage{}
	for _, k := range fields {
		if v, ok := all[k]; ok && string(v) != "false" && string(v) != `""` && string(v) != "null" {
			part[k] = v
		}
	}
	b, err := json.Marshal(part)
	if err != nil {
		return "", false
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), true
}

// keptParts are the parts this home kept its own against, by stable id.
func keptParts(tx txn) map[string]string {
	out := map[string]string{}
	_ = get(tx, bucketMeta, keyKeptParts, &out) // none yet
	return out
}

// keptBefore marks change c of the file's record r when this home kept
// its own against exactly r's part that waits for a yes, and the homes
// still differ there: said to differ, and (a change) taken in part, not
// asked again.
func keptBefore(tx txn, c *Change, r *SharedRecord, ix uidIndex) {
	at, here := ix.byUID[r.UID]
	if !here || r.Deleted || ix.byKey[at].Deleted || c.Kind == Conflict {
		return
	}
	theirs, ok := askingPart(r.Section, r.Value)
	if !ok || keptParts(tx)[r.UID] != theirs {
		return
	}
	mine := localVersion(tx, at, ix)
	if part, _ := askingPart(r.Section, mine); part == theirs {
		return // (the same now: nothing differs)
	}
	c.Differs, c.Mine, c.Theirs = true, mine, r.Value
	if c.Kind != Changed {
		return
	}
	in := *c
	in.rec = r
	if _, ok := keptInPart(in, ix); !ok {
		c.Kind = 0 // nothing else changed (or a contact: kept whole)
		return
	}
	c.keptPart = true
}

// noteKeptParts notes, for each change of plan answered, the part of the
// file's record this home kept its own against (a question of a child's
// placement or a contact's phone or email answered "keep", or such a
// change taken in part as kept before); a file whose part is no longer
// the one kept forgets it.
func noteKeptParts(tx txn, plan []Change, choices map[string]Resolution) error {
	kept := keptParts(tx)
	changed := false
	for _, c := range plan {
		if c.rec == nil || c.at.Bucket == "" {
			continue
		}
		part, ok := askingPart(c.Section, c.rec.Value)
		if !ok {
			continue
		}
		refused := c.keptPart || c.Asks && c.Kind == Changed && choices[c.UID] == KeepMine
		switch {
		case refused && kept[c.UID] != part:
			kept[c.UID], changed = part, true
		case !refused && !c.Differs && kept[c.UID] != "" && kept[c.UID] != part:
			delete(kept, c.UID)
			changed = true
		}
	}
	if !changed {
		return nil
	}
	return put(tx, bucketMeta, keyKeptParts, kept)
}

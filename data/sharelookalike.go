package data

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// A new contact from outside whose name is a contact's here (in any case
// or spacing), or whose role and organisation are, with another phone or
// email, is a look-alike: a phone change refused would otherwise come in
// as a second "Mrs Hughes" with the other number. It waits for a yes like
// a phone change (Change.LookAlike, Change.Asks), and is not added unless
// the user takes it.

// lookAlikeOf is the portable value of the contact here that the new
// contact value theirs looks like, or nil when there is none.
func lookAlikeOf(tx txn, ix uidIndex, theirs []byte) []byte {
	var b Contact
	if json.Unmarshal(theirs, &b) != nil {
		return nil
	}
	list, err := ix.contactsHere(tx)
	if err != nil || len(list) >= HomeCaps["contacts"] {
		return nil // (full: no new contact comes in, capAdditions leaves it out)
	}
	for _, a := range list {
		if looksLike(a, b) && (!sameWords(a.Phone, b.Phone) || !sameWords(a.Email, b.Email)) {
			p, err := portable(&a, ix, nil)
			if err != nil {
				return nil
			}
			out, _ := json.Marshal(p)
			return out
		}
	}
	return nil
}

// contactsHere are the contacts here, read once for ix (a plan reads
// them for each new contact of the file).
func (ix uidIndex) contactsHere(tx txn) ([]Contact, error) {
	if ix.contacts == nil { // (an index made without readUIDs)
		return all[Contact](tx, bucketContacts)
	}
	if *ix.contacts == nil {
		list, err := all[Contact](tx, bucketContacts)
		if err != nil {
			return nil, err
		}
		*ix.contacts = append(make([]Contact, 0, len(list)), list...)
	}
	return *ix.contacts, nil
}

// looksLike reports whether contacts a and b go by the same name, or by
// the same role and organisation (the part of the name after a comma).
func looksLike(a, b Contact) bool {
	if sameWords(a.Name, b.Name) {
		return true
	}
	org := func(n string) string {
		if i := strings.LastIndex(n, ","); i >= 0 {
			return n[i+1:]
		}
		return ""
	}
	return a.Role != "" && a.Role == b.Role && org(a.Name) != "" && sameWords(org(a.Name), org(b.Name))
}

// sameWords reports whether a and b are the same but for case and spaces.
func sameWords(a, b string) bool {
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	return squash(a) == squash(b)
}

// keyRefusedLookAlikes keeps the look-alikes refused (their stable id and
// version), so a refused one is not asked again, after a restart too,
// until the file changes it.
var keyRefusedLookAlikes = []byte("refused_lookalikes")

// lookAlikeKey is the file's record r as refused: its stable id, version
// and value.
func lookAlikeKey(r SharedRecord) string {
	v := r.Version()
	sum := sha256.Sum256(r.Value)
	return fmt.Sprint(r.UID, " ", v.Changed.UnixNano(), " ", v.Device, " ", hex.EncodeToString(sum[:]))
}

// refusedLookAlike reports whether r was refused here as a look-alike.
func refusedLookAlike(tx txn, r SharedRecord) bool {
	var list []string
	return get(tx, bucketMeta, keyRefusedLookAlikes, &list) == nil && slices.Contains(list, lookAlikeKey(r))
}

// refuseLookAlike keeps r refused (the newest keptRefusals).
func refuseLookAlike(tx txn, r SharedRecord) error {
	var list []string
	if err := get(tx, bucketMeta, keyRefusedLookAlikes, &list); err != nil && err != ErrNotFound {
		return err
	}
	if k := lookAlikeKey(r); !slices.Contains(list, k) {
		list = append(list, k)
	}
	return put(tx, bucketMeta, keyRefusedLookAlikes, list[max(0, len(list)-keptRefusals):])
}

// refuseLookAlikes keeps every look-alike of plan refused in choices
// (KeepMine, the default shown), so it is not asked again.
func refuseLookAlikes(tx txn, plan []Change, choices map[string]Resolution) error {
	for _, c := range plan {
		if c.LookAlike && c.Asks && c.rec != nil && choices[c.UID] == KeepMine {
			if err := refuseLookAlike(tx, *c.rec); err != nil {
				return err
			}
		}
	}
	return nil
}

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

// A new contact from outside whose name is a contact's here (in any case,
// spacing or punctuation, or with words added: "Ms Grant (new number)",
// "Ms. Grant", "Ms Grant SW"), or whose role and organisation are, or
// whose role (a professional's) and surname are, with another phone or
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

// looksLike reports whether contacts a and b go by the same name (one
// name's words within the other's), or by the same role and organisation
// (the part of the name after a comma), or by the same professional role
// and surname.
func looksLike(a, b Contact) bool {
	if sameWords(a.Name, b.Name) {
		return true
	}
	wa, wb := nameWords(a.Name), nameWords(b.Name)
	if withinWords(wa, wb) || withinWords(wb, wa) {
		return true
	}
	org := func(n string) string {
		if i := strings.LastIndex(n, ","); i >= 0 {
			return n[i+1:]
		}
		return ""
	}
	if a.Role == "" || a.Role != b.Role {
		return false
	}
	if org(a.Name) != "" && sameWords(org(a.Name), org(b.Name)) {
		return true
	}
	surname := func(w []string) string {
		if len(w) < 2 {
			return ""
		}
		return w[len(w)-1]
	}
	return a.Role != RoleOther && len(surname(wa)) >= 3 && surname(wa) == surname(wb)
}

// nameWords are a name's words, in lower case, without punctuation.
func nameWords(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// withinWords reports whether the words short come, in order, within
// long (short being at least four letters, so "Jo" is not within every
// name that has it).
func withinWords(long, short []string) bool {
	if len(short) == 0 || len(short) > len(long) || len(strings.Join(short, "")) < 4 {
		return false
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
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

package data

import (
	"encoding/json"
	"slices"
)

// A handover pack (issue 14) is one child's part of the family, for a
// placement move, respite or the other parent: the child's details and
// every child-scoped section (Sections), the agreement cut down to them
// (their limits, device-free times that name them, the house rules), the
// family's contacts and own starters. The concern log and the placement's
// delegated authority go only when the carer ticks them.

// Handover says what a pack carries besides what always goes.
type Handover struct {
	Concerns  bool // the child's concern log
	Authority bool // what the carer may decide (Placement.DelegatedAuthority)
	// Contacts are the family's contacts that go (none unless ticked; the
	// child's own placement contacts go with the child's details).
	Contacts []ID
}

// handoverOptional are the child-scoped sections a pack leaves out unless
// ticked (Handover.Concerns).
var handoverOptional = map[string]bool{"concerns": true}

// withheldAuthority marks a child's record whose delegated authority was
// left out: the other computer keeps the one it has.
const withheldAuthority = "delegated_authority"

// ShareChild reads one child's handover pack.
func (s *Store) ShareChild(child ID, h Handover) (SharedFamily, error) {
	f, err := s.ShareFamily([]ID{child})
	if err == nil {
		f, err = s.OnlyContacts(f, h.Contacts)
	}
	if err != nil {
		return f, err
	}
	kept := f.Records[:0]
	for _, r := range f.Records {
		if handoverOptional[r.Section] && !h.Concerns {
			continue
		}
		if r.Section == "children" && !h.Authority && !r.Deleted {
			if r, err = withoutAuthority(r); err != nil {
				return f, err
			}
		}
		if r.Section == "children" {
			f.Pack = r.UID
		}
		kept = append(kept, r)
	}
	f.Records = kept
	return f, nil
}

func withoutAuthority(r SharedRecord) (SharedRecord, error) {
	c, err := sharedValue[Child](r)
	if err != nil {
		return r, err
	}
	c.Placement.DelegatedAuthority = ""
	r.Value, err = json.Marshal(c)
	r.Withheld = []string{withheldAuthority}
	return r, err
}

// keepWithheld gives a child's record from a pack the delegated authority
// this computer has for the child, when the pack left it out.
func keepWithheld(tx txn, r SharedRecord, at StampedKey, here bool, v any) any {
	c, ok := v.(Child)
	if !ok || !here || !slices.Contains(r.Withheld, withheldAuthority) {
		return v
	}
	var old Child
	if get(tx, bucketChildren, []byte(at.Key), &old) == nil {
		c.Placement.DelegatedAuthority = old.Placement.DelegatedAuthority
	}
	return c
}

// OnlyContacts leaves in f only the family's contacts chosen (their local
// ids): a pack or a file for chosen children carries no refuge worker,
// IDVA or solicitor the carer did not tick.
func (s *Store) OnlyContacts(f SharedFamily, chosen []ID) (SharedFamily, error) {
	keep := map[string]bool{}
	err := s.db.View(func(tx txn) error {
		ix, err := readUIDs(tx)
		for _, id := range chosen {
			if uid := ix.uid("contacts", id.key()); uid != "" {
				keep[uid] = true
			}
		}
		return err
	})
	out := f
	out.Records = nil
	for _, r := range f.Records {
		if r.Section != "contacts" || keep[r.UID] {
			out.Records = append(out.Records, r)
		}
	}
	return out, err
}

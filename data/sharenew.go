package data

// New records from outside are named: the summary of a file lists each
// contact it adds, and a carer can remove at once the contacts another
// home's files added (the other home is then asked about the removal).

// NewValue is the file's version of the record change c takes in (nil
// when there is none, or it is a removal).
func (c Change) NewValue() []byte {
	if c.rec == nil || c.rec.Deleted {
		return nil
	}
	return c.rec.Value
}

// ContactsByUID are the contacts here with the stable ids uids, in that
// order (those no longer here are left out).
func (s *Store) ContactsByUID(uids []string) ([]Contact, error) {
	var out []Contact
	err := s.db.View(func(tx txn) error {
		ix, err := readUIDs(tx)
		if err != nil {
			return err
		}
		for _, uid := range uids {
			at, ok := ix.byUID[uid]
			if !ok || at.Bucket != "contacts" || ix.byKey[at].Deleted {
				continue
			}
			var c Contact
			switch err := get(tx, bucketContacts, []byte(at.Key), &c); {
			case err == ErrNotFound:
			case err != nil:
				return err
			default:
				out = append(out, c)
			}
		}
		return nil
	})
	return out, err
}

package data

// When both homes keep their own. A change that waits for a yes (a
// child's placement, a contact's phone or email, a removal) never travels
// to the other home as a silent change, not even as the other home's
// answer: a home that kept its own version after being shown this
// computer's is asked here in turn ("keep this computer's" first). When
// both homes kept their own, the homes differ on that item: each says so
// (Change.Differs) and neither asks again until either home changes it.

// bothKept reports whether this home kept its version against the file's
// (Seen here is the file's version) and the file's home kept its own
// against this computer's (its Seen is this computer's version, sealed
// here).
func bothKept(ix uidIndex, at StampedKey, r SharedRecord) bool {
	st := ix.byKey[at]
	return st.Seen != nil && r.Version().same(*st.Seen) && claimCounts(st, r.Seen, ix.from)
}

// differs is the change of no kind saying the homes differ on r (both
// kept their own version of a change that waits for a yes), and whether
// they do: a change, or a removal kept in one home and kept removed in
// the other.
func differs(tx txn, r *SharedRecord, ix uidIndex) (Change, bool) {
	at, here := ix.byUID[r.UID]
	if !here || r.Section == "agreement" || !bothKept(ix, at, *r) {
		return Change{}, false
	}
	st := ix.byKey[at]
	c := Change{Section: r.Section, at: at, rec: r, Kind: takeKind(st.Deleted, r.Deleted)}
	if c.Kind == 0 || !asksFirst(tx, c, ix) { // (Added: a removal kept there, kept here)
		return Change{}, false
	}
	return Change{Section: r.Section, UID: r.UID, Differs: true,
		Mine: localVersion(tx, at, ix), Theirs: r.Value, Kind: 0}, true
}

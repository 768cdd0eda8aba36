package data

import (
	"fmt"
	"maps"
	"slices"
)

// applyAgreement takes in the file's agreement. For a new family it
// replaces this one; merged, it is merged item by item with this one
// (agreementmerge.go), each conflict settled as how says, and the answers
// kept. An agreement the merge does not change is not written again (a
// new version would go to the other home and come back for ever) unless
// an answer is new (the other home must hear of it); one that ends the
// same as the file's takes the file's version, so the homes meet.
func applyAgreement(tx txn, ix uidIndex, r SharedRecord, mode ImportMode, how settling) error {
	in, err := sharedValue[sharedAgreement](r)
	if err != nil {
		return err
	}
	if mode == ImportNewFamily {
		a := in.Agreement
		a.Limits, a.HolidayLimits, a.Windows = nil, nil, nil
		takeLimitsOf(&a, in, ix, true)
		takeWindows(&a, in, ix)
		if err := put(tx, bucketAgreement, keyAgreement, a); err != nil {
			return err
		}
		return putStamp(tx, stampKey(bucketAgreement, keyAgreement), r.Stamp)
	}
	m, err := mergeAgreement(tx, ix, r, how)
	if err != nil {
		return err
	}
	if err := keepItemBases(tx, m); err != nil {
		return err
	}
	answered, err := keepAnswers(tx, m)
	if err != nil || m.merged.equal(m.mine) && !answered {
		return err
	}
	a, err := loadAgreement(tx)
	if err != nil {
		return err
	}
	m.applyTo(&a, in, ix)
	if err := put(tx, bucketAgreement, keyAgreement, a); err != nil {
		return err
	}
	// The file's version, unless a conflict was answered: then this is a
	// new version (put stamped it), so that the other home, which may
	// have answered the other way at the same time, merges it item by
	// item and the two answers settle (agreementanswers.go).
	if m.merged.equal(m.theirs) && len(m.conflicts) == 0 {
		return putStamp(tx, stampKey(bucketAgreement, keyAgreement), r.Stamp)
	}
	return nil
}

// childHere is the local id of the child with stable id uid, if here.
func (ix uidIndex) childHere(uid string) (ID, bool) {
	at, ok := ix.byUID[uid]
	if !ok || at.Bucket != "children" || ix.byKey[at].Deleted {
		return 0, false
	}
	return ID(be64([]byte(at.Key))), true
}

// takeLimitsOf takes the file's limits for each child here that has none
// yet, or for all when all is true.
func takeLimitsOf(a *Agreement, in sharedAgreement, ix uidIndex, all bool) {
	for uid, w := range in.ChildLimits {
		if id, ok := ix.childHere(uid); ok {
			if _, has := a.Limits[id]; !has || all {
				putWeek(&a.Limits, id, w)
			}
		}
	}
	for uid, w := range in.HolidayLimits {
		if id, ok := ix.childHere(uid); ok {
			if _, has := a.HolidayLimits[id]; !has || all {
				putWeek(&a.HolidayLimits, id, w)
			}
		}
	}
}

// takeWindows adds the file's device-free times that a does not have.
func takeWindows(a *Agreement, in sharedAgreement, ix uidIndex) {
	for _, w := range in.Windows {
		w.Children = nil
		for _, uid := range in.WindowChildren[w.ID] {
			if id, ok := ix.childHere(uid); ok {
				w.Children = append(w.Children, id)
			}
		}
		if w.Everyone || len(w.Children) > 0 {
			addWindow(a, w)
		}
	}
}

// addWindow adds w to a unless a has it already; false when a is full
// (MaxWindows), so the plan can say so (notFitting).
func addWindow(a *Agreement, w Window) bool {
	if hasWindow(a.Windows, w) {
		return true
	}
	if len(a.Windows) >= MaxWindows {
		return false
	}
	w.ID = a.newID()
	a.Windows = append(a.Windows, w)
	return true
}

func hasWindow(list []Window, w Window) bool {
	return slices.ContainsFunc(list, func(o Window) bool {
		return o.Label == w.Label && o.Days == w.Days && o.Start == w.Start && o.End == w.End && o.When == w.When
	})
}

// combineItems adds in's list items whose words a does not have yet, and
// returns those that did not fit (a list holds MaxItems).
func combineItems(a *Agreement, in Agreement) []string {
	for _, p := range in.Places {
		if !a.HasPlace(p) && slices.Contains(BuiltinPlaces, p) {
			a.Places = append(a.Places, p)
		}
	}
	lists := []struct{ to, from *[]Item }{
		{&a.Rules, &in.Rules}, {&a.Promises, &in.Promises},
		{&a.Consequences, &in.Consequences}, {&a.Custom, &in.Custom},
	}
	var left []string
	for _, l := range lists {
		for _, it := range *l.from {
			switch {
			case slices.ContainsFunc(*l.to, func(o Item) bool { return o.Text == it.Text }):
			case len(*l.to) >= MaxItems:
				left = append(left, it.Text)
			default:
				*l.to = append(*l.to, Item{ID: a.newID(), Text: it.Text})
			}
		}
	}
	return left
}

// notFitting is what combining the file's agreement r with this one would
// leave out because a list or the device-free times are full: the words
// of each rule, promise or consequence and the name of each time, so the
// summary can say so and nothing is dropped silently. kids are the stable
// ids of the children here once the file is applied.
func notFitting(tx txn, r *SharedRecord, kids map[string]bool) []string {
	in, err := sharedValue[sharedAgreement](*r)
	if err != nil {
		return nil
	}
	a, err := loadAgreement(tx)
	if err != nil {
		return nil
	}
	var left []string
	for _, w := range in.Windows {
		named := slices.ContainsFunc(in.WindowChildren[w.ID], func(uid string) bool { return kids[uid] })
		if (w.Everyone || named) && !addWindow(&a, w) {
			left = append(left, w.Label)
		}
	}
	return append(left, combineItems(&a, in.Agreement)...)
}

// validateAgreement checks a shared agreement against the rules of one
// typed here: limits, device-free times and list items.
func validateAgreement(in sharedAgreement) error {
	for _, w := range append(slices.Collect(maps.Values(in.ChildLimits)), slices.Collect(maps.Values(in.HolidayLimits))...) {
		for _, l := range w {
			if err := ValidateLimit(l); err != nil {
				return err
			}
		}
	}
	if len(in.Windows) > MaxWindows {
		return full(FieldWindows, MaxWindows)
	}
	for _, w := range in.Windows {
		w.Children = []ID{0} // stable ids travel apart (WindowChildren)
		if err := w.Validate(); err != nil {
			return err
		}
	}
	for _, list := range [][]Item{in.Rules, in.Promises, in.Consequences, in.Custom} {
		if len(list) > MaxItems {
			return full(FieldItems, MaxItems)
		}
		for _, it := range list {
			if _, err := tidyItemText(it.Text); err != nil {
				return err
			}
		}
	}
	if len(in.Places) > len(BuiltinPlaces) {
		return fmt.Errorf("%w: %d built-in places", ErrInvalid, len(in.Places))
	}
	return nil
}

package data

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// The order of each of the agreement's lists ("put the most important
// first") is shared and merged like an item. Each list carries the
// version of its last reorder (Agreement.OrderAt: its time and device,
// set when an item is moved), and that version is the list's item in the
// merge (key "order:<list>"), with its base: a list reordered in one home
// only takes that home's order in the other; reordered differently in
// both, it is one question showing both orders, answered like an item
// (agreementanswers.go), and if both homes answered at once, each keeping
// its own, they differ on it (said, not asked again until one of them
// reorders). Items added or removed do not reorder: each keeps its place
// among the others in the order taken (woven).

func orderKey(l List) string { return "order:" + string(l) }

func splitSeq(s string) []string { return strings.Fields(s) }

// ordersOf is each list's order in a (its items' stable ids).
func ordersOf(in sharedAgreement) map[string]string {
	out := map[string]string{}
	for _, l := range Lists {
		var uids []string
		for _, it := range *in.list(l) {
			uids = append(uids, itemUID(l, it))
		}
		if len(uids) > 0 {
			out[string(l)] = strings.Join(uids, " ")
		}
	}
	return out
}

// sharedOf is seq's items that are in all of sets, in seq's order.
func sharedOf(seq []string, sets ...[]string) []string {
	return slices.DeleteFunc(slices.Clone(seq), func(uid string) bool {
		return slices.ContainsFunc(sets, func(s []string) bool { return !slices.Contains(s, uid) })
	})
}

// sameOrder reports whether a and b put the items they share in the same
// order.
func sameOrder(a, b []string) bool { return slices.Equal(sharedOf(a, b), sharedOf(b, a)) }

// woven is skeleton's items that are in keep, in skeleton's order, with
// keep's items from other that skeleton lacks: one last in other stays
// last, else each goes after the item before it in other (the first of
// other at the top).
func woven(skeleton, other []string, keep map[string]bool) []string {
	out := slices.DeleteFunc(slices.Clone(skeleton), func(uid string) bool { return !keep[uid] })
	for i, uid := range other {
		if !keep[uid] || slices.Contains(out, uid) {
			continue
		}
		at := len(out)
		if slices.ContainsFunc(other[i+1:], func(u string) bool { return slices.Contains(out, u) }) {
			at = 0
			for j := i - 1; j >= 0; j-- {
				if k := slices.Index(out, other[j]); k >= 0 {
					at = k + 1
					break
				}
			}
		}
		out = slices.Insert(out, at, uid)
	}
	return out
}

// orderAtOf is the version of each list's last reorder in a.
func orderAtOf(in sharedAgreement) map[string]string {
	out := map[string]string{}
	for l, v := range in.OrderAt {
		if v != "" {
			out[string(l)] = v
		}
	}
	return out
}

// reorderedAt notes that list l of a was put in a new order here, now.
func reorderedAt(tx txn, a *Agreement, l List) {
	if a.OrderAt == nil {
		a.OrderAt = map[List]string{}
	}
	a.OrderAt[l] = tx.f.now().UTC().Format("2006-01-02T15:04:05.000000000Z") + " " + string(tx.Bucket(bucketMeta).Get(keyDeviceID))
}

// orderOutcome is how one list's order merged: the order, the version
// of its last reorder, and what it asks.
type orderOutcome struct {
	seq  []string
	at   string
	q    question
	took bool // the file's order taken over this computer's, both reordered
}

// mergeOrders merges every list's order into m.merged, after its items.
func (m *agreementMerge) mergeOrders(bases baseSet, settle settler) keyLists {
	m.merged.Orders, m.merged.OrderAt, m.tookOrder = map[string]string{}, map[string]string{}, map[string]bool{}
	var lists keyLists
	for _, l := range Lists {
		key := orderKey(l)
		keep := map[string]bool{}
		for uid, it := range m.merged.Items {
			if it.List == l {
				keep[uid] = true
			}
		}
		o := m.mergeOrder(key, string(l), append(bases.of(key), itemHash(nil, false)), keep, settle)
		if len(o.seq) > 0 {
			m.merged.Orders[string(l)] = strings.Join(o.seq, " ")
		}
		if o.at != "" {
			m.merged.OrderAt[string(l)] = o.at
		}
		m.tookOrder[key] = o.took
		switch o.q {
		case asked:
			lists.open = append(lists.open, key)
		case differing:
			lists.differ = append(lists.differ, key)
		}
	}
	return lists
}

// mergeOrder merges list l's order, its reorders' versions compared
// with their bases (never reordered counts as one), keeping the items in
// keep.
func (m *agreementMerge) mergeOrder(key, l string, bases []string, keep map[string]bool, settle settler) orderOutcome {
	mine, theirs := splitSeq(m.mine.Orders[l]), splitSeq(m.theirs.Orders[l])
	atm, att := m.mine.OrderAt[l], m.theirs.OrderAt[l]
	hm, ht := itemHash(m.mine.at(key)), itemHash(m.theirs.at(key)) // ("-": never reordered)
	keepMine := orderOutcome{seq: woven(mine, theirs, keep), at: atm}
	takeTheirs := orderOutcome{seq: woven(theirs, mine, keep), at: att}
	switch {
	case atm == att: // the same reorder (or none): the same one of the two orders in both homes
		if strings.Join(theirs, " ") < strings.Join(mine, " ") {
			return takeTheirs
		}
		return keepMine
	case slices.Contains(bases, hm) && !slices.Contains(bases, ht):
		return takeTheirs // reordered there only
	case slices.Contains(bases, ht) && !slices.Contains(bases, hm):
		return keepMine // reordered here only
	case sameOrder(mine, theirs): // both the same way: the later's
		if att > atm {
			return takeTheirs
		}
		return keepMine
	}
	vm, mok := m.mine.at(key)
	vt, tok := m.theirs.at(key)
	take, open, differ := settle.order(key, vm, vt, mok, tok)
	out := keepMine
	if take {
		out, out.took = takeTheirs, true
	}
	switch {
	case open:
		out.q = asked
	case differ:
		out.q = differing
	}
	return out
}

// orderTexts are list l's items in the order seq, by their words in c
// (then in o, for an item only o has).
func orderTexts(seq string, c, o agreementContent) []string {
	var out []string
	for _, uid := range splitSeq(seq) {
		it, ok := c.Items[uid]
		if !ok {
			it = o.Items[uid]
		}
		out = append(out, it.Text)
	}
	return out
}

// numbered is lines numbered from 1, one a line.
func numbered(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%d. %s", i+1, l)
	}
	return b.String()
}

// reorders name each list merging puts in a new order (not only items
// added or removed).
func (m agreementMerge) reorders() []AgreementDetail {
	var out []AgreementDetail
	for _, l := range Lists {
		mine, merged := m.mine.Orders[string(l)], m.merged.Orders[string(l)]
		if sameOrder(splitSeq(mine), splitSeq(merged)) {
			continue
		}
		out = append(out, AgreementDetail{What: "reordered", List: l, Order: true,
			Old: numbered(orderTexts(mine, m.mine, m.merged)), New: numbered(orderTexts(merged, m.merged, m.mine))})
	}
	return out
}

// sameOrders reports whether the file's agreement r puts each list in
// the order this computer's does.
func sameOrders(tx txn, r *SharedRecord, ix uidIndex) bool {
	in, err := sharedValue[sharedAgreement](*r)
	if err != nil {
		return true
	}
	local, err := loadAgreement(tx)
	if err != nil {
		return true
	}
	return maps.Equal(ordersOf(in), ordersOf(portableAgreement(local, ix, nil)))
}

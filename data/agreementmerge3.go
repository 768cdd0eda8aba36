package data

import (
	"maps"
	"slices"
)

// One kind of the agreement's content (items, places, device-free times,
// days' limits) merged key by key from its bases (agreementmerge.go).

// merge3 merges one kind of content, mine and theirs, each key from its
// base (baseSet: the versions both homes last had of it; none when they
// never had it in common: then what either has is kept, and a key both
// have differently is a conflict). A conflict is settled by settle, with
// its key prefixed by kind ("item:"…); so is a key removed there only
// (asks: a removal from outside waits for a yes) or removed here and
// kept there on being asked. It returns the result and the keys asked
// about or brought back (keyLists).
func merge3[V comparable](kind string, mine, theirs map[string]V, bases baseSet, settle settler, asks bool) (map[string]V, keyLists) {
	out := map[string]V{}
	var lists keyLists
	for _, k := range slices.Sorted(maps.Keys(joined(mine, theirs))) {
		m, mok := mine[k]
		t, tok := theirs[k]
		v, ok, q := mergeKey(kind+k, m, mok, t, tok, bases, settle, asks)
		switch q {
		case asked:
			lists.open = append(lists.open, kind+k)
		case askedRemoval:
			lists.removals = append(lists.removals, kind+k)
		case broughtBack:
			lists.restored = append(lists.restored, kind+k)
		case askedBack:
			lists.back = append(lists.back, kind+k)
		case differing:
			lists.differ = append(lists.differ, kind+k)
		}
		if ok {
			out[k] = v
		}
	}
	return out, lists
}

// keyLists are the keys of one merge still in question (open), removals
// asked about, those removed here that came back on a yes here, the
// other home having kept them when asked (restored), those asked about
// so and not taken back (back), and those kept in one home and kept
// removed in the other (differ).
type keyLists struct{ open, removals, restored, back, differ []string }

func (l keyLists) add(o keyLists) keyLists {
	return keyLists{slices.Concat(l.open, o.open), slices.Concat(l.removals, o.removals), slices.Concat(l.restored, o.restored),
		slices.Concat(l.back, o.back), slices.Concat(l.differ, o.differ)}
}

// question is what merging one key asks of the user.
type question int

const (
	notAsked question = iota
	asked
	askedRemoval
	broughtBack
	askedBack
	differing
)

// mergeKey is merge3 for one key: the value kept, whether there is one,
// and what it asks.
func mergeKey[V comparable](key string, m V, mok bool, t V, tok bool, bases baseSet, settle settler, asks bool) (V, bool, question) {
	v, ok, clash := pick3(m, mok, t, tok, bases.of(key))
	q, removed := notAsked, !clash && mok && !ok
	if clash {
		v, ok, q, removed = settleClash(key, m, mok, t, tok, settle)
	}
	switch {
	case !asks:
	case removed:
		return settleRemoval(key, v, ok, m, settle)
	case !clash && !mok && tok && !ok:
		return settleGoneHere(key, v, ok, t, settle)
	}
	return v, ok, q
}

// settleRemoval settles one key removed in the other home only: a
// question (a yes), unless this computer kept it before and the other
// home then kept it removed (they differ).
func settleRemoval[V comparable](key string, v V, ok bool, m V, settle settler) (V, bool, question) {
	take, open, differ := settle.removal(key, m)
	if !take {
		v, ok = m, true
	}
	switch {
	case open:
		return v, ok, askedRemoval
	case differ:
		return v, ok, differing
	}
	return v, ok, notAsked
}

// settleGoneHere settles one key removed here only that the other home
// still has: when it kept it on being asked, it comes back here only on
// a yes here (asked); kept removed here after that, the homes differ.
func settleGoneHere[V comparable](key string, v V, ok bool, t V, settle settler) (V, bool, question) {
	switch {
	case settle.refused(key, t) && settle.takeBack(key):
		return t, true, broughtBack
	case settle.refused(key, t):
		return v, ok, askedBack
	case settle.declined(key, t):
		return v, ok, differing // said, not asked again
	}
	return v, ok, notAsked
}

// settleClash settles one key changed differently in both homes: the
// value kept, whether there is one, what it asks, and whether the other
// home's answer alone removes it here (still a yes here).
func settleClash[V comparable](key string, m V, mok bool, t V, tok bool, settle settler) (V, bool, question, bool) {
	take, open, crossed := settle.clash(key, m, t, mok, tok)
	v, ok, q := m, mok, notAsked
	if take {
		v, ok = t, tok
	}
	if open {
		q = asked
	}
	return v, ok, q, !open && !crossed && mok && !ok
}

func joined[V any](a, b map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		out[k] = true
	}
	for k := range b {
		out[k] = true
	}
	return out
}

// pick3 is one key's merge (merge3) from the hashes of its bases: the
// value kept, whether there is one, and whether both homes changed it
// differently (then settled).
func pick3[V comparable](m V, mok bool, t V, tok bool, bases []string) (V, bool, bool) {
	if mok == tok && (!mok || m == t) {
		return m, mok, false
	}
	if len(bases) == 0 { // never in common: what either has is kept
		switch {
		case !mok:
			return t, true, false
		case !tok:
			return m, true, false
		}
		return m, mok, true
	}
	mineAsBase, theirsAsBase := slices.Contains(bases, itemHash(m, mok)), slices.Contains(bases, itemHash(t, tok))
	switch {
	case mineAsBase && !theirsAsBase:
		return t, tok, false // changed or deleted there only
	case theirsAsBase && !mineAsBase:
		return m, mok, false // changed or deleted here only
	}
	return m, mok, true
}

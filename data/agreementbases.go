package data

import (
	"maps"
	"slices"
)

// Each item of the agreement has its own base: the hash of the version
// both homes last had of it (itemHash). This computer notes it whenever,
// after a merge, it holds the same version of an item as the file (so a
// change taken from one home and then changed again there is not a
// conflict, even before the two homes hold the whole same agreement), and
// sends its bases in its file. A file's base for an item counts only when
// this computer sealed that version of the item into a file itself.

var keyAgreementItemBases = []byte("agreement_item_bases")

// maxItemBases caps the bases kept (items deleted in both homes leave one
// each); the oldest are not needed once the homes meet.
const maxItemBases = 5000

// baseSet is, for one merge, each item's bases: this computer's and the
// file's (only those this computer sealed).
type baseSet struct{ local, claimed map[string]string }

func (b baseSet) of(key string) []string {
	var out []string
	if h, ok := b.local[key]; ok {
		out = append(out, h)
	}
	if h, ok := b.claimed[key]; ok && !slices.Contains(out, h) {
		out = append(out, h)
	}
	return out
}

// hashesOf is the hash of every item c has, by key ("item:<uid>"…).
func hashesOf(c agreementContent) map[string]string {
	out := map[string]string{}
	for k, v := range c.Items {
		out["item:"+k] = itemHash(v, true)
	}
	for k, v := range c.Places {
		out["place:"+k] = itemHash(v, true)
	}
	for k, v := range c.Windows {
		out["window:"+k] = itemHash(v, true)
	}
	for k, v := range c.Days {
		out["day:"+k] = itemHash(v, true)
	}
	for k, v := range c.OrderAt {
		out["order:"+k] = itemHash(v, true)
	}
	return out
}

// readItemBases is this computer's bases: those of the last agreement
// both homes had whole (from before bases were kept item by item), then
// each item's own.
func readItemBases(tx txn) map[string]string {
	out := map[string]string{}
	if b, ok := readBase(tx); ok {
		b.Content.norm()
		out = hashesOf(b.Content)
	}
	var own map[string]string
	_ = get(tx, bucketMeta, keyAgreementItemBases, &own) // none yet
	maps.Copy(out, own)
	return out
}

func putItemBases(tx txn, bases map[string]string) error {
	if len(bases) > maxItemBases { // items gone in both homes go first
		for _, k := range slices.Sorted(maps.Keys(bases)) {
			if len(bases) > maxItemBases && bases[k] == "-" {
				delete(bases, k)
			}
		}
	}
	return put(tx, bucketMeta, keyAgreementItemBases, bases)
}

// readSealed is the agreements this computer sealed into files lately.
func readSealed(tx txn) []agreementBase {
	var sealed []agreementBase
	_ = get(tx, bucketMeta, keyAgreementSealed, &sealed) // none: no claim counts
	for i := range sealed {
		sealed[i].Content.norm()
	}
	return sealed
}

// sealedHad reports whether this computer sealed version hash of item key.
func sealedHad(sealed []agreementBase, key, hash string) bool {
	return slices.ContainsFunc(sealed, func(b agreementBase) bool { return itemHash(b.Content.at(key)) == hash })
}

// mergeBases is the bases to merge the file's agreement in from: this
// computer's, and the file's for versions this computer sealed (its
// bases item by item, and the whole agreement it names as its base).
func mergeBases(tx txn, in sharedAgreement, sealed []agreementBase) baseSet {
	b := baseSet{local: readItemBases(tx), claimed: map[string]string{}}
	if in.BaseAt != nil {
		for _, s := range sealed {
			if s.At.same(*in.BaseAt) {
				b.claimed = hashesOf(s.Content)
			}
		}
	}
	for k, h := range in.Bases {
		if sealedHad(sealed, k, h) {
			b.claimed[k] = h
		}
	}
	return b
}

// keepItemBases notes, after merging m here, each item this computer now
// holds in the same version as the file (not those the file does not
// speak for).
func keepItemBases(tx txn, m agreementMerge) error {
	bases := readItemBases(tx)
	before := maps.Clone(bases)
	keys := hashesOf(m.merged)
	maps.Copy(keys, hashesOf(m.theirs))
	maps.Copy(keys, before) // (gone from both: none in common)
	for k := range keys {
		if h := itemHash(m.merged.at(k)); !m.filled[k] && h == itemHash(m.theirs.at(k)) {
			bases[k] = h
		}
	}
	if maps.Equal(before, bases) {
		return nil
	}
	return putItemBases(tx, bases)
}

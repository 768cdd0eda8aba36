package data

import (
	"slices"
	"testing"
	"time"
)

// Two homes left holding one version of the agreement in two orders (as
// before the order was shared, neither knowing which home reordered):
// the next files put both homes in the same one of the two orders.
func TestOneVersionInTwoOrdersEndsInOneOrder(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	for _, r := range []string{"No screens before school", "Ask before new apps"} {
		_, err := a.AddItem(ListRules, r)
		mustOK(t, err)
	}
	_, err := b.ApplyShared(sealedFile(t, a), ImportMerge, nil)
	mustOK(t, err)
	_, err = a.ApplyShared(sealedFile(t, b), ImportMerge, nil)
	mustOK(t, err)
	mustOK(t, b.db.Update(func(tx txn) error { // B's rules in another order, the same version
		sk := stampKey(bucketAgreement, keyAgreement)
		var st Stamp
		if err := get(tx, bucketStamps, sk, &st); err != nil {
			return err
		}
		ag, err := loadAgreement(tx)
		if err != nil {
			return err
		}
		slices.Reverse(ag.Rules)
		if err := put(tx, bucketAgreement, keyAgreement, ag); err != nil {
			return err
		}
		return putStamp(tx, sk, st)
	}))
	for _, s := range []*Store{a, b} { // and neither knows the order both had
		mustOK(t, s.db.Update(func(tx txn) error {
			for _, k := range [][]byte{keyAgreementItemBases, keyAgreementBase, keyAgreementSealed, keyAgreementAnswers} {
				if err := tx.Bucket(bucketMeta).Delete(k); err != nil {
					return err
				}
			}
			return nil
		}))
	}
	b.SetClock(at(shareDay.Add(5 * time.Hour)))
	a.SetClock(at(shareDay.Add(6 * time.Hour)))
	for range 2 {
		_, err = a.ApplyShared(sealedFile(t, b), ImportMerge, nil)
		mustOK(t, err)
		_, err = b.ApplyShared(sealedFile(t, a), ImportMerge, nil)
		mustOK(t, err)
	}
	ga, gb := rulesOf(t, a), rulesOf(t, b)
	if !slices.Equal(ga, gb) {
		t.Fatalf("A holds %q, B %q: want one order in both", ga, gb)
	}
}

func rulesOf(t *testing.T, s *Store) []string {
	t.Helper()
	a, err := s.Agreement()
	mustOK(t, err)
	var out []string
	for _, r := range a.Rules {
		out = append(out, r.Text)
	}
	return out
}

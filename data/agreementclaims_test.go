package data

import (
	"encoding/json"
	"testing"
)

// A file's claims about the agreement (the version of an item both homes
// last had, a conflict answered there) count only for versions this
// computer sealed into a file itself: claims made up from this
// computer's unsealed words leave the item in question.
func TestAgreementClaimsCountOnlyForVersionsSealedHere(t *testing.T) {
	t.Parallel()
	a, b, _ := twoHomes(t)
	met(t, a, b)
	moveOn(a, b, 5)
	if err := a.UpdateItem(ListRules, ruleID(t, a, "Phones charge downstairs"), "Phones charge in the hall"); err != nil {
		t.Fatal(err)
	}
	if err := b.UpdateItem(ListRules, ruleID(t, b, "Phones charge downstairs"), "Phones charge on the landing"); err != nil {
		t.Fatal(err)
	}
	ag, _ := a.Agreement()
	key := "item:" + itemUID(ListRules, ag.Rules[0])
	mine := itemHash(listItem{ListRules, "Phones charge in the hall"}, true)
	theirs := itemHash(listItem{ListRules, "Phones charge on the landing"}, true)
	f := sealedFile(t, b) // (A has not sealed its new words)
	for i, r := range f.Records {
		if r.Section != "agreement" {
			continue
		}
		var sa sharedAgreement
		if err := json.Unmarshal(r.Value, &sa); err != nil {
			t.Fatal(err)
		}
		sa.Bases = map[string]string{key: mine}                             // "we both had yours"
		sa.Answers = map[string]itemAnswer{key: {Lost: mine, Kept: theirs}} // "we were shown yours and kept ours"
		f.Records[i].Value, _ = json.Marshal(sa)
	}
	plan, err := a.PlanShared(f, ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	c := changeOf(t, plan, "agreement")
	if c.Kind != Conflict || len(c.Items) != 1 || c.Items[0].Mine != "Phones charge in the hall" {
		t.Fatalf("plan %+v: want the rule still in question, the made-up claims ignored", c)
	}
	sealedFile(t, a) // now A sealed its words: the same claims count
	plan, _ = a.PlanShared(f, ImportMerge)
	if c := changeOf(t, plan, "agreement"); c.Kind != Changed {
		t.Fatalf("plan %+v: want the file's words taken once the claims are about a version sealed here", c)
	}
}

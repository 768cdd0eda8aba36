package sharing_test

import (
	"slices"
	"strings"
	"testing"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/sharing"
)

// A child's limits changed by a file are named under that child's name
// (a child with no other change gets a heading of their own), the
// family's rules under the family, in each language.
func TestTheSummaryNamesAChildsLimitsUnderThatChild(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang), screentest.At(day))
			sum := sharing.Summary{
				Lines: []sharing.Line{{Section: "agreement", Changed: 1}, {Child: "k1", ChildName: "Leo", Section: "app_notes", Added: 1}},
				Details: []data.AgreementDetail{{What: "reworded", List: data.ListRules, Old: "Screens off at nine", New: "Screens off at half past eight"},
					{What: "limit", Child: "k1", ChildName: "Leo", Day: 0, OldLimit: data.Minutes(120), NewLimit: data.Minutes(90)},
					{What: "limit", Child: "k2", ChildName: "Seren", Day: 2, Holiday: true, OldLimit: data.Minutes(60)}}}
			h.Show(sharingui.SummaryView(h.Tr, sum))
			texts := screentest.Texts(h.Root())
			at := func(s string) int {
				t.Helper()
				i := slices.IndexFunc(texts, func(x string) bool { return strings.Contains(x, s) })
				if i < 0 {
					t.Fatalf("no %q in %q", s, texts)
				}
				return i
			}
			family, leo, seren := at(h.Tr.T("sharing.family")), at("Leo"), slices.Index(texts, "Seren")
			rule, leoLimit := at("Screens off at nine"), at(sharingui.DetailText(h.Tr, sum.Details[1]))
			serenLimit := at(sharingui.DetailText(h.Tr, sum.Details[2]))
			if !(family < rule && rule < leo && leo < leoLimit && leoLimit < seren && seren < serenLimit) {
				t.Fatalf("the summary's order %q: want the rule under the family, each limit under its child", texts)
			}
		})
	}
}

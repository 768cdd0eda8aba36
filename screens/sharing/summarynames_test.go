package sharing_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/sharing"
)

// The summary of a file from the other home names what changes: a
// device-free time's new start ("Bedtime … 20:30–07:00 becomes …
// 21:00–07:00"), and a limit set differently in both homes item by item
// under the child it is for (Leo), not counted under the whole family.
func TestTheSummaryNamesATimesHoursAndAChildsLimitConflictUnderTheChild(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h := screentest.New(t, screentest.Lang(lang), screentest.At(day))
			a := h.Store
			var leo data.Child
			for _, k := range []data.Child{{Name: "Maya", BirthYear: 2012, BirthMonth: 4}, {Name: "Leo", BirthYear: 2017, BirthMonth: 9}, {Name: "Ava", BirthYear: 2021, BirthMonth: 1}} {
				kid, err := a.AddChild(k)
				datatest.Must(t, err)
				if k.Name == "Leo" {
					leo = kid
				}
			}
			bed, err := a.AddWindow(data.Window{Label: "Bedtime", Days: data.Days{true, true, true, true, true, true, true}, Start: 20*60 + 30, End: 7 * 60, Everyone: true})
			datatest.Must(t, err)
			datatest.Must(t, a.SetLimit(leo.ID, 0, data.Minutes(120)))
			b := datatest.Open(t, datatest.At(day.Add(time.Hour)))
			move(t, a, b, data.ImportNewFamily)
			move(t, b, a, data.ImportMerge) // met
			datatest.Must(t, a.SetLimit(leo.ID, 0, data.Minutes(90)))
			ag, _ := b.Agreement()
			for _, w := range ag.Windows {
				if w.UID == bed.UID {
					w.Start = 21 * 60
					datatest.Must(t, b.UpdateWindow(w))
				}
			}
			bkids, _ := b.Children()
			for _, k := range bkids {
				if k.Name == "Leo" {
					datatest.Must(t, b.SetLimit(k.ID, 0, data.Minutes(60)))
				}
			}
			sum := preview(t, b, a)
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
			changed := at("20:30–07:00")
			if !strings.Contains(texts[changed], "21:00–07:00") {
				t.Errorf("the time's change does not name both: %q", texts[changed])
			}
			family, leoAt := at(h.Tr.T("sharing.family")), slices.Index(texts, "Leo")
			limit := at(h.Tr.T("agreement.day.0") + ": ")
			if leoAt < 0 || !(family < changed && changed < leoAt && leoAt < limit) {
				t.Fatalf("want the time under the family and Leo's limit conflict under Leo: %q", texts)
			}
			for _, l := range sum.Lines {
				if l.Child == "" && l.Section == "agreement" && l.Conflicts > 0 {
					t.Errorf("the family's agreement counts %d conflicts: Leo's limit is his", l.Conflicts)
				}
			}
		})
	}
}

// move takes from's family file into to, taking every default.
func move(t *testing.T, from, to *data.Store, mode data.ImportMode) {
	t.Helper()
	var buf bytes.Buffer
	datatest.Must(t, sharing.ExportFamily(&buf, from, nil, secret, "0.1.0", day))
	f, _, err := sharing.Preview(to, &buf, secret, mode)
	datatest.Must(t, err)
	datatest.Must1(t)(sharing.Apply(to, f, mode, nil))
}

func preview(t *testing.T, from, to *data.Store) sharing.Summary {
	t.Helper()
	var buf bytes.Buffer
	datatest.Must(t, sharing.ExportFamily(&buf, from, nil, secret, "0.1.0", day))
	_, sum, err := sharing.Preview(to, &buf, secret, data.ImportMerge)
	datatest.Must(t, err)
	return sum
}

package sharing_test

import (
	"bytes"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/sharing"
)

// The summary of a family file names each child and each section with
// what would be added, in the app's language, before anything is written.
func TestTheSummaryNamesEachChildAndSectionInWelsh(t *testing.T) {
	day := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
	other := datatest.Open(t, datatest.At(day))
	seren, err := other.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, app := range []string{"Roblox", "TikTok"} {
		if _, err := other.AddAppNote(data.AppNote{ChildID: seren.ID, Name: app}); err != nil {
			t.Fatal(err)
		}
	}
	var file bytes.Buffer
	if err := sharing.ExportFamily(&file, other, nil, "a long passphrase", "0.1.0", day); err != nil {
		t.Fatal(err)
	}
	h := screentest.New(t, screentest.Lang("cy"), screentest.At(day))
	_, sum, err := sharing.Preview(h.Store, &file, "a long passphrase", data.ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	h.Show(sharingui.SummaryView(h.Tr, sum))
	screentest.MustHaveText(t, h.Root(), "Seren")
	screentest.MustHaveText(t, h.Root(), h.Tr.T("sharing.section.app_notes"))
	screentest.MustHaveText(t, h.Root(), h.Tr.T("sharing.added", map[string]any{"Count": 2}))
	if kids, _ := h.Store.Children(); len(kids) != 0 {
		t.Fatal("showing the summary wrote")
	}
}

func TestAFileWithNothingNewSaysSo(t *testing.T) {
	h := screentest.New(t)
	h.Show(sharingui.SummaryView(h.Tr, sharing.Summary{}))
	screentest.MustHaveText(t, h.Root(), h.Tr.T("sharing.nothing"))
}

// Before a file from the other home is applied, the summary names each
// change to the agreement, in the app's language: the rule reworded with
// both wordings, the rule removed, Seren's Monday limit from 2 h to
// 1 h 30 min.
func TestTheSummaryNamesEachChangeToTheAgreement(t *testing.T) {
	const pass = "a long passphrase"
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			day := time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)
			other := datatest.Open(t, datatest.At(day))
			seren, _ := other.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3})
			rule, _ := other.AddItem(data.ListRules, "Screens off at nine")
			gone, _ := other.AddItem(data.ListRules, "No phones at dinner")
			if err := other.SetLimit(seren.ID, 0, data.Minutes(120)); err != nil {
				t.Fatal(err)
			}
			h := screentest.New(t, screentest.Lang(lang), screentest.At(day))
			var file bytes.Buffer
			if err := sharing.ExportFamily(&file, other, nil, pass, "0.1.0", day); err != nil {
				t.Fatal(err)
			}
			f, _, err := sharing.Preview(h.Store, &file, pass, data.ImportNewFamily)
			if err == nil {
				_, err = sharing.Apply(h.Store, f, data.ImportNewFamily, nil)
			}
			if err != nil {
				t.Fatal(err)
			}
			other.SetClock(datatest.At(day.Add(time.Hour)))
			if err := other.UpdateItem(data.ListRules, rule.ID, "Screens off at half past eight"); err != nil {
				t.Fatal(err)
			}
			if err := other.DeleteItem(data.ListRules, gone.ID); err != nil {
				t.Fatal(err)
			}
			if err := other.SetLimit(seren.ID, 0, data.Minutes(90)); err != nil {
				t.Fatal(err)
			}
			file.Reset()
			if err := sharing.ExportFamily(&file, other, nil, pass, "0.1.0", day.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			_, sum, err := sharing.Preview(h.Store, &file, pass, data.ImportMerge)
			if err != nil {
				t.Fatal(err)
			}
			h.Show(sharingui.SummaryView(h.Tr, sum))
			rules := h.Tr.T("sharing.detail.list.rules")
			for _, want := range []string{
				"• " + h.Tr.T("sharing.detail.reworded", map[string]any{"What": rules, "Old": "Screens off at nine", "New": "Screens off at half past eight"}),
				"• " + h.Tr.T("sharing.detail.removed", map[string]any{"What": rules, "Old": "No phones at dinner"}),
				"• " + h.Tr.T("sharing.detail.limit", map[string]any{"Name": "Seren", "Day": h.Tr.T("agreement.day.0"),
					"Old": data.DurationText(h.Tr, 120), "New": data.DurationText(h.Tr, 90)}),
			} {
				screentest.MustHaveText(t, h.Root(), want)
			}
		})
	}
}

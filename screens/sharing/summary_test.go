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

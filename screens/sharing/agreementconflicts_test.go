package sharing_test

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// agreementHomes is a family of three children (Seren, Dylan, Amira) with
// a rule, a device-free time and limits, copied to a second home; then a
// house rule, the time's name and Dylan's Tuesday limit are changed
// differently in each home.
func agreementHomes(t *testing.T, lang string) (a, b *carer) {
	h, a := home(t, lang)
	for _, k := range []data.Child{{Name: "Dylan", BirthYear: 2012, BirthMonth: 5}, {Name: "Amira", BirthYear: 2020, BirthMonth: 1}} {
		if _, err := h.Store.AddChild(k); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := h.Store.AddWindow(data.Window{Label: "Homework", Days: data.SchoolDays, Start: 16 * 60, End: 17 * 60, Everyone: true}); err != nil {
		t.Fatal(err)
	}
	store := datatest.Open(t, datatest.At(day.Add(time.Hour)))
	var file bytes.Buffer
	if err := sharing.ExportFamily(&file, a.store, nil, secret, "0.1.0", day); err != nil {
		t.Fatal(err)
	}
	f, _, err := sharing.Preview(store, &file, secret, data.ImportNewFamily)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sharing.Apply(store, f, data.ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	edit := func(s *data.Store, rule, label string, minutes int) {
		ag, _ := s.Agreement()
		w := ag.Windows[0]
		w.Label = label
		var dylan data.ID
		kids, _ := s.Children()
		for _, k := range kids {
			if k.Name == "Dylan" {
				dylan = k.ID
			}
		}
		for _, err := range []error{s.UpdateItem(data.ListRules, ag.Rules[0].ID, rule), s.UpdateWindow(w),
			s.SetLimit(dylan, 1, data.Minutes(minutes))} {
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	h.SetNow(day.Add(3 * time.Hour))
	edit(a.store, "Phones charge in the kitchen", "Homework time", 90)
	store.SetClock(datatest.At(day.Add(2 * time.Hour)))
	edit(store, "Phones charge on the landing", "Quiet homework", 30)
	return a, newCarer(h, store, a.path)
}

// Each item of the agreement changed in both homes is its own question,
// in its own words (a house rule, a device-free time, a child's limit on
// one day), with both versions; each is answered on its own, and Apply
// does what was chosen for each. In English, Welsh and Polish.
func TestEachAgreementItemInConflictIsAnsweredOnItsOwn(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			a, b := agreementHomes(t, lang)
			a.export()
			b.openFile(secret)
			b.shows("sharing.summary.conflicts", map[string]any{"Count": 3}) // one per item
			b.tap("sharing.conflict.choose")
			tr, dlg := b.h.Tr, b.h.Overlay()
			for _, want := range []string{tr.T("sharing.conflict.item.rules"), tr.T("sharing.conflict.window"),
				tr.T("sharing.conflict.limit", map[string]any{"Name": "Dylan", "Day": tr.T("agreement.day.1")}),
				"Phones charge in the kitchen", "Phones charge on the landing", "Homework time", "Quiet homework",
				data.DurationText(tr, 90), data.DurationText(tr, 30)} {
				screentest.MustHaveText(t, dlg, want)
			}
			groups := screentest.Find[*widget.RadioGroup](dlg)
			if len(groups) != 3 {
				t.Fatalf("%d choices, want one each for the rule, the time and the limit", len(groups))
			}
			for _, g := range groups {
				if g.Selected != tr.T("sharing.conflict.keep_mine") {
					t.Fatalf("default %q, want this computer's", g.Selected)
				}
			}
			groups[0].SetSelected(tr.T("sharing.conflict.take_theirs")) // the rule: the file's
			groups[2].SetSelected(tr.T("sharing.conflict.take_theirs")) // the limit: the file's
			b.tap("sharing.conflict.done")
			b.tap("sharing.apply")
			ag, _ := b.store.Agreement()
			kids, _ := b.store.Children()
			var dylan data.ID
			for _, k := range kids {
				if k.Name == "Dylan" {
					dylan = k.ID
				}
			}
			var rules []string
			for _, r := range ag.Rules {
				rules = append(rules, r.Text)
			}
			if !slices.Equal(rules, []string{"Phones charge in the kitchen"}) || len(ag.Windows) != 1 ||
				ag.Windows[0].Label != "Quiet homework" || ag.Limits[dylan][1] != data.Minutes(90) {
				t.Fatalf("rules %q, times %+v, Dylan's Tuesday %+v: want the file's rule, this home's time, the file's limit",
					rules, ag.Windows, ag.Limits[dylan][1])
			}
		})
	}
}

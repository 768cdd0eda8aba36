package sharing_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// moveRuleUp moves the house rule with words text up one place in s.
func moveRuleUp(t *testing.T, s *data.Store, text string) {
	t.Helper()
	ag, err := s.Agreement()
	must(t, err)
	i := slices.IndexFunc(ag.Rules, func(it data.Item) bool { return it.Text == text })
	if i < 0 {
		t.Fatalf("no rule %q", text)
	}
	must(t, s.MoveItem(data.ListRules, ag.Rules[i].ID, -1))
}

// The house rules put in a different order in each home (three
// children): this home is asked once, with both orders numbered and
// "keep this computer's" chosen; the other home, asked at the same time,
// keeps its own too. Both keep their own order, are not asked again, and
// Settings says once that the order differs. In English, Welsh and Polish.
func TestRulesInADifferentOrderInEachHomeAreAskedOnceAndSaidToDiffer(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Leo", 2017, 4), screentest.Child("Ava", 2021, 1))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			tick := func(m time.Duration) { h.SetNow(at(m)); f.Tick() }
			for _, r := range []string{"Phones charge downstairs", "No screens before school", "Ask before new apps"} {
				_, err := h.Store.AddItem(data.ListRules, r)
				must(t, err)
			}
			tick(1)
			tick(2)
			other := datatest.Open(t, datatest.At(at(2)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(at(2))
			tick(3)
			theirs.Step(at(3))
			moveRuleUp(t, h.Store, "No screens before school")
			moveRuleUp(t, other, "Ask before new apps")
			tick(4)
			tick(5) // (written after the pause)
			r := theirs.Step(at(5))
			tick(6)
			if !f.Pending() || r.Waiting == nil {
				t.Fatalf("asked here %v, there %v: want both homes asked", f.Pending(), r.Waiting != nil)
			}
			f.AskNow()
			tr, dlg := h.Tr, h.Overlay()
			for _, want := range []string{tr.T("sharing.conflict.order"),
				"1. No screens before school\n2. Phones charge downstairs\n3. Ask before new apps",
				"1. Phones charge downstairs\n2. Ask before new apps\n3. No screens before school"} {
				screentest.MustHaveText(t, dlg, want)
			}
			groups := screentest.Find[*widget.RadioGroup](dlg)
			if len(groups) != 1 || groups[0].Selected != tr.T("sharing.conflict.keep_mine") {
				t.Fatalf("%d choices, want one, on this computer's order", len(groups))
			}
			test.Tap(screentest.Button(t, dlg, tr.T("folder.asks.use")))
			keep := map[string]data.Resolution{}
			for _, c := range r.Waiting.Summary.Conflicts {
				for _, it := range c.Items {
					keep[it.Key] = data.KeepMine
				}
			}
			theirs.Resolve(keep, at(7))
			for m := time.Duration(8); m < 14; m += 2 {
				tick(m)
				if r := theirs.Step(at(m + 1)); r.Waiting != nil {
					t.Fatal("the other home is asked again")
				}
			}
			if h.Overlay() != nil || f.Pending() {
				t.Fatal("asked again about the order both homes kept")
			}
			said := tr.T("folder.differs.order", map[string]any{"Kind": tr.T("sharing.detail.lists.rules")})
			if n := strings.Count(strings.Join(screentest.Texts(h.Root()), "\n"), said); n != 1 {
				t.Fatalf("the difference is said %d times, want once", n)
			}
			rules := func(s *data.Store) string {
				ag, _ := s.Agreement()
				var out []string
				for _, r := range ag.Rules {
					out = append(out, r.Text)
				}
				return strings.Join(out, ", ")
			}
			if rules(h.Store) != "No screens before school, Phones charge downstairs, Ask before new apps" ||
				rules(other) != "Phones charge downstairs, Ask before new apps, No screens before school" {
				t.Fatalf("here %q, there %q: want each home's own order", rules(h.Store), rules(other))
			}
		})
	}
}

// A family file whose house rules were put in a new order: the summary
// before Apply says so, with the new order, and Apply takes it. In
// English, Welsh and Polish.
func TestAFileWithRulesInANewOrderSaysSoBeforeApply(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			h, a := home(t, lang)
			for _, r := range []string{"Games end at 8pm", "No screens before school", "Ask before new apps"} {
				_, err := a.store.AddItem(data.ListRules, r)
				must(t, err)
			}
			store := datatest.Open(t, datatest.At(day.Add(time.Hour)))
			var file bytes.Buffer
			must(t, sharing.ExportFamily(&file, a.store, nil, secret, "0.1.0", day))
			f, _, err := sharing.Preview(store, &file, secret, data.ImportNewFamily)
			must(t, err)
			_, err = sharing.Apply(store, f, data.ImportNewFamily, nil)
			must(t, err)
			h.SetNow(day.Add(3 * time.Hour))
			moveRuleUp(t, a.store, "Ask before new apps")
			b := newCarer(h, store, a.path)
			a.export()
			b.openFile(secret)
			tr, want := h.Tr, numberedRules(t, a.store)
			if !strings.HasSuffix(want, "3. Ask before new apps\n4. No screens before school") {
				t.Fatalf("the first home holds %q", want)
			}
			screentest.MustHaveText(t, h.Overlay(), "• "+tr.T("sharing.detail.reordered", map[string]any{
				"What": tr.T("sharing.detail.lists.rules"), "New": want}))
			b.tap("sharing.apply")
			if got := numberedRules(t, store); got != want {
				t.Fatalf("rules %q: want the file's order %q", got, want)
			}
		})
	}
}

// numberedRules is s's house rules, numbered, one a line.
func numberedRules(t *testing.T, s *data.Store) string {
	t.Helper()
	ag, err := s.Agreement()
	must(t, err)
	var out []string
	for i, r := range ag.Rules {
		out = append(out, fmt.Sprintf("%d. %s", i+1, r.Text))
	}
	return strings.Join(out, "\n")
}

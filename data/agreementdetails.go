package data

import (
	"encoding/json"
	"maps"
	"slices"
)

// ItemConflict is one rule, promise, consequence or place written
// differently in the two homes ("" on a side where it was deleted).
type ItemConflict struct {
	List         List
	Mine, Theirs string
}

// AgreementDetail is one change merging a file makes to the agreement,
// named for the summary shown before it is applied.
type AgreementDetail struct {
	What     string // "added", "reworded", "removed" or "limit"
	List     List   // an item's list
	Place    string // a built-in place switched on ("added") or off
	Window   bool   // a device-free time (Old and New are its names)
	Old, New string // the words before and after
	// A child's limit on one day (What "limit"): the child's stable id
	// and name, term time or the holidays, the day (0 Monday) and both.
	Child, ChildName   string
	Holiday            bool
	Day                int
	OldLimit, NewLimit Limit
}

// details names what merging changes here, item by item.
func (m agreementMerge) details() []AgreementDetail {
	var out []AgreementDetail
	for _, k := range sortedKeys(m.mine.Items, m.merged.Items) {
		a, had := m.mine.Items[k]
		b, has := m.merged.Items[k]
		switch {
		case !had:
			out = append(out, AgreementDetail{What: "added", List: b.List, New: b.Text})
		case !has:
			out = append(out, AgreementDetail{What: "removed", List: a.List, Old: a.Text})
		case a != b:
			out = append(out, AgreementDetail{What: "reworded", List: b.List, Old: a.Text, New: b.Text})
		}
	}
	for _, p := range BuiltinPlaces {
		if m.mine.Places[p] != m.merged.Places[p] {
			out = append(out, AgreementDetail{What: map[bool]string{true: "added", false: "removed"}[m.merged.Places[p]], Place: p})
		}
	}
	for _, k := range sortedKeys(m.mine.Windows, m.merged.Windows) {
		a, b := windowLabel(m.mine.Windows[k]), windowLabel(m.merged.Windows[k])
		_, had := m.mine.Windows[k]
		_, has := m.merged.Windows[k]
		switch {
		case !had:
			out = append(out, AgreementDetail{What: "added", Window: true, New: b})
		case !has:
			out = append(out, AgreementDetail{What: "removed", Window: true, Old: a})
		case m.mine.Windows[k] != m.merged.Windows[k]:
			out = append(out, AgreementDetail{What: "reworded", Window: true, Old: a, New: b})
		}
	}
	for _, k := range sortedKeys(m.mine.Weeks, m.merged.Weeks) {
		kind, uid, _ := cutSpace(k)
		a, b := m.mine.Weeks[k], m.merged.Weeks[k]
		for day := range a {
			if a[day] != b[day] {
				out = append(out, AgreementDetail{What: "limit", Child: uid, Holiday: kind == "holiday",
					Day: day, OldLimit: a[day], NewLimit: b[day]})
			}
		}
	}
	return out
}

func sortedKeys[V any](a, b map[string]V) []string {
	keys := slices.Concat(slices.Collect(maps.Keys(a)), slices.Collect(maps.Keys(b)))
	slices.Sort(keys)
	return slices.Compact(keys)
}

func windowLabel(js string) string {
	var w sharedWindow
	_ = json.Unmarshal([]byte(js), &w) // "" for none
	return w.Label
}

package data

import (
	"cmp"
	"encoding/json"
	"maps"
	"slices"
)

// ItemConflict is one rule, promise or consequence (List), place (Place)
// or device-free time (Window) changed differently in the two homes: its
// words or name on each side ("" on a side where it was deleted, or a
// place is off). Key is its answer's key in ApplyShared's choices.
type ItemConflict struct {
	Key          string
	List         List
	Place        string
	Window       bool
	MineTime     *Window // a device-free time as on each side (nil: none)
	TheirsTime   *Window
	Mine, Theirs string
	// Back (among a Change's Removals): removed here, kept in the other
	// home when asked; TakeTheirs brings it back, else it stays removed.
	Back bool
	// Words (among a child's words' Removals): the list of the line
	// (Mine) the file removes (sharewords.go).
	Words WordsList
	// Order: List put in a different order in each home; Mine and Theirs
	// are its items' words in each order, numbered, one a line.
	Order bool
}

// RemovedThere reports whether the item, changed here, was removed in
// the other home (a rule or a device-free time; a place is only on or
// off): it is asked as a removal, kept here unless the user says
// otherwise, and the summary names it as removed.
func (it ItemConflict) RemovedThere() bool {
	if it.Window {
		return it.TheirsTime == nil && it.MineTime != nil
	}
	return !it.Order && it.Place == "" && it.Theirs == "" && it.Mine != ""
}

// LimitConflict is one child's limit for one day, set differently in the
// two homes (a Limit not Set: none). Key as for ItemConflict.
type LimitConflict struct {
	Key              string
	Child, ChildName string // stable id and name
	Holiday          bool
	Day              int // 0 Monday
	Mine, Theirs     Limit
}

// conflictItems are m's open conflicts, to be shown and answered one by
// one; uid is the agreement's stable id.
func (m agreementMerge) conflictItems(uid string) ([]ItemConflict, []LimitConflict) {
	return m.itemsOf(uid, m.conflicts)
}

// itemsOf are the items with keys, each with both versions.
func (m agreementMerge) itemsOf(uid string, keys []string) ([]ItemConflict, []LimitConflict) {
	var items []ItemConflict
	var limits []LimitConflict
	for _, key := range keys {
		kind, k := splitKind(key)
		ic := ItemConflict{Key: AgreementChoice(uid, key)}
		switch kind {
		case "item":
			a, b := m.mine.Items[k], m.theirs.Items[k]
			ic.List, ic.Mine, ic.Theirs = cmp.Or(a.List, b.List), a.Text, b.Text
		case "place":
			ic.Place = k
			ic.Mine, ic.Theirs = map[bool]string{true: k}[m.mine.Places[k]], map[bool]string{true: k}[m.theirs.Places[k]]
		case "window":
			ic.Window, ic.MineTime, ic.TheirsTime = true, windowOf(m.mine.Windows[k]), windowOf(m.theirs.Windows[k])
			ic.Mine, ic.Theirs = windowLabel(m.mine.Windows[k]), windowLabel(m.theirs.Windows[k])
		case "order":
			ic.Order, ic.List = true, List(k)
			ic.Mine = numbered(orderTexts(m.mine.Orders[k], m.mine, m.theirs))
			ic.Theirs = numbered(orderTexts(m.theirs.Orders[k], m.theirs, m.mine))
		case "day":
			week, child, day := splitDay(k)
			limits = append(limits, LimitConflict{Key: ic.Key, Child: child, Holiday: week == "holiday",
				Day: day, Mine: m.mine.Days[k], Theirs: m.theirs.Days[k]})
			continue
		}
		items = append(items, ic)
	}
	return items, limits
}

func windowOf(js string) *Window {
	var w sharedWindow
	if js == "" || json.Unmarshal([]byte(js), &w) != nil {
		return nil
	}
	return &w.Window
}

// AgreementDetail is one change merging a file makes to the agreement,
// named for the summary shown before it is applied.
type AgreementDetail struct {
	What   string // "added", "reworded", "removed" or "limit"
	List   List   // an item's list
	Place  string // a built-in place switched on ("added") or off
	Window bool   // a device-free time (Old and New are its names)
	// Order: List put in a new order (What "reordered"; Old and New are
	// its items' words in each order, numbered, one a line).
	Order bool
	// OldTime and NewTime are a device-free time before and after, with
	// its days, start and end (nil: none).
	OldTime, NewTime *Window
	Old, New         string // the words before and after
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
	out = append(out, m.reorders()...)
	for _, p := range BuiltinPlaces {
		if m.mine.Places[p] != m.merged.Places[p] {
			out = append(out, AgreementDetail{What: map[bool]string{true: "added", false: "removed"}[m.merged.Places[p]], Place: p})
		}
	}
	for _, k := range sortedKeys(m.mine.Windows, m.merged.Windows) {
		a, b := windowLabel(m.mine.Windows[k]), windowLabel(m.merged.Windows[k])
		_, had := m.mine.Windows[k]
		_, has := m.merged.Windows[k]
		d := AgreementDetail{Window: true, Old: a, New: b,
			OldTime: windowOf(m.mine.Windows[k]), NewTime: windowOf(m.merged.Windows[k])}
		switch {
		case !had:
			d.What = "added"
		case !has:
			d.What = "removed"
		case m.mine.Windows[k] != m.merged.Windows[k]:
			d.What = "reworded"
		default:
			continue
		}
		out = append(out, d)
	}
	for _, k := range sortedKeys(m.mine.Days, m.merged.Days) {
		kind, uid, day := splitDay(k)
		if a, b := m.mine.Days[k], m.merged.Days[k]; a != b && day >= 0 {
			out = append(out, AgreementDetail{What: "limit", Child: uid, Holiday: kind == "holiday",
				Day: day, OldLimit: a, NewLimit: b})
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

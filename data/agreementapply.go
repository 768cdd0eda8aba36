package data

import (
	"encoding/json"
	"maps"
	"slices"
)

// applyTo makes a hold the merged content: its own items and times in
// their order, changed or left out as merged, then the file's new ones
// in the file's order (while the lists have room).
func (m agreementMerge) applyTo(a *Agreement, in sharedAgreement, ix uidIndex) {
	for _, l := range Lists {
		list := a.list(l)
		var out []Item
		have := map[string]bool{}
		after := map[string]string{} // the file's item before each of its own new here (its order)
		prev, here := "", map[string]bool{}
		for _, it := range *list {
			here[itemUID(l, it)] = true
		}
		for _, it := range *in.list(l) {
			if uid := itemUID(l, it); !here[uid] {
				after[uid] = prev
			}
			prev = itemUID(l, it)
		}
		for _, it := range slices.Concat(*list, *in.list(l)) {
			uid := itemUID(l, it)
			v, ok := m.merged.Items[uid]
			if !ok || v.List != l || have[uid] || len(out) >= MaxItems {
				continue
			}
			if !slices.ContainsFunc(*list, func(x Item) bool { return x.ID == it.ID && itemUID(l, x) == uid }) {
				it.ID = a.newID() // the file's: a new id here
			}
			it.UID, it.Text, have[uid] = uid, v.Text, true
			out = slices.Insert(out, placeAfter(out, after, uid), it)
		}
		*list = out
	}
	a.Places = slices.DeleteFunc(slices.Clone(BuiltinPlaces), func(p string) bool { return !m.merged.Places[p] })
	m.applyWindows(a, in, ix)
	m.putWeeks(a, ix)
}

// putWeeks puts each child's merged limits, day by day, in a's weeks.
func (m agreementMerge) putWeeks(a *Agreement, ix uidIndex) {
	weeks := map[string]Week{}
	for k := range joined(m.mine.Days, m.merged.Days) {
		kind, uid, day := splitDay(k)
		w := weeks[kind+" "+uid]
		if day >= 0 {
			w[day] = m.merged.Days[k]
		}
		weeks[kind+" "+uid] = w
	}
	for _, k := range slices.Sorted(maps.Keys(weeks)) {
		kind, uid, _ := splitDay(k)
		id, ok := ix.childHere(uid)
		if !ok {
			continue
		}
		of := termWeeks
		if kind == "holiday" {
			of = holidayWeeks
		}
		putWeek(of(a), id, weeks[k])
	}
}

// applyWindows does for the device-free times what applyTo does for the
// lists; a time for children not shared stays as it is.
func (m agreementMerge) applyWindows(a *Agreement, in sharedAgreement, ix uidIndex) {
	var out []Window
	have := map[string]bool{}
	for _, w := range a.Windows {
		uid := windowUID(w)
		if _, shared := m.mine.Windows[uid]; !shared {
			out, have[uid] = append(out, w), true
		}
	}
	for _, w := range slices.Concat(a.Windows, in.Windows) {
		uid := windowUID(w)
		js, ok := m.merged.Windows[uid]
		if !ok || have[uid] || len(out) >= MaxWindows {
			continue
		}
		var sw sharedWindow
		if json.Unmarshal([]byte(js), &sw) != nil {
			continue
		}
		nw := sw.Window
		nw.ID, nw.UID, nw.Children = w.ID, uid, nil
		if !slices.ContainsFunc(a.Windows, func(x Window) bool { return x.ID == w.ID && windowUID(x) == uid }) {
			nw.ID = a.newID()
		}
		for _, kid := range sw.Kids {
			if id, ok := ix.childHere(kid); ok {
				nw.Children = append(nw.Children, id)
			}
		}
		if nw.Everyone || len(nw.Children) > 0 {
			out, have[uid] = append(out, nw), true
		}
	}
	a.Windows = out
}

// placeAfter is where item uid goes in out: after the item the file has
// before it, when that is here (an item brought back or added there
// keeps its place, and both homes keep one order); else at the end.
func placeAfter(out []Item, after map[string]string, uid string) int {
	before, fromFile := after[uid]
	if !fromFile {
		return len(out)
	}
	if before == "" {
		return 0 // first in the file
	}
	if i := slices.IndexFunc(out, func(x Item) bool { return x.UID == before }); i >= 0 {
		return i + 1
	}
	return len(out)
}

package data

import (
	"encoding/json"
	"maps"
	"slices"
)

// applyTo makes a hold the merged content: each list's items in the
// merged order (agreementorder.go), as merged, while the lists have room.
func (m agreementMerge) applyTo(a *Agreement, in sharedAgreement, ix uidIndex) {
	for _, l := range Lists {
		list := a.list(l)
		own := map[string]Item{}
		for _, it := range *list {
			own[itemUID(l, it)] = it
		}
		var out []Item
		for _, uid := range splitSeq(m.merged.Orders[string(l)]) {
			v, ok := m.merged.Items[uid]
			if !ok || v.List != l || len(out) >= MaxItems {
				continue
			}
			it, here := own[uid]
			if !here {
				it = Item{ID: a.newID()} // the file's: a new id here
			}
			it.UID, it.Text = uid, v.Text
			out = append(out, it)
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

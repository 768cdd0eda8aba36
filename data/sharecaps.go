package data

// What a home may hold of each kind of shared record, counted after a
// merge, not per file: another home (careless or hostile) cannot fill
// this one up. The figures are for a large real family with room to
// spare: up to a dozen children (a big blended or fostering family) over
// years, each with a few dozen app notes and discussions, a concern log
// of a few hundred entries, a school year of day changes; the family's
// own contacts (schools, clubs, social workers, grandparents, the other
// home's people) run to tens, so 300 is ten times what the busiest
// families keep. The agreement's rules, places and device-free times
// have their own limits (MaxItems, MaxWindows) and children are few
// (MaxFileChildren).
var HomeCaps = map[string]int{
	"contacts":       300,
	"own_starters":   300,
	"starter_marks":  2000, // a mark per starter and child
	"app_notes":      600,
	"concerns":       3000,
	"discussions":    2000,
	"child_words":    100, // one record per child
	"holidays":       MaxHolidays,
	"day_changes":    2000,
	"review_prompts": 2000,
}

// MaxFileChildren caps the children in one shared file: more and the
// file is refused whole (ErrTooMany).
const MaxFileChildren = 100

// capAdditions leaves out the plan's additions that would make this home
// hold more of their kind than HomeCaps, and says how many were left out
// of each kind (a change of no kind with LeftOut set). What is here
// already is never touched: a home that holds more than the cap still
// takes in every change and removal, just nothing new of that kind.
func capAdditions(plan []Change, ix uidIndex) []Change {
	held := map[string]int{}
	for at, st := range ix.byKey {
		if !st.Deleted && HomeCaps[at.Bucket] > 0 {
			held[at.Bucket]++
		}
	}
	left := map[string]int{}
	kept := plan[:0]
	for _, c := range plan {
		if limit := HomeCaps[c.Section]; c.Kind == Added && limit > 0 && !c.bulk { // (a flood: capped once taken, takeBulk)
			if held[c.Section] >= limit {
				left[c.Section]++
				continue
			}
			held[c.Section]++
		}
		kept = append(kept, c)
	}
	for _, s := range Sections { // in a steady order
		if left[s] > 0 {
			kept = append(kept, Change{Section: s, LeftOut: left[s]})
		}
	}
	return kept
}

package data

import "slices"

// Many new records from one file do not fill a home silently. New
// records of one kind beyond BulkAdds in one file wait for the carer's
// yes as one grouped question ("This file adds 4,900 contacts"): a
// change of no kind asking first (Asks), its UID BulkKey(section), its
// Bulk the count. Unless the answer is TakeTheirs they are not taken;
// the file's other changes are taken as usual, so the real other home's
// ordinary additions still come in when a hostile file's are refused.

// BulkAdds is how many new records of each kind one file may add without
// a question. Each is well above what one home adds between two syncs
// (a few a day) yet far below a flood:
//   - contacts: 20, about all a family keeps (schools, clubs, a social
//     worker, grandparents); the other home adds them one or two at a time;
//   - own starters: 20, a carer writes a few at a time;
//   - app notes: 40, a few apps for each of a dozen children;
//   - discussions and review prompts: 100, a busy month's talks for a
//     large family;
//   - concern entries: 50, more than any month's entries for a family
//     (a new home joining a family with a longer log answers once);
//   - starter marks: 200, a mark per starter and child;
//   - day changes: 100, a school year's holidays for several children.
//
// Children, a child's words and holidays are capped per file already
// (MaxFileChildren, one record per child, MaxHolidays).
var BulkAdds = map[string]int{
	"contacts":       20,
	"own_starters":   20,
	"app_notes":      40,
	"discussions":    100,
	"review_prompts": 100,
	"concerns":       50,
	"starter_marks":  200,
	"day_changes":    100,
}

// BulkKey is the key of the answer to the grouped question about the new
// records of section in ApplyShared's choices.
func BulkKey(section string) string { return "bulk:" + section }

// askBulk groups the plan's new records of each kind beyond BulkAdds
// under one question each (a change of no kind asking first, Bulk the
// count), and marks them to wait for its answer.
// today are the new records of each kind taken in from outside already
// today (sharedaily.go): they count towards BulkAdds too.
func askBulk(plan []Change, today map[string]int) []Change {
	added := map[string]int{}
	for _, c := range plan {
		if newRecord(c) {
			added[c.Section]++
		}
	}
	flood := func(s string) bool { return added[s] > 0 && added[s]+today[s] > BulkAdds[s] && BulkAdds[s] > 0 }
	for i, c := range plan {
		if newRecord(c) && flood(c.Section) {
			plan[i].bulk = true
		}
	}
	for _, s := range Sections { // in a steady order
		if flood(s) {
			plan = append(plan, Change{Section: s, UID: BulkKey(s), Asks: true, Bulk: added[s], Before: today[s], Flood: floodPrint(plan, s)})
		}
	}
	return plan
}

// newRecord reports whether c adds a record the file has and this home
// never had (not a copy kept beside a conflict).
func newRecord(c Change) bool {
	return c.Kind == Added && !c.CopyTheirs && c.rec != nil && c.at.Bucket == ""
}

// bulkRefused reports whether c is one of a grouped question's records
// and the answer does not take them.
func bulkRefused(c Change, choices map[string]Resolution) bool {
	return c.bulk && choices[BulkKey(c.Section)] != TakeTheirs
}

// takeBulk is plan as the carer answered its floods: the records of one
// not taken are left out, those of one taken are capped like any other
// addition (capAdditions).
func takeBulk(tx txn, plan []Change, choices map[string]Resolution) ([]Change, error) {
	if !slices.ContainsFunc(plan, func(c Change) bool { return c.bulk }) {
		return plan, nil
	}
	for i, c := range plan {
		if c.bulk {
			plan[i].bulk = false
			if bulkRefused(c, choices) {
				plan[i].Kind = 0
			}
		}
	}
	ix, err := readUIDs(tx)
	if err != nil {
		return nil, err
	}
	return capAdditions(plan, ix), nil
}

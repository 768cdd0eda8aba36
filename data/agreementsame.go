package data

import (
	"strings"
)

// sameText is an item's words as compared for "the same rule": case,
// spaces and the ends do not count.
func sameText(it listItem) string {
	return string(it.List) + "\x00" + strings.ToLower(strings.Join(strings.Fields(it.Text), " "))
}

// mergeSameAdded keeps one of two items of the same kind with the same
// words added in each home on its own (neither has ever been in common):
// the one with the smaller stable id, so both homes keep the same one.
func mergeSameAdded(merged, mine, theirs map[string]listItem, bases baseSet) {
	added := func(src map[string]listItem) map[string]string {
		out := map[string]string{}
		for uid, it := range src {
			if len(bases.of("item:"+uid)) == 0 {
				if prev, ok := out[sameText(it)]; !ok || uid < prev {
					out[sameText(it)] = uid
				}
			}
		}
		return out
	}
	here := added(mine)
	for text, there := range added(theirs) {
		uid, ok := here[text]
		if !ok || uid == there {
			continue
		}
		if _, both := merged[uid]; !both {
			continue
		}
		if _, both := merged[there]; !both {
			continue
		}
		delete(merged, max(uid, there))
	}
}

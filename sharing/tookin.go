package sharing

import (
	"slices"
	"time"

	"family-online-safety/data"
)

// applyTaking is Apply, saying too whether anything came in: a change
// taken without a question, or a question answered otherwise than by
// keeping this computer's version. Every answer "keep" takes nothing
// in, however long the summary.
func applyTaking(s Store, f File, mode data.ImportMode, choices map[string]data.Resolution) (Summary, bool, error) {
	plan, err := s.ApplyShared(f.Family, mode, choices)
	if err != nil {
		return Summary{}, false, fitError(err)
	}
	refused(plan, choices)
	took := slices.ContainsFunc(plan, func(c data.Change) bool { return tookIn(c, choices) })
	return summarise(f, plan), took, nil
}

// refused leaves out of plan what was refused: it changed nothing.
func refused(plan []data.Change, choices map[string]data.Resolution) {
	for i, c := range plan {
		if c.Asks && c.Kind != data.Conflict && c.Section != "agreement" && choices[c.UID] == data.KeepMine {
			plan[i].Kind = 0
		}
	}
}

// tookIn reports whether change c, answered with choices, brought
// something in.
func tookIn(c data.Change, choices map[string]data.Resolution) bool {
	switch {
	case c.Kind == 0 && c.Bulk == 0: // left out, or said apart
		return false
	case c.Asks || c.Kind == data.Conflict || c.Bulk > 0:
		return answeredTaking(c, choices)
	}
	return true
}

// answeredTaking reports whether a question's answers take anything of
// the file's: one of its answers is not "keep this computer's" (none
// given: its default).
func answeredTaking(c data.Change, choices map[string]data.Resolution) bool {
	keys := []string{c.UID}
	for _, it := range append(slices.Clone(c.Removals), c.Items...) {
		keys = append(keys, it.Key)
	}
	for _, l := range c.Limits {
		keys = append(keys, l.Key)
	}
	answered := false
	for _, k := range keys {
		if r, ok := choices[k]; ok {
			answered = true
			if r != data.KeepMine {
				return true
			}
		}
	}
	return !answered && c.Default != data.KeepMine
}

// apply takes in a file after a backup, in one transaction (Apply).
func (s *Syncer) apply(name string, f File, state fileState, choices map[string]data.Resolution, now time.Time) (Summary, bool) {
	sum, took, err := applyTaking(s.store, f, data.ImportMerge, choices)
	s.handled[name] = state
	if err != nil {
		s.problems[name] = err
		return Summary{}, false
	}
	delete(s.problems, name)
	if !took { // every answer kept this computer's: nothing came in
		sum.Lines = nil
		return sum, true
	}
	s.lastIn, s.lastFrom = now, name
	return sum, true
}

package sharing

import (
	"slices"
	"time"

	"family-online-safety/data"
)

// A flood refused (the grouped question about many new records of one
// kind from one file, answered "Do not take them") is kept in the store,
// so it is not asked again after a restart, nor when that file is sealed
// again with other changes: only when its flood changes (data.Change.Flood).
// Its records are then left out of the file's plan, as the answer left
// them out; the file's other changes come in as usual.

// refusals are the floods refused, read from the store the first time
// (the store is open then: Take and Resolve run unlocked).
func (s *Syncer) refusals() []data.RefusedFlood {
	if !s.readRefusals {
		if list, err := s.store.RefusedFloods(); err == nil {
			s.refused, s.readRefusals = list, true
		}
	}
	return s.refused
}

// withoutRefused is plan, from the file name, without the floods refused
// before: neither the question nor its records.
func (s *Syncer) withoutRefused(name string, plan []data.Change) []data.Change {
	var gone []string
	for _, c := range plan {
		if c.Bulk > 0 && slices.Contains(s.refusals(), data.RefusedFlood{File: name, Section: c.Section, Flood: c.Flood}) {
			gone = append(gone, c.Section)
		}
	}
	if len(gone) == 0 {
		return plan
	}
	return slices.DeleteFunc(plan, func(c data.Change) bool {
		return slices.Contains(gone, c.Section) && (c.Bulk > 0 || c.InFlood())
	})
}

// keepRefusals keeps, after the carer answered the file name's
// questions, each flood not taken, and forgets an older refusal of that
// file's kind. Keeping it is no change to write out.
func (s *Syncer) keepRefusals(name string, sum Summary, choices map[string]data.Resolution, now time.Time) {
	list := slices.Clone(s.refusals())
	for _, c := range sum.Asks {
		if c.Bulk == 0 {
			continue
		}
		list = slices.DeleteFunc(list, func(r data.RefusedFlood) bool { return r.File == name && r.Section == c.Section })
		if choices[c.UID] != data.TakeTheirs {
			list = append(list, data.RefusedFlood{File: name, Section: c.Section, Flood: c.Flood})
		}
	}
	s.saveRefusals(list, now)
}

// saveRefusals keeps list as the refusals. Keeping it is no change to
// write out.
func (s *Syncer) saveRefusals(list []data.RefusedFlood, now time.Time) {
	if slices.Equal(list, s.refused) {
		return
	}
	s.noticeChanges(now) // a change made meanwhile is still written
	if err := s.store.SaveRefusedFloods(list); err == nil {
		s.readRefusals = false // read back as kept (the newest few)
		s.count = s.store.WriteCount()
	}
}

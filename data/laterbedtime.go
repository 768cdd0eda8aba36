package data

// laterBedtime moves the night's device-free times of a later bedtime's
// date to start at that bedtime, or drops one the bedtime runs past the
// end of. changes are the child's for the date of occ. A night's time
// starts in the afternoon or evening and runs past midnight or past the
// later bedtime: dinner at 18:00 still holds on a film night, and a
// morning time is no bedtime.
func laterBedtime(changes []DayChange, occ []Occurrence) []Occurrence {
	for _, c := range changes {
		if c.Kind != ChangeBedtime {
			continue
		}
		out := occ[:0:0]
		for _, o := range occ {
			bed := c.Ends(o.Start.Location())
			evening := Day(o.Start).Equal(c.Day) && o.Start.Hour()*60+o.Start.Minute() >= MorningEndsBefore
			night := evening && (o.Window.CrossesMidnight() || o.End.After(bed))
			switch {
			case !night || !bed.After(o.Start):
				out = append(out, o)
			case bed.Before(o.End):
				o.Start = bed
				out = append(out, o)
			}
		}
		occ = out
	}
	return occ
}

package data

// laterBedtime moves the evening device-free times of a later bedtime's date to
// start at that bedtime, or drops one the bedtime runs past the end of.
// changes are the child's for the date of occ. Only times starting in
// the afternoon or evening move: a morning time is no bedtime.
func laterBedtime(changes []DayChange, occ []Occurrence) []Occurrence {
	for _, c := range changes {
		if c.Kind != ChangeBedtime {
			continue
		}
		out := occ[:0:0]
		for _, o := range occ {
			bed := c.Ends(o.Start.Location())
			evening := Day(o.Start).Equal(c.Day) && o.Start.Hour()*60+o.Start.Minute() >= MorningEndsBefore
			switch {
			case !evening || !bed.After(o.Start):
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

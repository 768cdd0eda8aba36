package printout

import (
	"time"

	"family-online-safety/content"
	"family-online-safety/data"
)

// Words in the chosen language, shared by the documents. The same keys as
// the agreement screen, so paper and screen say the same thing.

// limitText is one day's limit: a duration, "no screens" or "not set".
func limitText(w data.Words, l data.Limit) string {
	switch {
	case !l.Set:
		return w.T("print.limit.none")
	case l.Minutes == 0:
		return w.T("print.limit.zero")
	}
	return data.DurationText(w, l.Minutes)
}

// dateText is a day as the region writes dates, as on screen.
func dateText(w data.Words, t time.Time) string { return content.FormatDate(content.RegionOf(w), t) }

// places lists the device-free places switched on, built-in ones first.
func places(w data.Words, a data.Agreement) []string {
	var out []string
	for _, key := range data.BuiltinPlaces {
		if a.HasPlace(key) {
			out = append(out, w.T("agreement.place."+key))
		}
	}
	for _, it := range a.Custom {
		out = append(out, it.Text)
	}
	return out
}

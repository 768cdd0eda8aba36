package data

import (
	"time"
)

// seedDemoAgreement fills the demo family's agreement: limits for each
// child, bedtimes, dinner and homework, device-free places, rules signed by
// everyone about two months ago, and the version they signed before.
func seedDemoAgreement(s *Store, now time.Time) error {
	kids, err := s.Children()
	if err != nil {
		return err
	}
	id := map[string]ID{}
	for _, c := range kids {
		id[c.Name] = c.ID
	}
	amira, leo, maisie := id["Amira"], id["Leo"], id["Maisie"]
	week := func(school, weekend int) Week {
		sl, wl := Minutes(school), Minutes(weekend)
		return Week{sl, sl, sl, sl, sl, wl, wl}
	}
	a := Agreement{
		Limits: map[ID]Week{
			amira:  week(2*60, 3*60),
			leo:    week(90, 2*60+30),
			maisie: week(60, 60), // the WHO's "no more than 1 hour" for 2 to 4
		},
		Places:       []string{PlaceBedroomsAtNight, PlaceDinnerTable, PlaceBathroom},
		ReviewMonths: 3,
	}
	add := func(list *[]Item, texts ...string) {
		for _, t := range texts {
			*list = append(*list, Item{ID: a.newID(), Text: t})
		}
	}
	win := func(w Window) {
		w.ID = a.newID()
		a.Windows = append(a.Windows, w)
	}
	win(Window{Label: "Bedtime", Days: EveryDay, Start: 19*60 + 30, End: 7 * 60, Children: []ID{leo, maisie}})
	win(Window{Label: "Bedtime", Days: Days{true, true, true, true, false, false, true}, Start: 21*60 + 30, End: 7 * 60, Children: []ID{amira}})
	win(Window{Label: "Bedtime", Days: Days{false, false, false, false, true, true, false}, Start: 22*60 + 30, End: 8 * 60, Children: []ID{amira}})
	win(Window{Label: "Dinner", Days: EveryDay, Start: 18 * 60, End: 18*60 + 45, Everyone: true})
	win(Window{Label: "Homework", Days: Days{true, true, true, true, false, false, false}, Start: 16*60 + 30, End: 17*60 + 30, Children: []ID{amira, leo}})
	add(&a.Custom, "The car on the way to school")
	add(&a.Rules,
		"We ask a grown-up before downloading a new app or game.",
		"If something online upsets or worries us, we tell a grown-up. We will not be in trouble for telling.",
		"We keep passwords, where we are and our school private.",
		"No phones, tablets or games at dinner.",
		"We only meet someone we know from online with a parent there.",
		"Games with chat are played in the living room.")
	add(&a.Promises,
		"We will stay calm and listen, whatever you tell us.",
		"If someone online upsets or tricks you, it is never your fault.",
		"We will not take your phone or games away because you told us about something.")
	add(&a.Consequences,
		"We sit down and talk about what happened and why.",
		"We agree together how to put it right.")

	// The first version, signed five months ago, had fewer rules and no
	// homework time; it was changed three months later and signed again.
	first := a
	first.Limits = map[ID]Week{amira: week(90, 3*60), leo: week(60, 2*60), maisie: week(60, 60)}
	first.Windows = a.Windows[:4]
	first.Rules = a.Rules[:4]
	first.Version = 1
	firstSigned := now.AddDate(0, -5, -3)
	first.Signatures = signatures(firstSigned, "Rachel", "Tom", "Amira", "Leo", "Maisie")

	a.Version = 2
	agreed := now.AddDate(0, -2, -4)
	a.Signatures = signatures(agreed, "Rachel", "Tom", "Amira", "Leo", "Maisie")

	return s.db.Update(func(tx txn) error {
		snapshot, err := encode(first)
		if err != nil {
			return err
		}
		if err := archive(tx, snapshot, agreed.Add(-time.Hour)); err != nil {
			return err
		}
		return put(tx, bucketAgreement, keyAgreement, a)
	})
}

// signatures signs for each name a few minutes apart, one evening.
func signatures(day time.Time, names ...string) []Signature {
	y, m, d := day.Date()
	at := time.Date(y, m, d, 19, 0, 0, 0, day.Location())
	var out []Signature
	for i, n := range names {
		out = append(out, Signature{Name: n, SignedAt: at.Add(time.Duration(i*3) * time.Minute)})
	}
	return out
}

package data

import (
	"slices"
	"time"
)

// The sample family's own contacts follow the region chosen. In the UK
// the numbers are from Ofcom's ranges kept for drama (01632 960xxx), so
// none of them rings a real phone. Elsewhere the app knows no range kept
// for drama, so the contacts give no number, only emails at example.org
// (a domain kept for examples), and their words are the region-neutral
// ones the contact roles use there (doctor, child protection services).
var demoContactsUK = []Contact{
	{Name: "Mrs Hughes, Greenfield Primary", Role: RoleSchool, Phone: "01632 960418",
		Email: "safeguarding@greenfield.example.org", Notes: "Designated safeguarding lead at Leo's school. Term time, 8:30 to 16:00."},
	{Name: "Children's services (front door)", Role: RoleCouncil, Phone: "01632 960271",
		Notes: "The council's team for worries about a child. Weekdays 9:00 to 17:00."},
	{Name: "Council out-of-hours team", Role: RoleOutOfHours, Phone: "01632 960999",
		Notes: "Evenings, weekends and bank holidays."},
	{Name: "Riverside Surgery", Role: RoleGP, Phone: "01632 960552",
		Notes: "Dr Okafor is the family's GP."},
}

var demoContactsElsewhere = []Contact{
	{Name: "Mrs Hughes, Greenfield School", Role: RoleSchool, Email: "child-safety@greenfield.example.org",
		Notes: "The teacher who deals with worries about children's safety at Leo's school. School days, 8:30 to 16:00. A sample: add your own school's number."},
	{Name: "Riverside child protection team", Role: RoleCouncil, Email: "worried@child-protection.example.org",
		Notes: "The local team for worries about a child. Weekdays 9:00 to 17:00. A sample: add your own area's number."},
	{Name: "Child protection, after hours", Role: RoleOutOfHours, Email: "after-hours@child-protection.example.org",
		Notes: "Evenings, weekends and public holidays."},
	{Name: "Riverside Medical Centre", Role: RoleGP, Email: "reception@riverside.example.org",
		Notes: "Dr Okafor is the family's doctor."},
}

// demoIsUK reports whether the sample family lives in the UK: the region
// chosen, or none yet (the UK is the default region).
func demoIsUK(region string) bool { return region == "" || region == "GB" }

func demoContactsFor(region string) []Contact {
	if demoIsUK(region) {
		return demoContactsUK
	}
	return demoContactsElsewhere
}

func seedDemoHelp(s *Store, _ time.Time) error {
	set, err := s.Settings()
	if err != nil {
		return err
	}
	for _, c := range demoContactsFor(set.Region) {
		if _, err := s.AddContact(c); err != nil {
			return err
		}
	}
	return nil
}

// FitDemoToRegion makes the sample family's contacts, placement numbers
// and school words follow the region now chosen. It does nothing to a
// family that is not the demo, and leaves alone whatever the user added
// or changed in the demo.
func (s *Store) FitDemoToRegion() error {
	set, err := s.Settings()
	if err != nil || !set.Demo {
		return err
	}
	all, err := s.Contacts()
	if err != nil {
		return err
	}
	want := demoContactsFor(set.Region)
	for _, c := range all {
		if isDemoContact(c) && !slices.ContainsFunc(want, func(w Contact) bool { return sameDemoContact(c, w) }) {
			if err := s.DeleteContact(c.ID); err != nil {
				return err
			}
		}
	}
	for _, w := range want {
		if !slices.ContainsFunc(all, func(c Contact) bool { return sameDemoContact(c, w) }) {
			if _, err := s.AddContact(w); err != nil {
				return err
			}
		}
	}
	return fitDemoChildren(s, set.Region)
}

// isDemoContact reports whether c is one of the sample contacts, of any
// region, as seeded (an edited one is the user's).
func isDemoContact(c Contact) bool {
	is := func(w Contact) bool { return sameDemoContact(c, w) }
	return slices.ContainsFunc(demoContactsUK, is) || slices.ContainsFunc(demoContactsElsewhere, is)
}

func sameDemoContact(c, w Contact) bool {
	return c.Name == w.Name && c.Role == w.Role && c.Phone == w.Phone && c.Email == w.Email && c.Notes == w.Notes
}

// demoPlacementPhones are the social worker's and the out-of-hours
// team's numbers in the sample placement: drama numbers in the UK, none
// elsewhere (see demoContactsUK).
func demoPlacementPhones(region string) (socialWorker, outOfHours string) {
	if demoIsUK(region) {
		return "01632 960123", "01632 960456"
	}
	return "", ""
}

// fitDemoChildren gives the sample children the notes and placement
// numbers of region, where they are still as seeded.
func fitDemoChildren(s *Store, region string) error {
	kids, err := s.Children()
	if err != nil {
		return err
	}
	for _, k := range kids {
		notes := fitDemoNotes(&k, region)
		phones := fitDemoPlacement(&k, region)
		if notes || phones {
			if err := s.UpdateChild(k); err != nil {
				return err
			}
		}
	}
	return nil
}

// fitDemoNotes gives a sample child region's notes, if still as seeded.
func fitDemoNotes(k *Child, region string) bool {
	for _, d := range demoChildren {
		if d.name != k.Name || d.notes == "" || k.Notes == d.notesIn(region) {
			continue
		}
		if k.Notes == d.notes || k.Notes == d.notesElsewhere {
			k.Notes = d.notesIn(region)
			return true
		}
	}
	return false
}

// fitDemoPlacement gives a placement region's sample numbers, if its
// numbers are still the sample's.
func fitDemoPlacement(k *Child, region string) bool {
	p := &k.Placement
	ukSW, ukOOH := demoPlacementPhones("GB")
	asSeeded := (p.SocialWorkerPhone == ukSW || p.SocialWorkerPhone == "") && (p.OutOfHoursPhone == ukOOH || p.OutOfHoursPhone == "")
	sw, ooh := demoPlacementPhones(region)
	if !k.Placed || !asSeeded || (p.SocialWorkerPhone == sw && p.OutOfHoursPhone == ooh) {
		return false
	}
	p.SocialWorkerPhone, p.OutOfHoursPhone = sw, ooh
	return true
}

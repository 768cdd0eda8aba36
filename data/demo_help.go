package data

import "time"

// demoContacts are the sample family's own contacts. The numbers are from
// Ofcom's ranges kept for drama (01632 960xxx, 07700 900xxx), so none of
// them rings a real phone, and the emails use example.org.
var demoContacts = []Contact{
	{Name: "Mrs Hughes, Greenfield Primary", Role: RoleSchool, Phone: "01632 960418",
		Email: "safeguarding@greenfield.example.org", Notes: "Designated safeguarding lead at Leo's school. Term time, 8:30 to 16:00."},
	{Name: "Children's services (front door)", Role: RoleCouncil, Phone: "01632 960271",
		Notes: "The council's team for worries about a child. Weekdays 9:00 to 17:00."},
	{Name: "Council out-of-hours team", Role: RoleOutOfHours, Phone: "01632 960999",
		Notes: "Evenings, weekends and bank holidays."},
	{Name: "Riverside Surgery", Role: RoleGP, Phone: "01632 960552",
		Notes: "Dr Okafor is the family's GP."},
}

func seedDemoHelp(s *Store, _ time.Time) error {
	for _, c := range demoContacts {
		if _, err := s.AddContact(c); err != nil {
			return err
		}
	}
	return nil
}

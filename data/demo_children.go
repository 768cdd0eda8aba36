package data

import (
	"fmt"
	"time"
)

// seedDemoChildren gives the demo family their app notes, Maisie's
// kinship placement and one entry in her concern log. Dates are relative
// to now, so one of Leo's reviews is always overdue.
func seedDemoChildren(s *Store, now time.Time) error {
	kids, err := s.Children()
	if err != nil {
		return err
	}
	byName := map[string]Child{}
	for _, k := range kids {
		byName[k.Name] = k
	}
	day := func(days int) time.Time { return Day(now.AddDate(0, 0, days)) }
	for name, notes := range map[string][]AppNote{
		"Amira": {
			{AppID: "tiktok", Decision: DecisionConditions,
				Conditions:   "Family Pairing stays on. Phone charges downstairs from 9pm.",
				Checked:      []string{"family-pairing", "private-account", "screen-time-limit"},
				TalksTo:      "Friends from school and her cousins in Leeds.",
				Note:         "She showed us her favourite drawing accounts. We agreed she tells us if anything makes her uncomfortable, and she won't be in trouble.",
				LastReviewed: day(-40), NextReview: day(50)},
			{AppID: "snapchat", Decision: DecisionConditions,
				Conditions:   "Ghost Mode on. Only people she knows in real life as friends.",
				Checked:      []string{"ghost-mode", "contact-friends-only"},
				TalksTo:      "Her form group and two friends from drama club.",
				LastReviewed: day(-25), NextReview: day(20)},
			{AppID: "whatsapp", Decision: DecisionAllowed,
				Checked:      []string{"who-can-add-to-groups", "last-seen-contacts"},
				TalksTo:      "The family group, her grandparents and school friends.",
				LastReviewed: day(-60), NextReview: day(60)},
		},
		"Leo": {
			{AppID: "minecraft", Decision: DecisionConditions,
				Conditions:   "Only on our own world or a friend's world from school. Downstairs, not in his room.",
				Checked:      []string{"multiplayer-limited", "chat-friends-only"},
				TalksTo:      "Josh and Kai from his class.",
				Note:         "Loves building. Ask him to show us what he has made.",
				LastReviewed: day(-100), NextReview: day(-10)},
			{AppID: "roblox", Decision: DecisionConditions,
				Conditions:   "Chat only with friends we know. Ask before spending any Robux.",
				Checked:      []string{"parent-account-linked", "spending-limit"},
				TalksTo:      "Friends from school and his cousin.",
				LastReviewed: day(-30), NextReview: day(30)},
			{AppID: "youtube-kids", Decision: DecisionAllowed,
				Checked:      []string{"content-level", "timer"},
				LastReviewed: day(-20), NextReview: day(70)},
		},
	} {
		child, ok := byName[name]
		if !ok {
			return fmt.Errorf("demo child %s is missing", name)
		}
		for _, n := range notes {
			n.ChildID = child.ID
			if _, err := s.AddAppNote(n); err != nil {
				return err
			}
		}
	}

	maisie, ok := byName["Maisie"]
	if !ok {
		return fmt.Errorf("demo child Maisie is missing")
	}
	set, err := s.Settings()
	if err != nil {
		return err
	}
	maisie.Placed = true
	maisie.Placement = Placement{
		Start:              Day(now.AddDate(0, -5, 0)),
		SocialWorker:       "Priya Shah",
		DelegatedAuthority: "We can agree to day trips, haircuts and school activities. Overnight stays and new apps need Priya's agreement first.",
		PhotoRules:         "No photos of Maisie on social media or in group chats. Photos at home for her life-story book are fine.",
		Contact:            "Supervised contact with her mum every other Saturday at the family centre. Video call with her grandad on Wednesday evenings.",
	}
	maisie.Placement.SocialWorkerPhone, maisie.Placement.OutOfHoursPhone = demoPlacementPhones(set.Region)
	if err := s.UpdateChild(maisie); err != nil {
		return err
	}
	_, err = s.AddConcern(Concern{
		ChildID:  maisie.ID,
		Date:     day(-12),
		Happened: "After contact, Maisie said an older child had shown her a scary video on a tablet. She was upset at bedtime and didn't want the light off.",
		Done:     "Comforted her and listened. Told her she had done the right thing telling us. Agreed with the family centre that tablets are used only with an adult in the room.",
		Told:     "Priya (social worker) by phone the next morning; our supervising social worker by email the same day.",
	})
	return err
}

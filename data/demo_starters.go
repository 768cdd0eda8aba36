package data

import (
	"time"

	"family-online-safety/content"
)

// seedDemoStarters gives the demo family a few past conversations, a
// favourite and one starter of their own.
func seedDemoStarters(s *Store, now time.Time) error {
	kids, err := s.Children()
	if err != nil {
		return err
	}
	byName := map[string]ID{}
	for _, c := range kids {
		byName[c.Name] = c.ID
	}
	day := func(daysAgo int) string { return now.AddDate(0, 0, -daysAgo).Format(DateLayout) }
	talks := []Discussion{
		{ChildID: byName["Amira"], StarterID: "social-likes-and-mood", Date: day(40), Note: "She feels worse after scrolling late. We agreed phones charge in the kitchen."},
		{ChildID: byName["Amira"], StarterID: "images-received-a-nude", Date: day(12), Note: "She knows she would not be in trouble and can tell me or her aunt."},
		{ChildID: byName["Leo"], StarterID: "games-who-can-talk", Date: day(20), Note: "Set chat to friends only together."},
		{ChildID: byName["Leo"], StarterID: "money-loot-boxes", Date: day(3)},
		{ChildID: byName["Maisie"], StarterID: "videochat-who-shall-we-call", Date: day(5), Note: "Called Grandad. She pressed the red button herself."},
	}
	for _, d := range talks {
		if d.ChildID == 0 {
			continue
		}
		if _, err := s.MarkDiscussed(d); err != nil {
			return err
		}
	}
	if _, err := s.AddOwnStarter(OwnStarter{
		Question: "If someone in your Minecraft server asked to be your friend on another app, what would you say?",
		Tip:      "Leo plays on a server with school friends. Ask who runs it, and agree he checks with you before adding anyone new.",
		Bands:    []content.Band{content.Band8to10},
		Topic:    content.TopicGames,
	}); err != nil {
		return err
	}
	return s.SetFavourite("feelings-never-in-trouble", true)
}

package screens

import (
	"family-online-safety/content"
	"family-online-safety/data"
)

// StartersOpener opens the conversation starters filtered for one child
// (their age band) and one topic, as Home's review prompts and a child's
// "At this age" notes link to them.
type StartersOpener interface {
	ShowStarters(child data.ID, topic content.Topic)
}

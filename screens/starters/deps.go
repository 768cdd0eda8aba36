// Package starters is the conversation starters screen: browse and filter
// the library, copy a starter, mark it as talked about, keep the family's
// own; and Home's starter for today.
package starters

import (
	"family-online-safety/data"
	"family-online-safety/screens"
)

// Store is what the conversation starters screen reads and writes.
type Store interface {
	ActiveChildren() ([]data.Child, error)
	Discussions(childID data.ID) ([]data.Discussion, error)
	MarkDiscussed(d data.Discussion) (data.Discussion, error)
	DeleteDiscussion(childID, id data.ID) error
	OwnStarters() ([]data.OwnStarter, error)
	AddOwnStarter(o data.OwnStarter) (data.OwnStarter, error)
	UpdateOwnStarter(o data.OwnStarter) error
	DeleteOwnStarter(id data.ID) error
	StarterMarks() (map[string]data.StarterMark, error)
	SetFavourite(starterID string, on bool) error
	SetHidden(starterID string, on bool) error
}

// TodayStore is what Home's "starter for today" reads and writes.
type TodayStore interface {
	Discussions(childID data.ID) ([]data.Discussion, error)
	MarkDiscussed(d data.Discussion) (data.Discussion, error)
	StarterMarks() (map[string]data.StarterMark, error)
}

// messages are this screen's own words for a refused value.
var messages = screens.Messages{
	screens.Key(data.FieldDiscussionDate, data.RuleFormat):  "date.invalid",
	screens.Key(data.FieldDiscussionDate, data.RuleFuture):  "starters.mark.date.future",
	screens.Key(data.FieldDiscussionNote, data.RuleTooLong): "starters.mark.note.long",
	screens.Key(data.FieldOwnQuestion, data.RuleRequired):   "starters.own.question.missing",
	screens.Key(data.FieldOwnQuestion, data.RuleTooLong):    "starters.own.question.long",
	screens.Key(data.FieldOwnTip, data.RuleTooLong):         "starters.own.tip.long",
	screens.Key(data.FieldOwnBands, data.RuleRequired):      "starters.own.bands.missing",
	screens.Key(data.FieldOwnTopic, data.RuleRequired):      "starters.own.topic.missing",
}

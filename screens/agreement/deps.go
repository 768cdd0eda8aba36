// Package agreement is the family agreement screen (screen-time limits,
// device-free times and places, house rules, signatures) and Home's
// section on what the agreement puts in force right now.
package agreement

import (
	"time"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// Store is what the family agreement screen reads and changes.
// Each call is one saved change.
type Store interface {
	Agreement() (data.Agreement, error)
	AgreementHistory() ([]data.AgreementVersion, error)
	SetLimit(child data.ID, day int, l data.Limit) error
	SetWeek(child data.ID, w data.Week) error
	AddWindow(w data.Window) (data.Window, error)
	UpdateWindow(w data.Window) error
	DeleteWindow(id data.ID) error
	SetPlace(key string, on bool) error
	AddItem(l data.List, text string) (data.Item, error)
	UpdateItem(l data.List, id data.ID, text string) error
	MoveItem(l data.List, id data.ID, delta int) error
	DeleteItem(l data.List, id data.ID) error
	UndoDelete() error
	Sign(name string, at time.Time) error
	SetReviewMonths(months int) error
	DayChanges(child data.ID) ([]data.DayChange, error) // for printouts: the plan in force
	HolidayStore
}

// HolidayStore keeps the holiday periods and the holiday limits.
type HolidayStore interface {
	Holidays() ([]data.Holiday, error)
	AddHoliday(h data.Holiday) (data.Holiday, error)
	UpdateHoliday(h data.Holiday) error
	DeleteHoliday(id data.ID) error
	SetHolidayLimit(child data.ID, day int, l data.Limit) error
	SetHolidayWeek(child data.ID, w data.Week) error
}

// Reader reads what Home needs to say what is in force: the agreement,
// the holidays and a child's today-only changes.
type Reader interface {
	Agreement() (data.Agreement, error)
	Holidays() ([]data.Holiday, error)
	DayChanges(child data.ID) ([]data.DayChange, error)
}

// messages are this screen's own words for a refused value.
var messages = screens.Messages{
	screens.Key(data.FieldWindowLabel, data.RuleRequired): "agreement.window.err.label",
	screens.Key(data.FieldWindowDays, data.RuleRequired):  "agreement.window.err.days",
	screens.Key(data.FieldWindowTimes, data.RuleRange):    "agreement.window.err.time",
	screens.Key(data.FieldWindowTimes, data.RuleSame):     "agreement.window.err.same",
	screens.Key(data.FieldWindowWho, data.RuleRequired):   "agreement.window.err.who",
	screens.Key(data.FieldWindows, data.RuleFull):         "agreement.window.err.full",
	screens.Key(data.FieldItemText, data.RuleRequired):    "agreement.item.empty",
	screens.Key(data.FieldLimit, data.RuleRange):          "agreement.limits.invalid",
	screens.Key(data.FieldLimitHours, data.RuleRange):     "agreement.limits.err.hours",
	screens.Key(data.FieldLimitMinutes, data.RuleRange):   "agreement.limits.err.minutes",
	screens.Key(data.FieldLimitHours, data.RuleFormat):    "agreement.limits.err.hours_format",
	screens.Key(data.FieldLimitMinutes, data.RuleFormat):  "agreement.limits.err.minutes_format",
	screens.Key(data.FieldSignature, data.RuleRequired):   "agreement.sign.err.empty",
	screens.Key(data.FieldSignature, data.RuleDuplicate):  "agreement.sign.err.twice",
}

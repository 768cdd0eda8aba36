package data

import (
	"errors"
	"fmt"
)

// Rule names what a refused value broke. Screens turn a rule into words
// in the user's language; the English in Error is for logs and tests.
type Rule string

// The rules a value can break.
const (
	RuleRequired  Rule = "required"  // empty, or nothing chosen
	RuleTooLong   Rule = "too_long"  // longer than Max characters
	RuleRange     Rule = "range"     // outside Min to Max
	RuleFuture    Rule = "future"    // a date after today
	RuleFormat    Rule = "format"    // not written as expected (a date, a phone number)
	RuleUnknown   Rule = "unknown"   // not one of the allowed values
	RuleSame      Rule = "same"      // a start equal to its end
	RuleOrder     Rule = "order"     // a later date before an earlier one
	RuleFull      Rule = "full"      // a list that already holds Max entries
	RuleDuplicate Rule = "duplicate" // already there
	RuleOverlap   Rule = "overlap"   // dates shared with another period
)

// The fields a FieldError can name, one per value a form edits.
const (
	FieldWindowLabel     = "window.label"
	FieldWindowDays      = "window.days"
	FieldWindowTimes     = "window.times"
	FieldWindowWho       = "window.who"
	FieldWindows         = "windows"
	FieldItemText        = "item.text"
	FieldItemList        = "item.list"
	FieldItems           = "items"
	FieldLimit           = "limit"
	FieldLimitDay        = "limit.day"
	FieldPlace           = "place"
	FieldSignature       = "signature.name"
	FieldSignatures      = "signatures"
	FieldReviewMonths    = "review.months"
	FieldChildName       = "child.name"
	FieldChildBirth      = "child.birth"
	FieldConcernDate     = "concern.date"
	FieldConcernHappened = "concern.happened"
	FieldDiscussionStart = "discussion.starter"
	FieldDiscussionDate  = "discussion.date"
	FieldDiscussionNote  = "discussion.note"
	FieldOwnQuestion     = "own.question"
	FieldOwnTip          = "own.tip"
	FieldOwnBands        = "own.bands"
	FieldOwnTopic        = "own.topic"
	FieldMarkStarter     = "mark.starter"
	FieldAppNoteApp      = "appnote.app"
	FieldAppNoteName     = "appnote.name"
	FieldAppNoteDecision = "appnote.decision"
	FieldAppNoteReview   = "appnote.next_review"
	FieldContactName     = "contact.name"
	FieldContactRole     = "contact.role"
	FieldContactPhone    = "contact.phone"
	FieldContactEmail    = "contact.email"
	FieldContactNotes    = "contact.notes"
	FieldContactID       = "contact.id"
)

// FieldError says which value was refused, by which rule, and the limits
// that apply. It wraps ErrInvalid (and Reason, when set), so callers can
// test errors.Is(err, ErrInvalid) and read the detail with errors.As.
type FieldError struct {
	Field    string
	Rule     Rule
	Min, Max int   // the allowed range or length, when the rule has one
	Reason   error // a finer sentinel such as ErrAlreadySigned; may be nil
}

func (e *FieldError) Error() string {
	msg := fmt.Sprintf("invalid %s: %s", e.Field, e.Rule)
	switch e.Rule {
	case RuleTooLong, RuleFull:
		msg += fmt.Sprintf(" (at most %d)", e.Max)
	case RuleRange:
		msg += fmt.Sprintf(" (from %d to %d)", e.Min, e.Max)
	}
	if e.Reason != nil {
		msg += ": " + e.Reason.Error()
	}
	return msg
}

// Unwrap gives ErrInvalid and the finer reason, if any.
func (e *FieldError) Unwrap() []error {
	if e.Reason != nil {
		return []error{ErrInvalid, e.Reason}
	}
	return []error{ErrInvalid}
}

// AsFieldError returns the FieldError inside err, if there is one.
func AsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}

func invalid(field string, rule Rule) *FieldError {
	return &FieldError{Field: field, Rule: rule}
}

func tooLong(field string, max int) *FieldError {
	return &FieldError{Field: field, Rule: RuleTooLong, Max: max}
}

func outOfRange(field string, lo, hi int) *FieldError {
	return &FieldError{Field: field, Rule: RuleRange, Min: lo, Max: hi}
}

func full(field string, max int) *FieldError {
	return &FieldError{Field: field, Rule: RuleFull, Max: max}
}

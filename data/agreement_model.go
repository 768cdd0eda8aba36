package data

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// The family agreement's model and its rules; agreement.go stores it.

// Bounds that keep every list on the agreement short enough to show in
// full on one screen. Device-free times allow for a large household: a
// school-night and a weekend bedtime for each of many children.
const (
	MaxWindows       = 60
	MaxItems         = 30 // rules, promises, consequences and places, each
	MaxItemLength    = 200
	MaxLabelLength   = 40
	MaxSignatures    = 12
	MinutesPerDay    = 24 * 60
	DefaultReviewMon = 3
)

// Limit is one day's screen time for one child. The zero value is "no
// limit set"; a set limit of 0 minutes means no screen time that day.
type Limit struct {
	Set     bool `json:"set,omitempty"`
	Minutes int  `json:"min,omitempty"` // 0 to MinutesPerDay
}

// Minutes returns a set limit of m minutes.
func Minutes(m int) Limit { return Limit{Set: true, Minutes: m} }

// Week holds one limit per day, Monday first (see DayIndex).
type Week [7]Limit

// DayIndex maps a weekday to its place in a Week: Monday 0 … Sunday 6.
func DayIndex(d time.Weekday) int { return (int(d) + 6) % 7 }

// Days is a set of weekdays, Monday first.
type Days [7]bool

// EveryDay, SchoolDays (Monday to Friday) and Weekend are common sets.
var (
	EveryDay   = Days{true, true, true, true, true, true, true}
	SchoolDays = Days{true, true, true, true, true, false, false}
	Weekend    = Days{false, false, false, false, false, true, true}
)

// Any reports whether at least one day is chosen.
func (d Days) Any() bool { return slices.Contains(d[:], true) }

// Window is a device-free time: from Start to End (minutes since midnight)
// on each chosen day. End before Start means it runs past midnight and
// ends the next morning: Days name the day it starts.
type Window struct {
	ID       ID     `json:"id"`
	Label    string `json:"label"`
	Days     Days   `json:"days"`
	Start    int    `json:"start"` // 0–1439
	End      int    `json:"end"`   // 0–1439, never equal to Start
	Everyone bool   `json:"everyone"`
	Children []ID   `json:"children,omitempty"` // when not Everyone
	When     Period `json:"when,omitempty"`     // term time, holidays or always
	UID      string `json:"uid,omitempty"`      // names it in every home (itemUID)
}

// AppliesTo reports whether the window is for the given child.
func (w Window) AppliesTo(child ID) bool {
	return w.Everyone || slices.Contains(w.Children, child)
}

// CrossesMidnight reports whether the window ends the day after it starts.
func (w Window) CrossesMidnight() bool { return w.End < w.Start }

// Validate tidies and checks a window before it is saved: the first of
// its Problems.
func (w *Window) Validate() error {
	w.Label = strings.TrimSpace(w.Label)
	if p := w.Problems(); len(p) > 0 {
		return p[0]
	}
	if w.Everyone {
		w.Children = nil
	}
	return nil
}

// Problems is every rule the window breaks, at most one per field, in
// the order of the form's fields, so a form can say them all at once.
func (w Window) Problems() []error {
	var out []error
	label := strings.TrimSpace(w.Label)
	switch {
	case label == "":
		out = append(out, invalid(FieldWindowLabel, RuleRequired))
	case len([]rune(label)) > MaxLabelLength:
		out = append(out, tooLong(FieldWindowLabel, MaxLabelLength))
	}
	if !w.Days.Any() {
		out = append(out, invalid(FieldWindowDays, RuleRequired))
	}
	switch {
	case w.Start < 0 || w.Start >= MinutesPerDay || w.End < 0 || w.End >= MinutesPerDay:
		out = append(out, outOfRange(FieldWindowTimes, 0, MinutesPerDay-1))
	case w.Start == w.End:
		out = append(out, &FieldError{Field: FieldWindowTimes, Rule: RuleSame, Reason: ErrSameStartEnd})
	}
	if !w.Everyone && len(w.Children) == 0 {
		out = append(out, invalid(FieldWindowWho, RuleRequired))
	}
	if err := validPeriod(w.When); err != nil {
		out = append(out, err)
	}
	return out
}

// ErrSameStartEnd: a device-free time starts and ends at the same minute.
var ErrSameStartEnd = errors.New("the start and end are the same time")

// Item is one entry of an ordered list on the agreement: a house rule, a
// grown-ups' promise, a consequence or a custom device-free place.
type Item struct {
	ID   ID     `json:"id"`
	Text string `json:"text"`
	// UID names the item in every home, so a rewording or a deletion in
	// one home is taken as such in the other (agreementmerge.go).
	UID string `json:"uid,omitempty"`
}

// List names one of the agreement's ordered lists.
type List string

// The agreement's lists.
const (
	ListRules        List = "rules"
	ListPromises     List = "promises"
	ListConsequences List = "consequences"
	ListPlaces       List = "places" // custom device-free places
)

// Lists is every List, in the order the screen shows them.
var Lists = []List{ListRules, ListPromises, ListConsequences, ListPlaces}

// The built-in device-free places a family can switch on.
const (
	PlaceBedroomsAtNight = "bedrooms-night"
	PlaceDinnerTable     = "dinner-table"
	PlaceBathroom        = "bathroom"
)

// BuiltinPlaces lists the built-in places in display order.
var BuiltinPlaces = []string{PlaceBedroomsAtNight, PlaceDinnerTable, PlaceBathroom}

// Signature is one family member's typed name.
type Signature struct {
	Name     string    `json:"name"`
	SignedAt time.Time `json:"signed_at"`
}

// Deleted is the last window or list item deleted, kept so the deletion
// can be undone once.
type Deleted struct {
	List   List    `json:"list,omitempty"` // empty for a window
	Index  int     `json:"index"`
	Item   *Item   `json:"item,omitempty"`
	Window *Window `json:"window,omitempty"`
}

// Agreement is the family's plan, one for the whole family.
type Agreement struct {
	Limits map[ID]Week `json:"limits,omitempty"` // by child
	// HolidayLimits are the limits on holiday days, by child; a day not
	// set there follows Limits (LimitOn).
	HolidayLimits map[ID]Week `json:"holiday_limits,omitempty"`
	Windows       []Window    `json:"windows,omitempty"`
	Places        []string    `json:"places,omitempty"` // built-in places switched on
	Custom        []Item      `json:"custom_places,omitempty"`
	Rules         []Item      `json:"rules,omitempty"`
	Promises      []Item      `json:"promises,omitempty"`
	Consequences  []Item      `json:"consequences,omitempty"`
	Signatures    []Signature `json:"signatures,omitempty"`
	ReviewMonths  int         `json:"review_months,omitempty"` // 0 means DefaultReviewMon
	// Version counts signed versions: 1 for the first, 2 after changes
	// were signed again, and so on.
	Version int `json:"version,omitempty"`
	// ChangedAt is set when the agreement is changed after it was signed
	// (the signed version then moves to the history).
	ChangedAt time.Time `json:"changed_at,omitzero"`
	LastID    ID        `json:"last_id,omitempty"`
	Undo      *Deleted  `json:"undo,omitempty"`
	// OrderAt is, for each list put in a new order, the version of that
	// reorder (its time and device), shared so that the other home can
	// tell which home reordered (agreementorder.go).
	OrderAt map[List]string `json:"order_at,omitempty"`
}

// Signed reports whether anyone has signed the current version.
func (a Agreement) Signed() bool { return len(a.Signatures) > 0 }

// AgreedOn is the day the current version was first signed; zero when
// nobody has signed it.
func (a Agreement) AgreedOn() time.Time {
	var first time.Time
	for _, s := range a.Signatures {
		if first.IsZero() || s.SignedAt.Before(first) {
			first = s.SignedAt
		}
	}
	return first
}

// Review is how many months after agreeing the family looks at it again.
func (a Agreement) Review() int {
	if a.ReviewMonths <= 0 {
		return DefaultReviewMon
	}
	return a.ReviewMonths
}

// ReviewOn is the day the agreement is due for review; zero when unsigned.
func (a Agreement) ReviewOn() time.Time {
	agreed := a.AgreedOn()
	if agreed.IsZero() {
		return time.Time{}
	}
	y, m, d := agreed.Date()
	return AddMonths(time.Date(y, m, d, 0, 0, 0, 0, agreed.Location()), a.Review())
}

// ReviewDue reports whether the review day has come.
func (a Agreement) ReviewDue(now time.Time) bool {
	on := a.ReviewOn()
	return !on.IsZero() && !now.Before(on)
}

// List returns one of the ordered lists.
func (a *Agreement) List(l List) []Item {
	return *a.list(l)
}

func (a *Agreement) list(l List) *[]Item {
	switch l {
	case ListPromises:
		return &a.Promises
	case ListConsequences:
		return &a.Consequences
	case ListPlaces:
		return &a.Custom
	default:
		return &a.Rules
	}
}

// HasPlace reports whether a built-in place is switched on.
func (a Agreement) HasPlace(key string) bool { return slices.Contains(a.Places, key) }

// WeekFor returns a child's limits; all "no limit set" when there are none.
func (a Agreement) WeekFor(child ID) Week { return a.Limits[child] }

// AgreementVersion is a signed version kept after the agreement changed.
type AgreementVersion struct {
	ID        ID        `json:"id"`
	Agreement Agreement `json:"agreement"`
	ChangedAt time.Time `json:"changed_at"` // when it stopped being current
}

func validListName(l List) error {
	if !slices.Contains(Lists, l) {
		return invalid(FieldItemList, RuleUnknown)
	}
	return nil
}

func tidyItemText(text string) (string, error) {
	text = strings.TrimSpace(text)
	switch {
	case text == "":
		return "", invalid(FieldItemText, RuleRequired)
	case len([]rune(text)) > MaxItemLength:
		return "", tooLong(FieldItemText, MaxItemLength)
	}
	return text, nil
}

// ValidateLimit checks one day's limit.
func ValidateLimit(l Limit) error {
	if l.Set && (l.Minutes < 0 || l.Minutes > MinutesPerDay) {
		return outOfRange(FieldLimit, 0, MinutesPerDay)
	}
	return nil
}

// tidySignature checks a typed name before it signs.
func tidySignature(name string) (string, error) {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", invalid(FieldSignature, RuleRequired)
	case len([]rune(name)) > MaxNameLength:
		return "", tooLong(FieldSignature, MaxNameLength)
	}
	return name, nil
}

// ErrAlreadySigned: the same name signed this version before.
var ErrAlreadySigned = errors.New("this name has already signed")

// Review months a family can choose between.
const (
	MinReviewMonths = 1
	MaxReviewMonths = 24
)

package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

// The family agreement: one record for the whole family in the agreement
// bucket under keyAgreement, and the versions signed before it under
// keys "history/" + id, oldest first.

var (
	keyAgreement     = []byte("current")
	prefixHistory    = []byte("history/")
	keyHistorySeqKey = []byte("history-seq")
)

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
}

// AppliesTo reports whether the window is for the given child.
func (w Window) AppliesTo(child ID) bool {
	return w.Everyone || slices.Contains(w.Children, child)
}

// CrossesMidnight reports whether the window ends the day after it starts.
func (w Window) CrossesMidnight() bool { return w.End < w.Start }

// Validate tidies and checks a window before it is saved.
func (w *Window) Validate() error {
	w.Label = strings.TrimSpace(w.Label)
	switch {
	case w.Label == "":
		return fmt.Errorf("%w: a device-free time needs a name, such as Bedtime", ErrInvalid)
	case len([]rune(w.Label)) > MaxLabelLength:
		return fmt.Errorf("%w: the name is longer than %d characters", ErrInvalid, MaxLabelLength)
	case !w.Days.Any():
		return fmt.Errorf("%w: choose at least one day", ErrInvalid)
	case w.Start < 0 || w.Start >= MinutesPerDay || w.End < 0 || w.End >= MinutesPerDay:
		return fmt.Errorf("%w: times must be from 00:00 to 23:59", ErrInvalid)
	case w.Start == w.End:
		return fmt.Errorf("%w: %w", ErrInvalid, ErrSameStartEnd)
	case !w.Everyone && len(w.Children) == 0:
		return fmt.Errorf("%w: choose everyone or at least one child", ErrInvalid)
	}
	if w.Everyone {
		w.Children = nil
	}
	return nil
}

// ErrSameStartEnd: a device-free time starts and ends at the same minute.
var ErrSameStartEnd = fmt.Errorf("the start and end are the same time")

// Item is one entry of an ordered list on the agreement: a house rule, a
// grown-ups' promise, a consequence or a custom device-free place.
type Item struct {
	ID   ID     `json:"id"`
	Text string `json:"text"`
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
	Limits       map[ID]Week `json:"limits,omitempty"` // by child
	Windows      []Window    `json:"windows,omitempty"`
	Places       []string    `json:"places,omitempty"` // built-in places switched on
	Custom       []Item      `json:"custom_places,omitempty"`
	Rules        []Item      `json:"rules,omitempty"`
	Promises     []Item      `json:"promises,omitempty"`
	Consequences []Item      `json:"consequences,omitempty"`
	Signatures   []Signature `json:"signatures,omitempty"`
	ReviewMonths int         `json:"review_months,omitempty"` // 0 means DefaultReviewMon
	// Version counts signed versions: 1 for the first, 2 after changes
	// were signed again, and so on.
	Version int `json:"version,omitempty"`
	// ChangedAt is set when the agreement is changed after it was signed
	// (the signed version then moves to the history).
	ChangedAt time.Time `json:"changed_at,omitzero"`
	LastID    ID        `json:"last_id,omitempty"`
	Undo      *Deleted  `json:"undo,omitempty"`
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
	return time.Date(y, m, d, 0, 0, 0, 0, agreed.Location()).AddDate(0, a.Review(), 0)
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
		return fmt.Errorf("%w: unknown list %q", ErrInvalid, l)
	}
	return nil
}

func tidyItemText(text string) (string, error) {
	text = strings.TrimSpace(text)
	switch {
	case text == "":
		return "", fmt.Errorf("%w: the text is empty", ErrInvalid)
	case len([]rune(text)) > MaxItemLength:
		return "", fmt.Errorf("%w: the text is longer than %d characters", ErrInvalid, MaxItemLength)
	}
	return text, nil
}

// ValidateLimit checks one day's limit.
func ValidateLimit(l Limit) error {
	if l.Set && (l.Minutes < 0 || l.Minutes > MinutesPerDay) {
		return fmt.Errorf("%w: a limit must be from 0 to 24 hours", ErrInvalid)
	}
	return nil
}

// Agreement returns the family's agreement; an empty one if there is none.
// Children deleted since are left out.
func (s *Store) Agreement() (Agreement, error) {
	var a Agreement
	err := s.db.View(func(tx *bbolt.Tx) (err error) {
		a, err = loadAgreement(tx)
		return err
	})
	return a, err
}

func loadAgreement(tx *bbolt.Tx) (Agreement, error) {
	var a Agreement
	if err := get(tx, bucketAgreement, keyAgreement, &a); err != nil && err != ErrNotFound {
		return a, err
	}
	exists := func(id ID) bool { return tx.Bucket(bucketChildren).Get(id.key()) != nil }
	for id := range a.Limits {
		if !exists(id) {
			delete(a.Limits, id)
		}
	}
	for i := range a.Windows {
		a.Windows[i].Children = slices.DeleteFunc(a.Windows[i].Children, func(id ID) bool { return !exists(id) })
	}
	return a, nil
}

// change runs edit on the agreement in one transaction and saves it. A
// change of substance (content true) to a signed agreement first moves the
// signed version to the history and clears the signatures, so the family
// signs the new version again.
func (s *Store) change(content bool, edit func(tx *bbolt.Tx, a *Agreement) error) error {
	return s.db.Update(func(tx *bbolt.Tx) error {
		a, err := loadAgreement(tx)
		if err != nil {
			return err
		}
		before, err := substance(a)
		if err != nil {
			return err
		}
		signed := a.Signed()
		if err := edit(tx, &a); err != nil {
			return err
		}
		if content && signed {
			after, err := substance(a)
			if err != nil {
				return err
			}
			if !bytes.Equal(before, after) {
				if err := archive(tx, before, clock()); err != nil {
					return err
				}
				a.Signatures = nil
				a.ChangedAt = clock()
			}
		}
		return put(tx, bucketAgreement, keyAgreement, a)
	})
}

// substance encodes what the family agreed to: everything but the undo.
func substance(a Agreement) ([]byte, error) {
	a.Undo = nil
	return encode(a)
}

// clock is the time stamped on history entries; tests may replace it.
var clock = time.Now

func archive(tx *bbolt.Tx, snapshot []byte, at time.Time) error {
	var old Agreement
	if err := decode(snapshot, &old); err != nil {
		return err
	}
	old.Undo = nil
	b := tx.Bucket(bucketAgreement)
	n := uint64(1)
	if v := b.Get(keyHistorySeqKey); len(v) == 8 {
		n = binary.BigEndian.Uint64(v) + 1
	}
	seq := make([]byte, 8)
	binary.BigEndian.PutUint64(seq, n)
	if err := b.Put(keyHistorySeqKey, seq); err != nil {
		return err
	}
	id := ID(n)
	return put(tx, bucketAgreement, append(slices.Clone(prefixHistory), id.key()...),
		AgreementVersion{ID: id, Agreement: old, ChangedAt: at})
}

// AgreementHistory returns the earlier signed versions, newest first.
func (s *Store) AgreementHistory() ([]AgreementVersion, error) {
	var out []AgreementVersion
	err := s.db.View(func(tx *bbolt.Tx) error {
		c := tx.Bucket(bucketAgreement).Cursor()
		for k, v := c.Seek(prefixHistory); k != nil && strings.HasPrefix(string(k), string(prefixHistory)); k, v = c.Next() {
			var ver AgreementVersion
			if err := decode(v, &ver); err != nil {
				return err
			}
			out = append(out, ver)
		}
		return nil
	})
	slices.Reverse(out)
	return out, err
}

// SetLimit sets one child's limit for one day (0 = Monday … 6 = Sunday).
func (s *Store) SetLimit(child ID, day int, l Limit) error {
	if day < 0 || day > 6 {
		return fmt.Errorf("%w: day %d", ErrInvalid, day)
	}
	if err := ValidateLimit(l); err != nil {
		return err
	}
	return s.change(true, func(tx *bbolt.Tx, a *Agreement) error {
		if err := requireChild(tx, child); err != nil {
			return err
		}
		week := a.Limits[child]
		week[day] = l
		setWeek(a, child, week)
		return nil
	})
}

// SetWeek replaces a child's limits for every day at once (the presets).
func (s *Store) SetWeek(child ID, week Week) error {
	for _, l := range week {
		if err := ValidateLimit(l); err != nil {
			return err
		}
	}
	return s.change(true, func(tx *bbolt.Tx, a *Agreement) error {
		if err := requireChild(tx, child); err != nil {
			return err
		}
		setWeek(a, child, week)
		return nil
	})
}

func setWeek(a *Agreement, child ID, week Week) {
	if a.Limits == nil {
		a.Limits = map[ID]Week{}
	}
	if week == (Week{}) {
		delete(a.Limits, child)
		return
	}
	a.Limits[child] = week
}

func (a *Agreement) newID() ID {
	a.LastID++
	return a.LastID
}

func requireChildren(tx *bbolt.Tx, w Window) error {
	for _, id := range w.Children {
		if err := requireChild(tx, id); err != nil {
			return err
		}
	}
	return nil
}

// AddWindow adds a device-free time and returns it with its id.
func (s *Store) AddWindow(w Window) (Window, error) {
	if err := w.Validate(); err != nil {
		return Window{}, err
	}
	err := s.change(true, func(tx *bbolt.Tx, a *Agreement) error {
		if len(a.Windows) >= MaxWindows {
			return fmt.Errorf("%w: there can be up to %d device-free times", ErrInvalid, MaxWindows)
		}
		if err := requireChildren(tx, w); err != nil {
			return err
		}
		w.ID = a.newID()
		a.Windows = append(a.Windows, w)
		return nil
	})
	return w, err
}

// UpdateWindow replaces a saved device-free time.
func (s *Store) UpdateWindow(w Window) error {
	if err := w.Validate(); err != nil {
		return err
	}
	return s.change(true, func(tx *bbolt.Tx, a *Agreement) error {
		if err := requireChildren(tx, w); err != nil {
			return err
		}
		i := slices.IndexFunc(a.Windows, func(x Window) bool { return x.ID == w.ID })
		if i < 0 {
			return fmt.Errorf("device-free time %d: %w", w.ID, ErrNotFound)
		}
		a.Windows[i] = w
		return nil
	})
}

// DeleteWindow removes a device-free time; UndoDelete brings it back.
func (s *Store) DeleteWindow(id ID) error {
	return s.change(true, func(_ *bbolt.Tx, a *Agreement) error {
		i := slices.IndexFunc(a.Windows, func(x Window) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("device-free time %d: %w", id, ErrNotFound)
		}
		w := a.Windows[i]
		a.Windows = slices.Delete(a.Windows, i, i+1)
		a.Undo = &Deleted{Index: i, Window: &w}
		return nil
	})
}

// SetPlace switches a built-in device-free place on or off.
func (s *Store) SetPlace(key string, on bool) error {
	if !slices.Contains(BuiltinPlaces, key) {
		return fmt.Errorf("%w: unknown place %q", ErrInvalid, key)
	}
	return s.change(true, func(_ *bbolt.Tx, a *Agreement) error {
		a.Places = slices.DeleteFunc(a.Places, func(p string) bool { return p == key })
		if on {
			a.Places = append(a.Places, key)
			// keep the display order
			slices.SortFunc(a.Places, func(x, y string) int {
				return slices.Index(BuiltinPlaces, x) - slices.Index(BuiltinPlaces, y)
			})
		}
		return nil
	})
}

// AddItem appends text to one of the lists and returns the new item.
func (s *Store) AddItem(l List, text string) (Item, error) {
	if err := validListName(l); err != nil {
		return Item{}, err
	}
	text, err := tidyItemText(text)
	if err != nil {
		return Item{}, err
	}
	var it Item
	err = s.change(true, func(_ *bbolt.Tx, a *Agreement) error {
		list := a.list(l)
		if len(*list) >= MaxItems {
			return fmt.Errorf("%w: a list can hold up to %d entries", ErrInvalid, MaxItems)
		}
		it = Item{ID: a.newID(), Text: text}
		*list = append(*list, it)
		return nil
	})
	return it, err
}

// UpdateItem changes the text of an item.
func (s *Store) UpdateItem(l List, id ID, text string) error {
	if err := validListName(l); err != nil {
		return err
	}
	text, err := tidyItemText(text)
	if err != nil {
		return err
	}
	return s.change(true, func(_ *bbolt.Tx, a *Agreement) error {
		list := *a.list(l)
		i := slices.IndexFunc(list, func(x Item) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("%s %d: %w", l, id, ErrNotFound)
		}
		list[i].Text = text
		return nil
	})
}

// MoveItem moves an item up (delta -1) or down (+1) its list.
func (s *Store) MoveItem(l List, id ID, delta int) error {
	if err := validListName(l); err != nil {
		return err
	}
	return s.change(true, func(_ *bbolt.Tx, a *Agreement) error {
		list := *a.list(l)
		i := slices.IndexFunc(list, func(x Item) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("%s %d: %w", l, id, ErrNotFound)
		}
		j := i + delta
		if j < 0 || j >= len(list) {
			return nil
		}
		list[i], list[j] = list[j], list[i]
		return nil
	})
}

// DeleteItem removes an item from a list; UndoDelete brings it back.
func (s *Store) DeleteItem(l List, id ID) error {
	if err := validListName(l); err != nil {
		return err
	}
	return s.change(true, func(_ *bbolt.Tx, a *Agreement) error {
		list := a.list(l)
		i := slices.IndexFunc(*list, func(x Item) bool { return x.ID == id })
		if i < 0 {
			return fmt.Errorf("%s %d: %w", l, id, ErrNotFound)
		}
		it := (*list)[i]
		*list = slices.Delete(*list, i, i+1)
		a.Undo = &Deleted{List: l, Index: i, Item: &it}
		return nil
	})
}

// UndoDelete puts back the last deleted window or item, once.
func (s *Store) UndoDelete() error {
	return s.change(true, func(_ *bbolt.Tx, a *Agreement) error {
		u := a.Undo
		if u == nil {
			return fmt.Errorf("nothing to undo: %w", ErrNotFound)
		}
		a.Undo = nil
		switch {
		case u.Window != nil:
			a.Windows = slices.Insert(a.Windows, min(max(u.Index, 0), len(a.Windows)), *u.Window)
		case u.Item != nil:
			list := a.list(u.List)
			*list = slices.Insert(*list, min(max(u.Index, 0), len(*list)), *u.Item)
		}
		return nil
	})
}

// Sign adds a family member's typed name to the current version.
func (s *Store) Sign(name string, at time.Time) error {
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return fmt.Errorf("%w: type your name to sign", ErrInvalid)
	case len([]rune(name)) > MaxNameLength:
		return fmt.Errorf("%w: the name is longer than %d characters", ErrInvalid, MaxNameLength)
	}
	return s.change(false, func(_ *bbolt.Tx, a *Agreement) error {
		for _, sig := range a.Signatures {
			if strings.EqualFold(sig.Name, name) {
				return fmt.Errorf("%w: %w", ErrInvalid, ErrAlreadySigned)
			}
		}
		if len(a.Signatures) >= MaxSignatures {
			return fmt.Errorf("%w: up to %d people can sign", ErrInvalid, MaxSignatures)
		}
		if !a.Signed() {
			a.Version++
			a.ChangedAt = time.Time{}
		}
		a.Signatures = append(a.Signatures, Signature{Name: name, SignedAt: at})
		return nil
	})
}

// ErrAlreadySigned: the same name signed this version before.
var ErrAlreadySigned = fmt.Errorf("this name has already signed")

// SetReviewMonths sets how long after agreeing the family reviews it.
func (s *Store) SetReviewMonths(months int) error {
	if months < 1 || months > 24 {
		return fmt.Errorf("%w: a review must be 1 to 24 months away", ErrInvalid)
	}
	return s.change(false, func(_ *bbolt.Tx, a *Agreement) error {
		a.ReviewMonths = months
		return nil
	})
}

package sharing

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"family-online-safety/data"
)

// Store is what sharing needs of the family's store.
type Store interface {
	ShareFamily(children []data.ID) (data.SharedFamily, error)
	ShareChild(child data.ID, h data.Handover) (data.SharedFamily, error)
	PlanShared(f data.SharedFamily, mode data.ImportMode) ([]data.Change, error)
	ApplyShared(f data.SharedFamily, mode data.ImportMode, choices map[string]data.Resolution) ([]data.Change, error)
	MarkSealed(f data.SharedFamily) error
	OnlyContacts(f data.SharedFamily, chosen []data.ID) (data.SharedFamily, error)
	// ShareCost is the scrypt cost to seal and read files with.
	ShareCost() data.ShareCost
}

// ExportFamily writes the family (children nil) or the chosen children to
// w, sealed with passphrase. For chosen children, contacts (if given, the
// first only) are the family's contacts that go: none unless chosen.
func ExportFamily(w io.Writer, s Store, children []data.ID, passphrase, appVersion string, now time.Time, contacts ...[]data.ID) error {
	if passphrase == "" {
		return ErrNoPassphrase
	}
	f, err := s.ShareFamily(children)
	if err == nil && children != nil && len(contacts) > 0 {
		f, err = s.OnlyContacts(f, contacts[0])
	}
	if err != nil {
		return err
	}
	if err := Export(w, f, passphrase, appVersion, now, s.ShareCost()); err != nil {
		return err
	}
	return s.MarkSealed(f) // the other home may now say it has these versions
}

// ExportChild writes one child's handover pack to w, sealed with
// passphrase: the concern log and the delegated authority only as h says.
func ExportChild(w io.Writer, s Store, child data.ID, h data.Handover, passphrase, appVersion string, now time.Time) error {
	if passphrase == "" {
		return ErrNoPassphrase
	}
	f, err := s.ShareChild(child, h)
	if err != nil {
		return err
	}
	if err := Export(w, f, passphrase, appVersion, now, s.ShareCost()); err != nil {
		return err
	}
	return s.MarkSealed(f)
}

// Line is what an import does to one section of one child's records (or
// of the family's own, when Child is "").
type Line struct {
	Child, ChildName string
	Section          string
	Added, Changed   int
	Removed          int
	Conflicts        int
	// Archived: children archived (kept, hidden), not removed.
	Archived int
	// Unarchived: children archived here brought back (the other home
	// has them as current).
	Unarchived int
}

// LeftOut is how many of a file's new records of one section are not
// added, and the most of that kind a home keeps.
type LeftOut struct {
	Section    string
	Count, Max int
}

// Summary is what an import would do (Preview) or did (Apply).
type Summary struct {
	// App and Made say which app version made the file, and when.
	App   string
	Made  time.Time
	Lines []Line
	// Conflicts are the records changed in both homes since they last
	// met, each with both versions (data.Change's Mine and Theirs).
	Conflicts []data.Change
	// Asks are the changes that wait for the user's yes when they come
	// from a shared folder: a record removed (the agreement's rules,
	// places and device-free times one by one: data.Change.Removals), a
	// contact's phone or email or a child's placement changed
	// (data.Change.Asks).
	Asks []data.Change
	// Details name each change to the agreement: a rule added, reworded
	// or removed, a limit changed (data.AgreementDetail).
	Details []data.AgreementDetail
	// NotFit names the file's rules and device-free times that will not
	// be added because the agreement here is full.
	NotFit []string
	// LeftOut are the kinds of which the file's new records are not all
	// added: this home would hold more than a family needs (data.HomeCaps).
	LeftOut []LeftOut
	// Differs are the changes that wait for a yes on which both homes
	// kept their own: the homes differ there until either changes it.
	Differs []data.Change
	// Pack names the child when the file is one child's handover pack.
	Pack string
	// NewContacts are the contacts the file adds (not those asked about
	// on their own, nor a flood not yet taken), each named.
	NewContacts []NewContact
	// Doubt (in a shared folder): the file says it comes from a computer
	// whose file it is not (doubt.go). Its only question is DoubtKey.
	Doubt *Doubt
	// Words are the changes to a child's words that reword lines
	// (data.Change.Reworded), named under the child.
	Words []data.Change
}

// NewContact is a contact a file adds: its stable id and how it is known
// (the store keeps those taken in until the carer answers about them).
type NewContact = data.AddedContact

// newContact is the contact change c adds, if it adds one without
// asking (a look-alike is asked about on its own; a flood as a whole).
func newContact(c data.Change) (NewContact, bool) {
	var v data.Contact
	if c.Section != "contacts" || c.Kind != data.Added || c.Asks || c.CopyTheirs || c.InFlood() ||
		json.Unmarshal(c.NewValue(), &v) != nil {
		return NewContact{}, false
	}
	return NewContact{UID: c.UID, Name: v.Name, Phone: v.Phone, Email: v.Email}, true
}

// Empty reports whether the import changes nothing.
func (s Summary) Empty() bool { return len(s.Lines) == 0 }

// Questions is how many things the conflicts ask about: one for each
// record, one for each of the agreement's items.
func (s Summary) Questions() int {
	n := 0
	for _, c := range s.Conflicts {
		n += questions(c)
	}
	return n
}

func questions(c data.Change) int { return max(1, len(c.Items)+len(c.Limits)) }

// Preview opens a shared file and says what importing it in mode would
// add, change and remove, writing nothing.
func Preview(s Store, r io.Reader, passphrase string, mode data.ImportMode) (File, Summary, error) {
	f, err := Read(r, passphrase, s.ShareCost())
	if err != nil {
		return File{}, Summary{}, err
	}
	plan, err := s.PlanShared(f.Family, mode)
	if err != nil {
		return File{}, Summary{}, fitError(err)
	}
	return f, summarise(f, plan), nil
}

// Apply imports an opened file in mode: the store backs the family up,
// then makes every change in one transaction (or none). choices answers
// the summary's conflicts by stable id (one not answered takes its
// Default: keep both for a list item, else this computer's).
func Apply(s Store, f File, mode data.ImportMode, choices map[string]data.Resolution) (Summary, error) {
	sum, _, err := applyTaking(s, f, mode, choices)
	return sum, err
}

func fitError(err error) error {
	if errors.Is(err, data.ErrTooMany) {
		return fmt.Errorf("%w: %w", ErrTooMany, err)
	}
	if errors.Is(err, data.ErrInvalid) {
		return fmt.Errorf("%w: %w", ErrDoesNotFit, err)
	}
	return err
}

// summarise counts the plan per child and section: the family's own
// records first, then each child by name, sections in data.Sections order.
func summarise(f File, plan []data.Change) Summary {
	lines := map[lineKey]*Line{}
	for _, c := range plan {
		if c.Kind != 0 { // (Kind 0: what will not fit or is left out, said apart)
			countChange(lines, c)
		}
	}
	out := questionsOf(plan)
	for _, c := range plan {
		if n, ok := newContact(c); ok {
			out.NewContacts = append(out.NewContacts, n)
		}
	}
	out.App, out.Made = f.App, f.Made
	out.Pack = packName(f.Family)
	slices.SortStableFunc(out.Conflicts, func(a, b data.Change) int { // as the lines
		return cmp.Or(cmp.Compare(a.ChildName, b.ChildName), cmp.Compare(sectionOrder(a.Section), sectionOrder(b.Section)))
	})
	for _, l := range lines {
		if l.Added+l.Changed+l.Removed+l.Conflicts+l.Archived+l.Unarchived > 0 { // (the family's agreement, when only a child's limits changed)
			out.Lines = append(out.Lines, *l)
		}
	}
	slices.SortFunc(out.Lines, func(a, b Line) int {
		return cmp.Or(cmp.Compare(a.ChildName, b.ChildName), // the family's own ("") first
			cmp.Compare(a.Child, b.Child), cmp.Compare(sectionOrder(a.Section), sectionOrder(b.Section)))
	})
	return out
}

// questionsOf is the summary's questions and named changes: the
// conflicts, the changes that ask first, the agreement's details and
// what does not fit.
func questionsOf(plan []data.Change) Summary {
	var out Summary
	for _, c := range plan {
		if c.Kind == data.Conflict && !c.RemovesThere() {
			out.Conflicts = append(out.Conflicts, c)
		}
		if c.Asks && (c.Kind != data.Conflict || len(c.Removals) > 0) || c.RemovesThere() { // (the agreement's removals, item by item)
			out.Asks = append(out.Asks, c)
		}
		out.NotFit = append(out.NotFit, c.NotFit...)
		if c.Differs {
			out.Differs = append(out.Differs, c)
		}
		if len(c.Reworded) > 0 {
			out.Words = append(out.Words, c)
		}
		if c.LeftOut > 0 {
			out.LeftOut = append(out.LeftOut, LeftOut{Section: c.Section, Count: c.LeftOut, Max: data.HomeCaps[c.Section]})
		}
		if c.Kind == data.Changed || c.Kind == data.Conflict { // (what changes besides the questions)
			out.Details = append(out.Details, slices.DeleteFunc(slices.Clone(c.Details), func(d data.AgreementDetail) bool {
				return inQuestion(c, d)
			})...)
		}
		out.Details = append(out.Details, conflictDetails(c)...)
	}
	return out
}

// packName is the name of the child whose handover pack f is ("" when
// it is a family file).
func packName(f data.SharedFamily) string {
	for _, r := range f.Records {
		var c data.Child
		if f.Pack != "" && r.Section == "children" && r.UID == f.Pack && json.Unmarshal(r.Value, &c) == nil {
			return c.Name
		}
	}
	return ""
}

func sectionOrder(s string) int { return slices.Index(data.Sections, s) }

// countDetail counts one of the agreement's changes, as the summary
// lists them: a rule added, reworded, removed, a limit changed.
func countDetail(l *Line, d data.AgreementDetail) {
	switch d.What {
	case "added":
		l.Added++
	case "removed":
		l.Removed++
	default:
		l.Changed++
	}
}

// conflictDetails name each of the agreement's items and limits changed
// in both homes (What "conflict", "limit_conflict": Old is this
// computer's, New the other home's), so the summary lists them one by
// one, a child's limit under that child.
func conflictDetails(c data.Change) []data.AgreementDetail {
	if c.Kind != data.Conflict {
		return nil
	}
	var out []data.AgreementDetail
	for _, it := range c.Items {
		if it.Order {
			out = append(out, data.AgreementDetail{What: "order_conflict", List: it.List, Order: true, Old: it.Mine, New: it.Theirs})
			continue
		}
		if it.RemovedThere() { // asked as a removal: named as one
			out = append(out, data.AgreementDetail{What: "removed", List: it.List, Window: it.Window, Old: it.Mine, OldTime: it.MineTime})
			continue
		}
		out = append(out, data.AgreementDetail{What: "conflict", List: it.List, Place: it.Place, Window: it.Window,
			Old: it.Mine, New: it.Theirs, OldTime: it.MineTime, NewTime: it.TheirsTime})
	}
	for _, lc := range c.Limits {
		out = append(out, data.AgreementDetail{What: "limit_conflict", Child: lc.Child, ChildName: lc.ChildName,
			Holiday: lc.Holiday, Day: lc.Day, OldLimit: lc.Mine, NewLimit: lc.Theirs})
	}
	return out
}

// removedThere is how many of agreement conflict c's items were changed
// here and removed in the other home (asked as removals).
func removedThere(c data.Change) int {
	n := 0
	for _, it := range c.Items {
		if it.RemovedThere() {
			n++
		}
	}
	return n
}

// inQuestion reports whether detail d of change c is one of its
// conflicts (listed as such, not as a change).
func inQuestion(c data.Change, d data.AgreementDetail) bool {
	if d.What == "limit" {
		return slices.ContainsFunc(c.Limits, func(lc data.LimitConflict) bool {
			return lc.Child == d.Child && lc.Day == d.Day && lc.Holiday == d.Holiday
		})
	}
	return slices.ContainsFunc(c.Items, func(it data.ItemConflict) bool {
		return it.Order == d.Order && it.Window == d.Window && it.List == d.List && it.Place == d.Place && it.Mine == d.Old
	})
}

// countConflict counts conflict c on its lines: a record changed here
// and removed there as a removal (or an archiving); the agreement's items
// each, those removed there as removals, a child's limits under the child.
func countConflict(lines map[lineKey]*Line, l *Line, c data.Change) {
	switch {
	case c.RemovesThere() && c.Archives:
		l.Archived++
		return
	case c.RemovesThere():
		l.Removed++
		return
	}
	gone := removedThere(c)
	l.Conflicts += questions(c) - len(c.Limits) - gone
	l.Removed += gone
	for _, lc := range c.Limits {
		lineFor(lines, lc.Child, lc.ChildName, c.Section).Conflicts++
	}
}

// lineKey is a summary line's place: a child (or "") and a section.
type lineKey struct{ child, section string }

// lineFor is the line for child and section, made when first needed.
func lineFor(lines map[lineKey]*Line, child, name, section string) *Line {
	k := lineKey{child, section}
	if lines[k] == nil {
		lines[k] = &Line{Child: child, ChildName: name, Section: section}
	}
	return lines[k]
}

// countChange counts change c on its lines: its own, and a child's for
// a limit changed or in question.
func countChange(lines map[lineKey]*Line, c data.Change) {
	l := lineFor(lines, c.Child, c.ChildName, c.Section)
	switch c.Kind {
	case data.Added:
		l.Added++
	case data.Removed, data.Changed:
		switch {
		case c.Archives: // a child kept, hidden: not removed
			l.Archived++
		case c.Unarchives: // a child archived here, brought back
			l.Unarchived++
		case c.Kind == data.Removed:
			l.Removed++
		case len(c.Details) == 0:
			l.Changed++
		}
	case data.Conflict:
		countConflict(lines, l, c)
	}
	for _, d := range c.Details { // each counted once, a child's limit under the child
		switch {
		case inQuestion(c, d):
		case d.What == "limit" && d.Child != "":
			countDetail(lineFor(lines, d.Child, d.ChildName, c.Section), d)
		default:
			countDetail(l, d)
		}
	}
}

package data

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"family-online-safety/content"
)

// Words gives the labels of an export in the user's language. The
// screens' Translator satisfies it; the keys live in
// translations/children.*.toml.
type Words interface {
	T(id string, data ...map[string]any) string
	N(id string, count int, data ...map[string]any) string
}

// DateText is how dates are written in the app and its exports:
// YYYY-MM-DD, which reads the same in every language. Empty for no date.
func DateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// ConcernLogText writes a child's concern log as plain text, oldest entry
// first, ready to print, email or paste into a form.
func ConcernLogText(child Child, log []Concern, w Words, now time.Time) string {
	var b strings.Builder
	title := w.T("childexport.concerns.title", map[string]any{"Name": child.Name})
	writeTitle(&b, title, '=')
	writeAbout(&b, child, w, now)
	writeConcerns(&b, log, w)
	return b.String()
}

// ChildText writes everything kept for one child as plain text: details,
// placement, their own words, app notes and the concern log.
func ChildText(child Child, said ChildWords, notes []AppNote, log []Concern, w Words, now time.Time) string {
	var b strings.Builder
	writeTitle(&b, w.T("childexport.child.title", map[string]any{"Name": child.Name}), '=')
	writeAbout(&b, child, w, now)
	if child.Notes != "" {
		field(&b, w.T("child.notes"), child.Notes)
		b.WriteByte('\n')
	}
	if child.Placed {
		p := child.Placement
		writeTitle(&b, w.T("placement.title"), '-')
		field(&b, w.T("placement.start"), DateText(p.Start))
		field(&b, w.T("placement.social_worker"), p.SocialWorker)
		field(&b, w.T("placement.social_worker_phone"), p.SocialWorkerPhone)
		field(&b, w.T("placement.out_of_hours"), p.OutOfHoursPhone)
		field(&b, w.T("placement.authority"), p.DelegatedAuthority)
		field(&b, w.T("placement.photos"), p.PhotoRules)
		field(&b, w.T("placement.contact"), p.Contact)
		b.WriteByte('\n')
	}
	writeChildWords(&b, said, w)
	writeTitle(&b, w.T("childexport.apps"), '-')
	if len(notes) == 0 {
		b.WriteString(w.T("childexport.none") + "\n\n")
	}
	for _, n := range notes {
		b.WriteString("* " + n.DisplayName() + "\n")
		if app, young := TooYoungFor(child, n, now, content.RegionOf(w)); young {
			b.WriteString("  ! " + w.T("childexport.young", map[string]any{"Name": child.Name, "App": app.Name,
				"Age": app.EffectiveMinAgeIn(content.RegionOf(w))}) + "\n")
		}
		if n.Decision != DecisionUndecided {
			field(&b, w.T("appnote.decision"), w.T("appdecision."+string(n.Decision)))
		}
		field(&b, w.T("appnote.conditions"), n.Conditions)
		if app, ok := n.App(); ok && len(app.Settings) > 0 {
			b.WriteString(w.T("appnote.settings") + ":\n")
			for _, s := range app.Settings {
				mark := "[ ]"
				if n.IsChecked(s) {
					mark = "[x]"
				}
				b.WriteString("  " + mark + " " + w.T(app.SettingKey(s)) + "\n")
			}
		}
		field(&b, w.T("appnote.talks_to"), n.TalksTo)
		field(&b, w.T("appnote.note"), n.Note)
		field(&b, w.T("appnote.last_reviewed"), DateText(n.LastReviewed))
		field(&b, w.T("appnote.next_review"), DateText(n.NextReview))
		b.WriteByte('\n')
	}
	writeTitle(&b, w.T("childexport.concerns"), '-')
	writeConcerns(&b, log, w)
	return b.String()
}

// ChildExport reads a child and everything kept for them in one
// transaction and writes it as plain text (see ChildText).
func (s *Store) ChildExport(id ID, w Words, now time.Time) (string, error) {
	var (
		child Child
		said  ChildWords
		notes []AppNote
		log   []Concern
	)
	err := s.db.View(func(tx txn) (err error) {
		if err = get(tx, bucketChildren, id.key(), &child); err != nil {
			return fmt.Errorf("child %d: %w", id, err)
		}
		if said, _, err = loadChildWords(tx, id); err != nil {
			return err
		}
		if notes, err = allForChild[AppNote](tx, bucketAppNotes, id); err != nil {
			return err
		}
		log, err = allForChild[Concern](tx, bucketConcerns, id)
		return err
	})
	if err != nil {
		return "", err
	}
	sortNotes(notes)
	sortConcerns(log)
	return ChildText(child, said, notes, log, w, now), nil
}

// writeChildWords writes the lists written with the child, in their words
// (all four: this record is the grown-ups'), or nothing when they are empty.
func writeChildWords(b *strings.Builder, said ChildWords, w Words) {
	if said.Empty() {
		return
	}
	writeTitle(b, w.T("childwords.tab"), '-')
	for _, l := range AllWordsLists {
		if lines := said.List(l); len(lines) > 0 {
			b.WriteString(w.T("childwords.list."+string(l)) + ":\n")
			for _, line := range lines {
				b.WriteString("  * " + line + "\n")
			}
		}
	}
	b.WriteByte('\n')
}

func writeTitle(b *strings.Builder, title string, underline rune) {
	b.WriteString(title + "\n")
	b.WriteString(strings.Repeat(string(underline), len([]rune(title))) + "\n\n")
}

func writeAbout(b *strings.Builder, child Child, w Words, now time.Time) {
	born := w.T("month."+strconv.Itoa(child.BirthMonth)) + " " + strconv.Itoa(child.BirthYear)
	field(b, w.T("child.born"), born+" ("+w.N("child.age", child.AgeOn(now))+")")
	b.WriteString(w.T("childexport.made", map[string]any{"Date": DateText(now)}) + "\n\n")
}

func writeConcerns(b *strings.Builder, log []Concern, w Words) {
	if len(log) == 0 {
		b.WriteString(w.T("childexport.none") + "\n")
		return
	}
	for _, c := range log {
		b.WriteString(DateText(c.Date) + "\n")
		field(b, w.T("concern.happened"), c.Happened)
		field(b, w.T("concern.done"), c.Done)
		field(b, w.T("concern.told"), c.Told)
		b.WriteByte('\n')
	}
}

// field writes "Label: value", skipping empty values; a value over
// several lines starts on the next line, indented.
func field(b *strings.Builder, label, value string) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	if !strings.Contains(value, "\n") {
		b.WriteString(label + ": " + value + "\n")
		return
	}
	b.WriteString(label + ":\n")
	for _, line := range strings.Split(value, "\n") {
		b.WriteString("  " + line + "\n")
	}
}

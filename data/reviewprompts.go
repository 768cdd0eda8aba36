package data

import (
	"family-online-safety/content"
)

// FieldReviewPrompt names a dismissal refused (an unknown kind or year);
// only a shared file from a newer or damaged copy can carry one.
const FieldReviewPrompt = "review.prompt"

// ReviewPrompt records that the family dismissed Home's prompt to review
// the agreement at one of a child's turning points (content.Turning) in
// one year. Dismissals are shared with the other carer, so a prompt
// hidden in one home stays hidden in the other. Like every child-scoped
// record its key is the child's id and a record id (a shared file's
// records get new ones here); kind and year are in the value, and a kind
// and year already dismissed is not stored twice.
type ReviewPrompt struct {
	ID      ID              `json:"id"`
	ChildID ID              `json:"child_id"`
	Kind    content.Turning `json:"kind"`
	Year    int             `json:"year"`
}

func (p ReviewPrompt) key() []byte { return childKey(p.ChildID, p.ID) }

// Validate checks a dismissal, as typed here or read from a shared file.
func (p *ReviewPrompt) Validate() error {
	if _, ok := content.TurningPointOf(p.Kind); !ok {
		return invalid(FieldReviewPrompt, RuleFormat)
	}
	if p.Year < 1900 || p.Year > 9999 {
		return outOfRange(FieldReviewPrompt, 1900, 9999)
	}
	return nil
}

// PromptKey names a dismissal in the set DismissedPrompts returns.
func PromptKey(kind content.Turning, year int) ReviewPrompt {
	return ReviewPrompt{Kind: kind, Year: year}
}

// DismissPrompt hides a child's prompt of kind for year for good. Doing
// it twice keeps one record.
func (s *Store) DismissPrompt(child ID, kind content.Turning, year int) error {
	p := ReviewPrompt{ChildID: child, Kind: kind, Year: year}
	if err := p.Validate(); err != nil {
		return err
	}
	return s.db.Update(func(tx txn) error {
		if err := requireChild(tx, child); err != nil {
			return err
		}
		have, err := allForChild[ReviewPrompt](tx, bucketReviewPrompts, child)
		if err != nil {
			return err
		}
		for _, h := range have {
			if h.Kind == kind && h.Year == year {
				return nil
			}
		}
		if p.ID, err = nextID(tx, bucketReviewPrompts); err != nil {
			return err
		}
		return put(tx, bucketReviewPrompts, p.key(), p)
	})
}

// DismissedPrompts is the set of a child's dismissed prompts, keyed by
// PromptKey (kind and year).
func (s *Store) DismissedPrompts(child ID) (map[ReviewPrompt]bool, error) {
	out := map[ReviewPrompt]bool{}
	err := s.db.View(func(tx txn) error {
		have, err := allForChild[ReviewPrompt](tx, bucketReviewPrompts, child)
		for _, h := range have {
			out[PromptKey(h.Kind, h.Year)] = true
		}
		return err
	})
	return out, err
}

package data

import (
	"bytes"
	"slices"
	"strings"
)

// The child's own words: a part of the agreement written with the child,
// in their words. Four short lists, one record per child in the
// child_words bucket (keyed childKey(child, n), like other records of one
// child, so deleting the child and sharing with another carer work as for
// them).

// WordsList names one of the child's four lists.
type WordsList string

// The child's lists, in the order they are shown.
const (
	WordsEnjoy    WordsList = "enjoy"    // what they enjoy online
	WordsWorries  WordsList = "worries"  // what worries them
	WordsPromises WordsList = "promises" // their own promises
	WordsAsks     WordsList = "asks"     // what they ask of the grown-ups
)

// AllWordsLists is every WordsList, in the order shown.
var AllWordsLists = []WordsList{WordsEnjoy, WordsWorries, WordsPromises, WordsAsks}

// Bounds that keep each list short enough to read together and to print
// in large type.
const (
	MaxChildWords      = 12  // items in one list
	MaxChildWordLength = 140 // characters in one item
	// maxMergedWords bounds a list after two homes' lines were put
	// together: more than one home may add, but never without end.
	maxMergedWords = 2 * MaxChildWords
)

// The fields a refused child's word names.
const (
	FieldChildWord  = "childwords.text"
	FieldChildWords = "childwords.items"
)

// DraftChildWords is the form of a child's words not yet added (one field
// per list); see ChildDraft.
const DraftChildWords = "childwords"

// ChildWords is what one child said, list by list.
type ChildWords struct {
	ChildID  ID       `json:"child_id"`
	Enjoy    []string `json:"enjoy,omitempty"`
	Worries  []string `json:"worries,omitempty"`
	Promises []string `json:"promises,omitempty"`
	Asks     []string `json:"asks,omitempty"`
	// IDs are each line's stable id, list by list, in the lists' order;
	// Was the hashes of each line's earlier wordings, by id; Gone the ids
	// of lines deleted (childwordlines.go).
	IDs  map[WordsList][]string `json:"ids,omitempty"`
	Was  map[string][]string    `json:"was,omitempty"`
	Gone []string               `json:"gone,omitempty"`
}

// List returns one of the lists.
func (w ChildWords) List(l WordsList) []string { return *w.list(l) }

// Empty reports whether nothing has been written with the child yet.
func (w ChildWords) Empty() bool {
	return len(w.Enjoy)+len(w.Worries)+len(w.Promises)+len(w.Asks) == 0
}

func (w *ChildWords) list(l WordsList) *[]string {
	switch l {
	case WordsWorries:
		return &w.Worries
	case WordsPromises:
		return &w.Promises
	case WordsAsks:
		return &w.Asks
	default:
		return &w.Enjoy
	}
}

// merge adds o's items not already on w's lists: two homes that both
// wrote with the child keep every word.
func (w *ChildWords) merge(o ChildWords) {
	w.normIDs()
	for _, l := range AllWordsLists {
		list, ids := w.list(l), w.IDs[l]
		for i, id := range o.lineIDs(l) {
			it := o.List(l)[i]
			if !slices.Contains(ids, id) && !slices.Contains(*list, it) && len(*list) < maxMergedWords {
				*list, ids = append(*list, it), append(ids, id)
			}
		}
		if len(ids) > 0 {
			w.IDs[l] = ids
		}
	}
	w.Gone = joinedGone(w.Gone, o.Gone)
	for id, was := range o.Was {
		if _, ok := w.Was[id]; !ok {
			if w.Was == nil {
				w.Was = map[string][]string{}
			}
			w.Was[id] = was
		}
	}
}

func tidyChildWord(text string) (string, error) {
	text = strings.Join(strings.Fields(text), " ")
	switch {
	case text == "":
		return "", invalid(FieldChildWord, RuleRequired)
	case len([]rune(text)) > MaxChildWordLength:
		return "", tooLong(FieldChildWord, MaxChildWordLength)
	}
	return text, nil
}

func validWordsList(l WordsList) error {
	if !slices.Contains(AllWordsLists, l) {
		return invalid(FieldChildWord, RuleUnknown)
	}
	return nil
}

// ChildWords returns what a child said; empty lists when nothing yet.
func (s *Store) ChildWords(child ID) (ChildWords, error) {
	var w ChildWords
	err := s.db.View(func(tx txn) (err error) {
		w, _, err = loadChildWords(tx, child)
		return err
	})
	return w, err
}

// loadChildWords reads the child's record and the keys it is kept under:
// more than one only after records from another home came in, which are
// read as one.
func loadChildWords(tx txn, child ID) (ChildWords, [][]byte, error) {
	w := ChildWords{ChildID: child}
	records, err := allForChild[ChildWords](tx, bucketChildWords, child)
	if err != nil {
		return w, nil, err
	}
	for _, r := range records {
		w.merge(r)
	}
	var keys [][]byte
	prefix := child.key()
	c := tx.Bucket(bucketChildWords).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, slices.Clone(k))
	}
	return w, keys, nil
}

// changeChildWords runs edit on a child's words and saves them under one
// key (any others merged into it are removed).
func (s *Store) changeChildWords(child ID, edit func(w *ChildWords) error) error {
	return s.db.Update(func(tx txn) error {
		if err := requireChild(tx, child); err != nil {
			return err
		}
		w, keys, err := loadChildWords(tx, child)
		if err != nil {
			return err
		}
		if err := edit(&w); err != nil {
			return err
		}
		if len(keys) == 0 {
			id, err := nextID(tx, bucketChildWords)
			if err != nil {
				return err
			}
			keys = [][]byte{childKey(child, id)}
		}
		for _, k := range keys[1:] {
			if err := del(tx, bucketChildWords, k); err != nil {
				return err
			}
		}
		return put(tx, bucketChildWords, keys[0], w)
	})
}

// AddChildWord adds an item to the end of one of a child's lists.
func (s *Store) AddChildWord(child ID, l WordsList, text string) error {
	text, err := tidyChildWord(text)
	if err == nil {
		err = validWordsList(l)
	}
	if err != nil {
		return err
	}
	return s.changeChildWords(child, func(w *ChildWords) error {
		list := w.list(l)
		if len(*list) >= MaxChildWords {
			return full(FieldChildWords, MaxChildWords)
		}
		w.normIDs()
		*list, w.IDs[l] = append(*list, text), append(w.IDs[l], w.newLineID(l, text))
		return nil
	})
}

// UpdateChildWord changes the text of item i of a list.
func (s *Store) UpdateChildWord(child ID, l WordsList, i int, text string) error {
	text, err := tidyChildWord(text)
	if err == nil {
		err = validWordsList(l)
	}
	if err != nil {
		return err
	}
	return s.changeChildWords(child, func(w *ChildWords) error {
		list := *w.list(l)
		if i < 0 || i >= len(list) {
			return ErrNotFound
		}
		w.normIDs()
		if list[i] != text {
			w.reworded(w.IDs[l][i], list[i])
		}
		list[i] = text
		return nil
	})
}

// DeleteChildWord removes item i of a list.
func (s *Store) DeleteChildWord(child ID, l WordsList, i int) error {
	if err := validWordsList(l); err != nil {
		return err
	}
	return s.changeChildWords(child, func(w *ChildWords) error {
		list := w.list(l)
		if i < 0 || i >= len(*list) {
			return ErrNotFound
		}
		w.normIDs()
		w.deleted(w.IDs[l][i])
		*list, w.IDs[l] = slices.Delete(*list, i, i+1), slices.Delete(w.IDs[l], i, i+1)
		return nil
	})
}

// Validate checks a whole record, as one from another home must be.
func (w *ChildWords) Validate() error {
	if err := w.validLines(); err != nil {
		return err
	}
	for _, l := range AllWordsLists {
		list := w.list(l)
		if len(*list) > maxMergedWords { // lines from two homes may be more than one adds
			return full(FieldChildWords, maxMergedWords)
		}
		for i, it := range *list {
			text, err := tidyChildWord(it)
			if err != nil {
				return err
			}
			(*list)[i] = text
		}
	}
	return nil
}

package data

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestAChildsWordsAreKeptListByListAndRefusedWhenTooLongOrTooMany(t *testing.T) {
	t.Parallel()
	s := openTemp(t, at(shareDay))
	seren, dylan := addKid(t, s, "Seren"), addKid(t, s, "Dylan")
	for _, step := range []struct {
		l    WordsList
		text string
	}{{WordsEnjoy, "  Minecraft   with Nain "}, {WordsWorries, "Scary videos"}, {WordsPromises, "I will tell Mum"}, {WordsAsks, "Knock first"}} {
		if err := s.AddChildWord(seren.ID, step.l, step.text); err != nil {
			t.Fatal(err)
		}
	}
	w, err := s.ChildWords(seren.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := w.List(WordsEnjoy); len(got) != 1 || got[0] != "Minecraft with Nain" {
		t.Fatalf("enjoy = %q", got)
	}
	if w.Worries[0] != "Scary videos" || w.Promises[0] != "I will tell Mum" || w.Asks[0] != "Knock first" {
		t.Fatalf("words = %+v", w)
	}
	if other, _ := s.ChildWords(dylan.ID); !other.Empty() {
		t.Fatalf("Dylan has Seren's words: %+v", other)
	}

	fe, ok := AsFieldError(s.AddChildWord(seren.ID, WordsEnjoy, strings.Repeat("a", MaxChildWordLength+1)))
	if !ok || fe.Field != FieldChildWord || fe.Rule != RuleTooLong || fe.Max != MaxChildWordLength {
		t.Fatalf("too long: %+v", fe)
	}
	if fe, ok := AsFieldError(s.UpdateChildWord(seren.ID, WordsEnjoy, 0, "  ")); !ok || fe.Rule != RuleRequired {
		t.Fatalf("emptied: %+v", fe)
	}
	for i := 1; i < MaxChildWords; i++ {
		if err := s.AddChildWord(seren.ID, WordsEnjoy, "game"+itoaTest(i)); err != nil {
			t.Fatal(err)
		}
	}
	if fe, ok := AsFieldError(s.AddChildWord(seren.ID, WordsEnjoy, "one more")); !ok || fe.Field != FieldChildWords || fe.Rule != RuleFull {
		t.Fatalf("thirteenth: %+v", fe)
	}
	if err := s.UpdateChildWord(seren.ID, WordsWorries, 0, "Scary adverts"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteChildWord(seren.ID, WordsAsks, 0); err != nil {
		t.Fatal(err)
	}
	w, _ = s.ChildWords(seren.ID)
	if w.Worries[0] != "Scary adverts" || len(w.Asks) != 0 || len(w.Enjoy) != MaxChildWords {
		t.Fatalf("after edits: %+v", w)
	}
	if err := s.AddChildWord(ID(99), WordsEnjoy, "x"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("no such child: %v", err)
	}
}

func itoaTest(i int) string { return string(rune('a' + i)) }

func TestDeletingAChildDeletesTheirWordsAndTheDraftOfThem(t *testing.T) {
	t.Parallel()
	s := openTemp(t, at(shareDay))
	seren := addKid(t, s, "Seren")
	if err := s.AddChildWord(seren.ID, WordsEnjoy, "Drawing apps"); err != nil {
		t.Fatal(err)
	}
	form := ChildDraft(DraftChildWords, seren.ID)
	if err := s.SaveDraft(form, Draft{"worries": "half typed"}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteChild(seren.ID); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Draft(form); !d.Empty() {
		t.Fatalf("draft left: %v", d)
	}
	again := addKid(t, s, "Seren")
	if w, _ := s.ChildWords(again.ID); !w.Empty() {
		t.Fatalf("words left: %+v", w)
	}
}

// A child's words travel with them to another carer; when both homes
// wrote with the child before they met, every word is kept.
func TestAChildsWordsTravelToAnotherCarerAndMergeWithTheirs(t *testing.T) {
	t.Parallel()
	a, seren, dylan := sharingFamily(t)
	if err := a.AddChildWord(seren.ID, WordsPromises, "I will say if something upsets me"); err != nil {
		t.Fatal(err)
	}
	if err := a.AddChildWord(dylan.ID, WordsEnjoy, "Football videos"); err != nil {
		t.Fatal(err)
	}
	only, err := a.ShareFamily([]ID{seren.ID})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range only.Records {
		if r.Section == "child_words" && strings.Contains(string(r.Value), "Football") {
			t.Fatalf("Dylan's words shared with Seren's: %s", r.Value)
		}
	}
	f, err := a.ShareFamily(nil)
	if err != nil {
		t.Fatal(err)
	}
	b := openTemp(t, at(shareDay.Add(time.Hour)))
	if _, err := b.ApplyShared(viaFile(t, f), ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	kids := byName(t, b, "Seren", "Dylan")
	if w, _ := b.ChildWords(kids[0].ID); len(w.Promises) != 1 || w.ChildID != kids[0].ID {
		t.Fatalf("Seren's words in the other home: %+v", w)
	}

	// Both homes add a word while apart, then meet again both ways.
	if err := b.AddChildWord(kids[0].ID, WordsAsks, "Ask before posting my photo"); err != nil {
		t.Fatal(err)
	}
	a.SetClock(at(shareDay.Add(2 * time.Hour)))
	if err := a.AddChildWord(seren.ID, WordsEnjoy, "Baking videos"); err != nil {
		t.Fatal(err)
	}
	fb, _ := b.ShareFamily(nil)
	if _, err := a.ApplyShared(viaFile(t, fb), ImportMerge, nil); err != nil {
		t.Fatal(err)
	}
	w, _ := a.ChildWords(seren.ID)
	if len(w.Promises) != 1 || len(w.Asks) != 1 || len(w.Enjoy) != 1 {
		t.Fatalf("merged words here: %+v", w)
	}
	// The next change here writes them as one record again.
	if err := a.AddChildWord(seren.ID, WordsWorries, "Losing my streak"); err != nil {
		t.Fatal(err)
	}
	w, _ = a.ChildWords(seren.ID)
	if len(w.Promises) != 1 || len(w.Asks) != 1 || len(w.Enjoy) != 1 || len(w.Worries) != 1 {
		t.Fatalf("after the next change: %+v", w)
	}
}

// A record from another home may hold both homes' lines (up to twice a
// list's length), but not more, and every line is tidied.
func TestASharedChildsWordsRecordIsChecked(t *testing.T) {
	t.Parallel()
	lines := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = " line  " + itoaTest(i)
		}
		return out
	}
	w := ChildWords{Enjoy: lines(2 * MaxChildWords)}
	if err := w.Validate(); err != nil || w.Enjoy[0] != "line a" {
		t.Fatalf("two homes' lines: %v, %q", err, w.Enjoy[0])
	}
	w = ChildWords{Asks: lines(2*MaxChildWords + 1)}
	if fe, ok := AsFieldError(w.Validate()); !ok || fe.Rule != RuleFull {
		t.Fatalf("too many lines: %v", w.Validate())
	}
	w = ChildWords{Promises: []string{strings.Repeat("x", MaxChildWordLength+1)}}
	if fe, ok := AsFieldError(w.Validate()); !ok || fe.Rule != RuleTooLong {
		t.Fatalf("a line too long: %v", fe)
	}
}

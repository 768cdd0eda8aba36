package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// reparentWorld is three siblings with records of every child-scoped
// kind, kept in step with the model (see scopedWorld).
func reparentWorld(t *testing.T, seed uint64) *scopedWorld {
	t.Helper()
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.Local)
	w := &scopedWorld{t: t, s: openTemp(t, at(now)), rng: rand.New(rand.NewPCG(seed, 46)),
		now: now, model: map[ID]*childModel{}}
	for _, kid := range []Child{{Name: "Amira", BirthYear: 2019, BirthMonth: 3},
		{Name: "Leo", BirthYear: 2014, BirthMonth: 9}, {Name: "Sam", BirthYear: 2010, BirthMonth: 1}} {
		c, err := w.s.AddChild(kid)
		w.must(err)
		w.kids = append(w.kids, c.ID)
		w.model[c.ID] = newChildModel()
	}
	for _, kid := range w.kids { // at least one of each kind for each child
		w.must(w.s.AddChildWord(kid, AllWordsLists[0], w.text("said")))
		w.model[kid].words[AllWordsLists[0]] = []string{fmt.Sprintf("said %d", w.n)}
		for _, step := range []func(ID){w.stepNote, w.stepConcern, w.stepDiscussion,
			w.stepChange, w.stepPrompt, w.stepLimit} {
			step(kid)
		}
	}
	w.check(0)
	return w
}

// A file from another computer that moves a child's record to a sibling
// (the same record, only its child changed, claiming to have seen this
// computer's version) is refused for every child-scoped kind: nothing
// changes on either child, and no copy lands "beside" on the sibling.
func TestAFileThatMovesARecordToASiblingIsRefusedForEveryKind(t *testing.T) {
	t.Parallel()
	for _, section := range []string{"concerns", "child_words", "discussions", "day_changes",
		"review_prompts", "app_notes"} {
		t.Run(section, func(t *testing.T) {
			t.Parallel()
			w := reparentWorld(t, uint64(len(section)))
			f := sealedFile(t, w.s)
			f.Device = "feedfacefeedface"
			sibling := map[string]string{}
			var kids []string
			for _, r := range f.Records {
				if r.Section == "children" {
					kids = append(kids, r.UID)
				}
			}
			for i, k := range kids {
				sibling[k] = kids[(i+1)%len(kids)]
			}
			moved := 0
			for i := range f.Records {
				r := &f.Records[i]
				if r.Section != section || r.Deleted {
					continue
				}
				v := r.Version()
				r.Child, r.Met = sibling[r.Child], &v
				r.Changed, r.Device = w.now.Add(time.Hour), f.Device
				moved++
			}
			if moved == 0 {
				t.Fatalf("no %s record to move", section)
			}
			if _, err := w.s.ApplyShared(f, ImportMerge, nil); !errors.Is(err, ErrInvalid) {
				t.Fatalf("a file moving %d %s records to a sibling was taken in (err %v)", moved, section, err)
			}
			w.check(1)
		})
	}
}

// A file from a device never seen before that archives a child (hides
// them) claiming to have seen this computer's version waits for a yes,
// as a placement change does; refused, the child stays in view.
func TestArchivingAChildFromOutsideWaitsForAYes(t *testing.T) {
	t.Parallel()
	w := reparentWorld(t, 7)
	f := sealedFile(t, w.s)
	f.Device = "feedfacefeedface"
	var uid string
	for i := range f.Records {
		r := &f.Records[i]
		if r.Section != "children" || uid != "" {
			continue
		}
		kid, err := sharedValue[Child](*r)
		w.must(err)
		kid.Archived = true
		r.Value = mustJSON(t, kid)
		v := r.Version()
		r.Met, r.Changed, r.Device, uid = &v, w.now.Add(time.Hour), f.Device, r.UID
	}
	plan, err := w.s.PlanShared(f, ImportMerge)
	w.must(err)
	c := changeOf(t, plan, "children")
	if c.UID != uid || !c.Asks || !c.Archives {
		t.Fatalf("archiving a child from outside: %+v, want a change that asks first", c)
	}
	_, err = w.s.ApplyShared(f, ImportMerge, map[string]Resolution{uid: KeepMine})
	w.must(err)
	kids, err := w.s.Children()
	w.must(err)
	for _, k := range kids {
		if k.Archived {
			t.Fatalf("%s was archived though the user said no", k.Name)
		}
	}
}

func mustJSON(t *testing.T, v any) json.RawMessage {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

package sharing

import (
	"fmt"
	"strings"
	"testing"

	"family-online-safety/content"
	"family-online-safety/data"
)

// removables is one case for each shared kind (data.Sections), the
// agreement's once for each kind of item in it ("agreement:…"). A
// child's limit for a day set to none is a change (named in the
// summary), not a removal, so it has no case.
func removables() []removable {
	out := []removable{
		{name: "children", add: func(t *testing.T, s *data.Store, _ data.Child) {
			must1(t)(s.AddChild(data.Child{Name: "Nia", BirthYear: 2017, BirthMonth: 5}))
		}, find: func(t *testing.T, s *data.Store) string {
			k, ok := childNamed(t, s, "Nia")
			return map[bool]string{true: k.Name + "|" + k.Notes}[ok]
		}, reword: func(t *testing.T, s *data.Store) {
			k, _ := childNamed(t, s, "Nia")
			k.Notes = "likes drawing"
			mustDo(t, s.UpdateChild(k))
		}, remove: func(t *testing.T, s *data.Store) {
			k, _ := childNamed(t, s, "Nia")
			mustDo(t, s.DeleteChild(k.ID))
		}},
		{name: "own_starters", add: func(t *testing.T, s *data.Store, _ data.Child) {
			must1(t)(s.AddOwnStarter(data.OwnStarter{Question: "Who do you game with?",
				Bands: []content.Band{content.Band8to10}, Topic: content.TopicGames}))
		}, find: func(t *testing.T, s *data.Store) string {
			own, _ := s.OwnStarters()
			return joinedf(own, func(o data.OwnStarter) string { return o.Question })
		}, reword: func(t *testing.T, s *data.Store) {
			own, _ := s.OwnStarters()
			own[0].Question = "Who do you play online with?"
			mustDo(t, s.UpdateOwnStarter(own[0]))
		}, remove: func(t *testing.T, s *data.Store) {
			own, _ := s.OwnStarters()
			mustDo(t, s.DeleteOwnStarter(own[0].ID))
		}},
		{name: "contacts", add: func(t *testing.T, s *data.Store, _ data.Child) {
			must1(t)(s.AddContact(data.Contact{Name: "Dr Rees", Phone: "01234 567890"}))
		}, find: func(t *testing.T, s *data.Store) string {
			cs, _ := s.Contacts()
			return joinedf(cs, func(c data.Contact) string { return c.Name + "|" + c.Phone + "|" + c.Notes })
		}, reword: func(t *testing.T, s *data.Store) {
			cs, _ := s.Contacts()
			cs[0].Notes = "the surgery, Tuesdays"
			mustDo(t, s.UpdateContact(cs[0]))
		}, remove: func(t *testing.T, s *data.Store) {
			cs, _ := s.Contacts()
			mustDo(t, s.DeleteContact(cs[0].ID))
		}},
		{name: "starter_marks", add: func(t *testing.T, s *data.Store, _ data.Child) {
			mustDo(t, s.SetFavourite("s1", true))
		}, find: func(t *testing.T, s *data.Store) string {
			marks, _ := s.StarterMarks()
			return map[bool]string{true: "s1 favourite"}[marks["s1"].Favourite]
		}, remove: func(t *testing.T, s *data.Store) {
			mustDo(t, s.SetFavourite("s1", false))
		}},
		{name: "app_notes", add: func(t *testing.T, s *data.Store, kid data.Child) {
			must1(t)(s.AddAppNote(data.AppNote{ChildID: kid.ID, Name: "Leo Minecraft", Note: "with his cousin"}))
		}, find: func(t *testing.T, s *data.Store) string {
			notes, _ := s.AppNotes(leoIn(t, s).ID)
			return joinedf(notes, func(n data.AppNote) string { return n.Name + "|" + n.Note })
		}, reword: func(t *testing.T, s *data.Store) {
			notes, _ := s.AppNotes(leoIn(t, s).ID)
			notes[0].Note = "only with his cousin, at weekends"
			mustDo(t, s.UpdateAppNote(notes[0]))
		}, remove: func(t *testing.T, s *data.Store) {
			leo := leoIn(t, s)
			notes, _ := s.AppNotes(leo.ID)
			mustDo(t, s.DeleteAppNote(leo.ID, notes[0].ID))
		}},
		{name: "concerns", never: true, add: func(t *testing.T, s *data.Store, kid data.Child) {
			must1(t)(s.AddConcern(data.Concern{ChildID: kid.ID, Date: day, Happened: "Leo: a message from a stranger"}))
		}, find: func(t *testing.T, s *data.Store) string {
			log, _ := s.Concerns(leoIn(t, s).ID)
			return joinedf(log, func(c data.Concern) string { return c.Happened })
		}, remove: func(t *testing.T, s *data.Store) {
			leo := leoIn(t, s)
			log, _ := s.Concerns(leo.ID)
			mustDo(t, s.DeleteConcern(leo.ID, log[0].ID))
		}},
		{name: "discussions", add: func(t *testing.T, s *data.Store, kid data.Child) {
			must1(t)(s.MarkDiscussed(data.Discussion{ChildID: kid.ID, StarterID: "s1",
				Date: day.Format(data.DateLayout), Note: "Leo talked about games"}))
		}, find: func(t *testing.T, s *data.Store) string {
			talks, _ := s.Discussions(leoIn(t, s).ID)
			return joinedf(talks, func(d data.Discussion) string { return d.Note })
		}, remove: func(t *testing.T, s *data.Store) {
			leo := leoIn(t, s)
			talks, _ := s.Discussions(leo.ID)
			mustDo(t, s.DeleteDiscussion(leo.ID, talks[0].ID))
		}},
		{name: "child_words", add: func(t *testing.T, s *data.Store, kid data.Child) {
			mustDo(t, s.AddChildWord(kid.ID, data.WordsEnjoy, "Leo: drawing"))
		}, find: func(t *testing.T, s *data.Store) string {
			w, _ := s.ChildWords(leoIn(t, s).ID)
			return strings.Join(w.Enjoy, ";")
		}, reword: func(t *testing.T, s *data.Store) {
			mustDo(t, s.UpdateChildWord(leoIn(t, s).ID, data.WordsEnjoy, 0, "Leo: drawing comics"))
		}, remove: func(t *testing.T, s *data.Store) {
			mustDo(t, s.DeleteChildWord(leoIn(t, s).ID, data.WordsEnjoy, 0))
		}},
		{name: "holidays", add: func(t *testing.T, s *data.Store, _ data.Child) {
			must1(t)(s.AddHoliday(data.Holiday{Name: "Half term", First: day, Last: day.AddDate(0, 0, 4)}))
		}, find: func(t *testing.T, s *data.Store) string {
			hs, _ := s.Holidays()
			return joinedf(hs, func(h data.Holiday) string { return h.Name })
		}, reword: func(t *testing.T, s *data.Store) {
			hs, _ := s.Holidays()
			hs[0].Name = "Autumn half term"
			mustDo(t, s.UpdateHoliday(hs[0]))
		}, remove: func(t *testing.T, s *data.Store) {
			hs, _ := s.Holidays()
			mustDo(t, s.DeleteHoliday(hs[0].ID))
		}},
		{name: "day_changes", add: func(t *testing.T, s *data.Store, kid data.Child) {
			must1(t)(s.AddDayChange(data.DayChange{Kind: data.ChangeNone, Day: day.AddDate(0, 0, 1),
				Reason: "Leo: exam week"}, []data.ID{kid.ID}))
		}, find: func(t *testing.T, s *data.Store) string {
			cs, _ := s.DayChanges(leoIn(t, s).ID)
			return joinedf(cs, func(c data.DayChange) string { return c.Reason })
		}, remove: func(t *testing.T, s *data.Store) {
			leo := leoIn(t, s)
			cs, _ := s.DayChanges(leo.ID)
			mustDo(t, s.DeleteDayChange(leo.ID, cs[0].ID))
		}},
		{name: "review_prompts", add: func(t *testing.T, s *data.Store, kid data.Child) {
			mustDo(t, s.DismissPrompt(kid.ID, content.Turning13, 2027))
		}, find: func(t *testing.T, s *data.Store) string {
			ps, _ := s.DismissedPrompts(leoIn(t, s).ID)
			if len(ps) == 0 {
				return ""
			}
			return fmt.Sprint(len(ps), " dismissed")
		}},
	}
	return append(out, agreementRemovables()...)
}

// agreementRemovables: a rule, a promise, a consequence, a place of
// the family's own, a built-in place and a device-free time.
func agreementRemovables() []removable {
	var out []removable
	for i, l := range data.Lists {
		text := []string{"Phones charge downstairs", "We ask before new apps",
			"No phone the next evening", "The car"}[i]
		out = append(out, removable{name: "agreement:" + string(l), add: func(t *testing.T, s *data.Store, _ data.Child) {
			must1(t)(s.AddItem(l, text))
		}, find: func(t *testing.T, s *data.Store) string {
			a, _ := s.Agreement()
			return joinedf(listOf(a, l), func(it data.Item) string { return it.Text })
		}, reword: func(t *testing.T, s *data.Store) {
			a, _ := s.Agreement()
			mustDo(t, s.UpdateItem(l, listOf(a, l)[0].ID, text+", always"))
		}, remove: func(t *testing.T, s *data.Store) {
			a, _ := s.Agreement()
			mustDo(t, s.DeleteItem(l, listOf(a, l)[0].ID))
		}})
	}
	return append(out, removable{name: "agreement:builtin place", add: func(t *testing.T, s *data.Store, _ data.Child) {
		mustDo(t, s.SetPlace(data.PlaceDinnerTable, true))
	}, find: func(t *testing.T, s *data.Store) string {
		a, _ := s.Agreement()
		return map[bool]string{true: "dinner table"}[a.HasPlace(data.PlaceDinnerTable)]
	}, remove: func(t *testing.T, s *data.Store) {
		mustDo(t, s.SetPlace(data.PlaceDinnerTable, false))
	}}, removable{name: "agreement:device-free time", add: func(t *testing.T, s *data.Store, _ data.Child) {
		must1(t)(s.AddWindow(data.Window{Label: "Homework", Days: data.EveryDay, Start: 16 * 60, End: 18 * 60, Everyone: true}))
	}, find: func(t *testing.T, s *data.Store) string {
		a, _ := s.Agreement()
		return joinedf(a.Windows, func(w data.Window) string { return w.Label })
	}, reword: func(t *testing.T, s *data.Store) {
		a, _ := s.Agreement()
		w := a.Windows[0]
		w.Label = "Homework and reading"
		mustDo(t, s.UpdateWindow(w))
	}, remove: func(t *testing.T, s *data.Store) {
		a, _ := s.Agreement()
		mustDo(t, s.DeleteWindow(a.Windows[0].ID))
	}})
}

func listOf(a data.Agreement, l data.List) []data.Item {
	return map[data.List][]data.Item{data.ListRules: a.Rules, data.ListPromises: a.Promises,
		data.ListConsequences: a.Consequences, data.ListPlaces: a.Custom}[l]
}

func joinedf[T any](list []T, f func(T) string) string {
	var out []string
	for _, v := range list {
		out = append(out, f(v))
	}
	return strings.Join(out, ";")
}

func childNamed(t *testing.T, s *data.Store, name string) (data.Child, bool) {
	t.Helper()
	kids, err := s.Children()
	mustDo(t, err)
	for _, k := range kids {
		if k.Name == name {
			return k, true
		}
	}
	return data.Child{}, false
}

func leoIn(t *testing.T, s *data.Store) data.Child {
	t.Helper()
	k, ok := childNamed(t, s, "Leo")
	if !ok {
		t.Fatal("no Leo")
	}
	return k
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

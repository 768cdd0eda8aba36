package home_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/home"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

var languages = []string{"en", "cy", "pl"}

// friday is 18:00 on Friday 27 November 2026.
var friday = time.Date(2026, 11, 27, 18, 0, 0, 0, time.Local)

// family is Mia and Leo with a signed agreement: an hour a day and
// bedtime from 20:30 to 07:00 for everyone.
func family(t *testing.T, lang string) *screentest.Harness {
	t.Helper()
	h := screentest.New(t, screentest.Lang(lang), screentest.At(friday),
		screentest.Child("Mia", 2015, 5), screentest.Child("Leo", 2017, 2))
	kids, _ := h.Store.ActiveChildren()
	one := data.Minutes(60)
	for _, k := range kids {
		if err := h.Store.SetWeek(k.ID, data.Week{one, one, one, one, one, one, one}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := h.Store.AddWindow(data.Window{Label: "Bedtime", Days: data.EveryDay, Start: 20*60 + 30, End: 7 * 60, Everyone: true}); err != nil {
		t.Fatal(err)
	}
	if err := h.Store.Sign("Mum", friday); err != nil {
		t.Fatal(err)
	}
	return h
}

// showHome shows Home at now with the agreement and changes sections.
func showHome(h *screentest.Harness, now time.Time) {
	h.SetNow(now)
	h.Show(home.New(h.Env(), h.Store, h.Actions,
		agreement.HomeSection(h.Env(), h.Store),
		home.ChangesSection(h.Env(), h.Store, h.Win, h.Actions)).View())
	h.Win.Resize(fyne.NewSize(900, 1400))
}

// card is what one child's card on Home says.
func card(h *screentest.Harness, name string) []string {
	h.T.Helper()
	for _, c := range screentest.Find[*widget.Card](h.Root()) {
		if c.Title == name {
			return screentest.Texts(c.Content)
		}
	}
	h.T.Fatalf("no card for %s", name)
	return nil
}

// tapInCard taps the button labelled label on one child's card.
func tapInCard(h *screentest.Harness, name, label string) {
	h.T.Helper()
	for _, c := range screentest.Find[*widget.Card](h.Root()) {
		if c.Title == name {
			test.Tap(screentest.Button(h.T, c.Content, label))
			return
		}
	}
	h.T.Fatalf("no card for %s", name)
}

// childID is the id of the child called name.
func childID(h *screentest.Harness, name string) data.ID {
	kids, _ := h.Store.ActiveChildren()
	for _, k := range kids {
		if k.Name == name {
			return k.ID
		}
	}
	h.T.Fatalf("no child %s", name)
	return 0
}

func says(texts []string, want string) bool {
	return slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, want) })
}

// inDialog finds the entry with placeholder in the dialog on top.
func inDialog(h *screentest.Harness, placeholder string) *widgets.Entry {
	h.T.Helper()
	for _, e := range screentest.Find[*widgets.Entry](h.Overlay()) {
		if e.PlaceHolder == placeholder {
			return e
		}
	}
	h.T.Fatalf("no field %q in the dialog", placeholder)
	return nil
}

func chooseInDialog(h *screentest.Harness, option string) {
	h.T.Helper()
	for _, r := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
		if slices.Contains(r.Options, option) {
			r.SetSelected(option)
			return
		}
	}
	h.T.Fatalf("no choice %q in the dialog", option)
}

// A later bedtime tonight for all the children, added from Home in a few
// clicks: Home shows it and "right now" follows it, it leaves the signed
// agreement as it was, and once its bedtime has come it ends by itself
// and is counted in the history.
func TestALaterBedtimeFromHomeEndsByItself(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := family(t, lang)
			tr := h.Tr
			showHome(h, friday)
			tapInCard(h, "Mia", tr.T("periods.change.add"))
			chooseInDialog(h, tr.T("periods.change.kind.bedtime"))
			h.Press(inDialog(h, h.Tr.T("periods.change.until.placeholder")), "22:15", nil)
			screentest.Choose(t, h.Overlay(), "Mia", tr.T("periods.change.everyone"))
			h.Press(inDialog(h, tr.T("periods.change.reason.placeholder")), "Fireworks", nil)
			test.Tap(screentest.Button(t, h.Overlay(), tr.T("periods.change.save")))
			if !slices.Contains(h.Actions.Shown, screens.HomeID) {
				t.Fatal("Home was not shown again after the change")
			}

			a, _ := h.Store.Agreement()
			if hist, _ := h.Store.AgreementHistory(); !a.Signed() || a.Version != 1 || len(hist) != 0 {
				t.Fatalf("the change touched the agreement: signed %v, version %d, history %d", a.Signed(), a.Version, len(hist))
			}
			showHome(h, friday.Add(3*time.Hour)) // 21:00: bedtime would have begun
			line := tr.T("periods.change.with_reason", map[string]any{
				"Change": tr.T("periods.change.bedtime.today", map[string]any{"Time": "22:15"}), "Reason": "Fireworks"})
			nextAt := tr.T("home.agreement.next", map[string]any{"Label": "Bedtime", "When": "22:15"})
			for _, name := range []string{"Mia", "Leo"} {
				c := card(h, name)
				if !says(c, line) || !says(c, nextAt) || says(c, "Bedtime —") {
					t.Errorf("%s at 21:00: %q", name, c)
				}
			}
			showHome(h, time.Date(2026, 11, 27, 22, 15, 0, 0, time.Local))
			c := card(h, "Mia")
			if says(c, line) || !says(c, tr.N("periods.count.bedtime", 1)) {
				t.Errorf("at 22:15 the change has not ended: %q", c)
			}
		})
	}
}

// The history counts the last 30 days, per child, and lists them.
func TestHomeCountsTheLast30Days(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := family(t, lang)
			tr := h.Tr
			mia := childID(h, "Mia")
			for _, d := range []int{-40, -20, -10, -3, 0} { // 40 days ago is outside
				h.SetNow(friday.AddDate(0, 0, d))
				if _, err := h.Store.AddDayChange(data.DayChange{Kind: data.ChangeBedtime, Day: h.Now(), Until: 21 * 60}, []data.ID{mia}); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := h.Store.AddDayChange(data.DayChange{Kind: data.ChangeNone, Day: h.Now()}, []data.ID{mia}); err != nil {
				t.Fatal(err)
			}
			showHome(h, friday.Add(5*time.Hour)) // 23:00: today's late night is over
			counts := tr.N("periods.count.bedtime", 4) + ", " + tr.N("periods.count.none", 1)
			want := tr.T("periods.home.history", map[string]any{"Counts": counts})
			if c := card(h, "Mia"); !says(c, want) {
				t.Errorf("Mia's card %q does not say %q", c, want)
			}
			if c := card(h, "Leo"); says(c, tr.N("periods.count.bedtime", 4)) {
				t.Errorf("Leo's card counts Mia's changes: %q", c)
			}
			tapInCard(h, "Mia", tr.T("periods.history.open"))
			screentest.MustHaveText(t, h.Overlay(), tr.T("periods.history.title", map[string]any{"Name": "Mia"}))
			screentest.MustHaveText(t, h.Overlay(), tr.T("periods.change.none.today"))
		})
	}
}

// A value the store refuses is said under its field and the dialog
// stays open; no screens today then takes the day's limit to nothing
// until midnight.
func TestNoScreensTodayAndARefusedValue(t *testing.T) {
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := family(t, lang)
			tr := h.Tr
			showHome(h, friday)
			tapInCard(h, "Mia", tr.T("periods.change.add"))
			chooseInDialog(h, tr.T("periods.change.kind.extra"))
			minutes := screentest.Find[*widgets.Entry](h.Overlay())
			var box *widgets.Entry
			for _, e := range minutes {
				if e.Text == "30" {
					box = e
				}
			}
			box.SetText("999")
			test.Tap(screentest.Button(t, h.Overlay(), tr.T("periods.change.save")))
			screentest.MustHaveText(t, h.Overlay(), tr.T("periods.change.err.minutes", map[string]any{"Min": 1, "Max": data.MaxExtraMinutes}))
			chooseInDialog(h, tr.T("periods.change.kind.none"))
			test.Tap(screentest.Button(t, h.Overlay(), tr.T("periods.change.save")))

			showHome(h, time.Date(2026, 11, 27, 23, 59, 0, 0, time.Local))
			c := card(h, "Mia")
			if !says(c, tr.T("home.agreement.today_zero")) || !says(c, tr.T("periods.change.none.today")) {
				t.Errorf("23:59: %q", c)
			}
			if c := card(h, "Leo"); says(c, tr.T("home.agreement.today_zero")) {
				t.Errorf("Leo has no screens too: %q", c)
			}
			showHome(h, time.Date(2026, 11, 28, 0, 0, 0, 0, time.Local))
			c = card(h, "Mia")
			if says(c, tr.T("home.agreement.today_zero")) || says(c, tr.T("periods.change.none.today")) {
				t.Errorf("00:00: %q", c)
			}
		})
	}
}

// What is typed in the dialog is kept as a draft: closed without saving
// (or after a quick exit), it opens again with it; saved, it is forgotten.
func TestTheChangeDialogKeepsItsDraft(t *testing.T) {
	h := family(t, "en")
	tr := h.Tr
	showHome(h, friday)
	tapInCard(h, "Mia", tr.T("periods.change.add"))
	chooseInDialog(h, tr.T("periods.change.kind.bedtime"))
	h.Press(inDialog(h, h.Tr.T("periods.change.until.placeholder")), "22:00", nil)
	h.Press(inDialog(h, tr.T("periods.change.reason.placeholder")), "Film night", nil)
	test.Tap(screentest.Button(t, h.Overlay(), tr.T("periods.change.cancel")))

	showHome(h, friday)
	tapInCard(h, "Mia", tr.T("periods.change.add"))
	if got := inDialog(h, h.Tr.T("periods.change.until.placeholder")).Text; got != "22:00" {
		t.Errorf("bedtime field reopened with %q", got)
	}
	if got := inDialog(h, tr.T("periods.change.reason.placeholder")).Text; got != "Film night" {
		t.Errorf("reason reopened with %q", got)
	}
	test.Tap(screentest.Button(t, h.Overlay(), tr.T("periods.change.save")))
	if got, _ := h.Store.DayChanges(childID(h, "Mia")); len(got) != 1 || got[0].Until != 22*60 || got[0].Reason != "Film night" {
		t.Fatalf("saved %+v", got)
	}
	showHome(h, friday)
	tapInCard(h, "Mia", tr.T("periods.change.add"))
	if got := inDialog(h, tr.T("periods.change.reason.placeholder")).Text; got != "" {
		t.Errorf("after saving the dialog opens with %q", got)
	}
}

// A child the agreement does not cover keeps Home's "nothing planned
// yet" instead of a change to nothing.
func TestAChildWithoutAPlanHasNoChangeButton(t *testing.T) {
	h := family(t, "en")
	if _, err := h.Store.AddChild(data.Child{Name: "Maisie", BirthYear: 2022, BirthMonth: 10}); err != nil {
		t.Fatal(err)
	}
	a, _ := h.Store.Agreement()
	for _, w := range a.Windows { // the bedtime was for everyone: make it Mia and Leo's
		w.Everyone, w.Children = false, []data.ID{childID(h, "Mia"), childID(h, "Leo")}
		if err := h.Store.UpdateWindow(w); err != nil {
			t.Fatal(err)
		}
	}
	showHome(h, friday)
	c := card(h, "Maisie")
	if says(c, h.Tr.T("periods.change.add")) || !says(c, h.Tr.T("home.child.nothing_yet")) {
		t.Errorf("Maisie's card: %q", c)
	}
	if !says(card(h, "Mia"), h.Tr.T("periods.change.add")) {
		t.Error("Mia's card has no change button")
	}
}

// The bedtime field's placeholder reads as an example, not as a time
// already typed in, in each language.
func TestTheBedtimePlaceholderIsAnExample(t *testing.T) {
	bare := regexp.MustCompile(`^\s*\d{1,2}[:.]\d{2}\s*$`)
	for _, lang := range languages {
		t.Run(lang, func(t *testing.T) {
			h := family(t, lang)
			showHome(h, friday)
			tapInCard(h, "Mia", h.Tr.T("periods.change.add"))
			chooseInDialog(h, h.Tr.T("periods.change.kind.bedtime"))
			found := false
			for _, e := range screentest.Find[*widgets.Entry](h.Overlay()) {
				if strings.Contains(e.PlaceHolder, ":") {
					found = true
					if bare.MatchString(e.PlaceHolder) {
						t.Errorf("the bedtime field shows %q, which reads as filled in", e.PlaceHolder)
					}
				}
			}
			if !found {
				t.Fatal("no bedtime field with an example time")
			}
		})
	}
}

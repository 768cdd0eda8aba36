package starters_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/starters"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

type startersHarness struct {
	*screentest.Harness
}

// openStarters shows the starters screen on a real store.
func openStarters(t *testing.T, opts ...screentest.Option) *startersHarness {
	t.Helper()
	h := &startersHarness{screentest.New(t, append([]screentest.Option{screentest.Size(1200, 800)}, opts...)...)}
	h.Show(starters.New(h.Env(), h.Store, h.Actions).View())
	return h
}

func (h *startersHarness) root() fyne.CanvasObject { return h.Root() }

// list is the starters list (its rows are a question over a meta line).
func (h *startersHarness) list() *widgets.List {
	h.T.Helper()
	for _, l := range screentest.Find[*widgets.List](h.root()) {
		if len(screentest.Texts(l.CreateItem())) == 2 {
			return l
		}
	}
	h.T.Fatal("no starters list on the screen")
	return nil
}

// rows renders every row of the starters list, virtualised or not, as
// "question | meta".
func (h *startersHarness) rows() []string {
	h.T.Helper()
	l := h.list()
	var out []string
	for i := 0; i < l.Length(); i++ {
		o := l.CreateItem()
		l.UpdateItem(i, o)
		texts := screentest.Texts(o)
		out = append(out, texts[0]+" | "+texts[1])
	}
	return out
}

func (h *startersHarness) hasRow(question string) bool {
	for _, r := range h.rows() {
		if strings.HasPrefix(r, question+" | ") {
			return true
		}
	}
	return false
}

// open selects the starter whose question starts the row.
func (h *startersHarness) open(question string) {
	h.T.Helper()
	for i, r := range h.rows() {
		if strings.HasPrefix(r, question+" | ") {
			h.list().Select(i)
			return
		}
	}
	h.T.Fatalf("starter %q is not in the list", question)
}

func (h *startersHarness) q(id string) string {
	st, ok := content.StarterByID(id)
	if !ok {
		h.T.Fatalf("no starter %q", id)
	}
	return h.Tr.T(st.QuestionKey())
}

func (h *startersHarness) choose(optionPrefix, choice string) {
	h.T.Helper()
	for _, s := range screentest.Find[*widget.Select](h.root()) {
		if (optionPrefix != "" && strings.HasPrefix(s.Selected, optionPrefix)) || (s.Selected == "" && optionPrefix == "") {
			for _, o := range s.Options {
				if o == choice {
					s.SetSelected(choice)
					return
				}
			}
		}
	}
	h.T.Fatalf("no select showing %q with option %q", optionPrefix, choice)
}

func (h *startersHarness) selectShowing(text string) *widget.Select {
	h.T.Helper()
	for _, s := range screentest.Find[*widget.Select](h.root()) {
		if s.Selected == text {
			return s
		}
	}
	h.T.Fatalf("no select shows %q", text)
	return nil
}

func (h *startersHarness) entry(placeholder string) *widgets.Entry {
	h.T.Helper()
	for _, e := range screentest.Find[*widgets.Entry](h.root()) {
		if e.PlaceHolder == placeholder {
			return e
		}
	}
	h.T.Fatalf("no text field %q", placeholder)
	return nil
}

func (h *startersHarness) check(text string) *widget.Check {
	h.T.Helper()
	for _, c := range screentest.Find[*widget.Check](h.root()) {
		if c.Text == text {
			return c
		}
	}
	h.T.Fatalf("no tick box %q", text)
	return nil
}

func (h *startersHarness) tab(title string) {
	h.T.Helper()
	screentest.SelectTab(h.T, h.root(), title)
}

func (h *startersHarness) tap(label string) {
	h.T.Helper()
	test.Tap(screentest.Button(h.T, h.root(), label))
}

var addChild = screentest.Child

func TestStartersListTheWholeLibrary(t *testing.T) {
	h := openStarters(t, screentest.Lang("en"))
	if got := len(h.rows()); got != len(content.Starters) {
		t.Fatalf("list shows %d starters, want all %d", got, len(content.Starters))
	}
	screentest.MustHaveText(t, h.root(), "139 starters")
	screentest.MustHaveText(t, h.root(), "Choose a starter")
}

// A child born in November 2013 is 12 on 31 October 2026 and 13 from
// 1 November: choosing the child picks the band for their age that day.
func TestStartersChildPicksTheBandAtTheBirthdayBoundary(t *testing.T) {
	cases := []struct {
		day       time.Time
		band      string
		in, notIn string
	}{
		{time.Date(2026, 10, 31, 18, 0, 0, 0, time.Local), "Age: 11 to 12", "games-age-ratings", "games-servers-communities"},
		{time.Date(2026, 11, 1, 8, 0, 0, 0, time.Local), "Age: 13 to 15", "games-servers-communities", "games-age-ratings"},
	}
	for _, c := range cases {
		t.Run(c.day.Format("2006-01-02"), func(t *testing.T) {
			h := openStarters(t, screentest.At(c.day), addChild("Nia", 2013, 11))
			h.choose("Any child", "Nia")
			h.selectShowing(c.band)
			if !h.hasRow(h.q(c.in)) {
				t.Errorf("%s is missing for Nia on %s", c.in, c.day.Format("2 Jan"))
			}
			if h.hasRow(h.q(c.notIn)) {
				t.Errorf("%s is listed for Nia on %s", c.notIn, c.day.Format("2 Jan"))
			}
			ages := strings.TrimPrefix(c.band, "Age: ")
			for _, r := range h.rows() {
				if !strings.Contains(r, ages) {
					t.Fatalf("row %q is not for ages %s", r, ages)
				}
			}
		})
	}
}

func TestStartersFilterByTopicSearchAndSimpleWords(t *testing.T) {
	h := openStarters(t, screentest.Lang("en"))
	h.choose("All topics", "Money and in-game spending")
	money := h.rows()
	if len(money) < 6 {
		t.Fatalf("money topic lists %d starters", len(money))
	}
	for _, r := range money {
		if !strings.Contains(r, "| Money and in-game spending") {
			t.Fatalf("row %q is not about money", r)
		}
	}

	// Search is case-insensitive and looks in the question and the tip.
	test.Type(h.entry("Search the questions and tips"), "LOOT")
	if rows := h.rows(); len(rows) != 1 || !strings.HasPrefix(rows[0], h.q("money-loot-boxes")) {
		t.Fatalf("search for LOOT in money lists %q", rows)
	}
	h.entry("Search the questions and tips").SetText("designed to keep people paying") // only in the tip
	if rows := h.rows(); len(rows) != 1 {
		t.Fatalf("search in tips lists %q", rows)
	}
	h.entry("Search the questions and tips").SetText("")
	h.choose("Money and in-game spending", "All topics")

	test.Tap(h.check("Simple words"))
	simple := h.rows()
	want := 0
	for _, s := range content.Starters {
		if s.Simple {
			want++
		}
	}
	if len(simple) != want {
		t.Fatalf("simple words lists %d starters, want %d", len(simple), want)
	}
	for _, r := range simple {
		if !strings.Contains(r, "Simple words") {
			t.Fatalf("row %q is not marked simple", r)
		}
	}

	test.Tap(h.check("Favourites"))
	if n := len(h.rows()); n != 0 {
		t.Fatalf("favourites lists %d starters with none chosen", n)
	}
	screentest.MustHaveText(t, h.root(), "No starters match")
}

func TestStartersSearchInTheCurrentLanguage(t *testing.T) {
	h := openStarters(t, screentest.Lang("pl"))
	test.Type(h.entry(h.Tr.T("starters.filter.search")), "SKRZYNCE Z LOSOWĄ")
	if rows := h.rows(); len(rows) != 1 || !strings.HasPrefix(rows[0], h.q("money-loot-boxes")) {
		t.Fatalf("Polish search lists %q", rows)
	}
}

func TestStartersCopyFavouriteAndHide(t *testing.T) {
	h := openStarters(t, screentest.Lang("en"))
	question := h.q("money-loot-boxes")
	h.open(question)
	screentest.MustHaveText(t, h.root(), "Advice last checked: 2026-11")
	screentest.MustHaveText(t, h.root(), "Internet Matters")

	h.tap("Copy")
	if h.Actions.LastCopied() != question {
		t.Fatalf("copied %q, want the question", h.Actions.LastCopied())
	}
	screentest.MustHaveText(t, h.root(), "Quick exit clears the clipboard")

	h.tap("Add to favourites")
	if marks, _ := h.Store.StarterMarks(); !marks["money-loot-boxes"].Favourite {
		t.Fatalf("favourite not saved: %+v", marks)
	}
	screentest.Button(t, h.root(), "Remove from favourites")
	test.Tap(h.check("Favourites"))
	if rows := h.rows(); len(rows) != 1 || !strings.HasPrefix(rows[0], question) {
		t.Fatalf("favourites list %q", rows)
	}
	test.Tap(h.check("Favourites"))

	total := len(h.rows())
	h.tap("Hide")
	if marks, _ := h.Store.StarterMarks(); !marks["money-loot-boxes"].Hidden {
		t.Fatalf("hidden mark not saved: %+v", marks)
	}
	if h.hasRow(question) || len(h.rows()) != total-1 {
		t.Fatal("a hidden starter is still listed")
	}
	test.Tap(h.check("Show hidden"))
	if !h.hasRow(question) {
		t.Fatal("show hidden does not bring the starter back")
	}
}

func TestStartersMarkDiscussedSavesHistory(t *testing.T) {
	h := openStarters(t, screentest.At(time.Date(2026, 11, 20, 16, 0, 0, 0, time.Local)), addChild("Leo", 2017, 4), addChild("Amira", 2012, 8))
	kids, _ := h.Store.Children()
	leo := kids[1]
	h.choose("Any child", "Leo")
	question := h.q("money-loot-boxes")
	h.open(question)

	date := h.entry("For example 20/11/2026")
	if date.Text != "20/11/2026" {
		t.Fatalf("date field starts at %q, want today", date.Text)
	}
	h.selectShowing("Leo")

	// A future day is refused and the typed value kept.
	date.SetText("21/11/2026")
	h.tap("Mark as discussed")
	screentest.MustHaveText(t, h.root(), "That day has not happened yet")
	if date.Text != "21/11/2026" {
		t.Fatalf("typed date lost: %q", date.Text)
	}
	if got, _ := h.Store.Discussions(leo.ID); len(got) != 0 {
		t.Fatalf("future discussion saved: %+v", got)
	}

	date.SetText("18/11/2026")
	test.Type(h.entry("What was said or agreed"), "He will ask before buying.")
	h.tap("Mark as discussed")
	got, _ := h.Store.Discussions(leo.ID)
	if len(got) != 1 || got[0].StarterID != "money-loot-boxes" || got[0].Date != "2026-11-18" || got[0].Note != "He will ask before buying." {
		t.Fatalf("Leo's history = %+v", got)
	}
	screentest.MustHaveText(t, h.root(), "Saved in Leo's history for 18/11/2026")
	if n := h.entry("What was said or agreed").Text; n != "" {
		t.Fatalf("note not cleared after saving: %q", n)
	}

	// The history tab shows it; deleting offers undo.
	h.tab("What we talked about")
	screentest.MustHaveText(t, h.root(), "1 conversation with Leo")
	screentest.MustHaveText(t, h.root(), "He will ask before buying.")
	screentest.MustHaveText(t, h.root(), question)
	var del *widget.Button
	for _, b := range screentest.Find[*widgets.TipButton](h.root()) {
		if b.Text == "" && b.Tip == "Delete" && b.OnTapped != nil && b.Visible() {
			del = &b.Button
		}
	}
	if del == nil {
		t.Fatal("no delete button in the history")
	}
	test.Tap(del)
	if got, _ := h.Store.Discussions(leo.ID); len(got) != 0 {
		t.Fatalf("after delete: %+v", got)
	}
	screentest.MustHaveText(t, h.root(), "Nothing noted for Leo yet")
	h.tap("Undo")
	got, _ = h.Store.Discussions(leo.ID)
	if len(got) != 1 || got[0].Note != "He will ask before buying." || got[0].Date != "2026-11-18" {
		t.Fatalf("after undo: %+v", got)
	}
	screentest.MustHaveText(t, h.root(), "1 conversation with Leo")
}

func TestStartersAddEditAndDeleteOwnStarter(t *testing.T) {
	h := openStarters(t, screentest.Lang("en"))
	h.tap("Add your own")
	question := "What would you do if a game asked for Nan's bank card?"
	test.Type(h.entry("For example: What made you laugh online this week?"), question)
	h.tap("Save starter")
	screentest.MustHaveText(t, h.root(), "Please tick at least one age")
	if own, _ := h.Store.OwnStarters(); len(own) != 0 {
		t.Fatalf("saved without ages: %+v", own)
	}

	groups := screentest.Find[*widget.CheckGroup](h.root())
	if len(groups) != 1 {
		t.Fatalf("found %d age groups", len(groups))
	}
	groups[0].SetSelected([]string{"5 to 7", "8 to 10"})
	h.choose("", "Money and in-game spending")
	h.tap("Save starter")

	own, _ := h.Store.OwnStarters()
	if len(own) != 1 || own[0].Question != question || own[0].Topic != content.TopicMoney ||
		len(own[0].Bands) != 2 || own[0].Bands[0] != content.Band5to7 {
		t.Fatalf("own starters = %+v", own)
	}
	screentest.MustHaveText(t, h.root(), "You wrote this starter")
	if !h.hasRow(question) {
		t.Fatal("own starter not in the list")
	}
	// It takes part in the filters like the others.
	h.choose("All ages", "Age: 8 to 10")
	h.choose("All topics", "Money and in-game spending")
	if !h.hasRow(question) {
		t.Fatal("own starter missing from its band and topic")
	}
	h.choose("Age: 8 to 10", "Age: 16 to 17")
	if h.hasRow(question) {
		t.Fatal("own starter listed outside its bands")
	}
	h.choose("Age: 16 to 17", "All ages")

	h.open(question)
	h.tap("Change")
	h.entry("What to listen for, or what to do next").SetText("Keep cards out of reach.")
	h.tap("Save starter")
	if own, _ := h.Store.OwnStarters(); own[0].Tip != "Keep cards out of reach." {
		t.Fatalf("edit not saved: %+v", own)
	}
	screentest.MustHaveText(t, h.root(), "Keep cards out of reach.")

	h.tap("Delete")
	h.tap("Keep it")
	if own, _ := h.Store.OwnStarters(); len(own) != 1 {
		t.Fatal("deleted without confirming")
	}
	h.tap("Delete")
	h.tap("Yes, delete")
	if own, _ := h.Store.OwnStarters(); len(own) != 0 {
		t.Fatalf("after delete: %+v", own)
	}
	if h.hasRow(question) {
		t.Fatal("deleted starter still listed")
	}
}

func TestStartersWithoutChildrenStillBrowse(t *testing.T) {
	h := openStarters(t, screentest.Lang("cy"))
	h.open(h.q("games-who-can-talk"))
	screentest.MustHaveText(t, h.root(), h.Tr.T("starters.mark.no_children"))
	screentest.MustHaveText(t, h.root(), "2026-11")
}

// The library the screen shows: unique ids, words in every language, and
// enough for every band, topic and "simple words".
func TestStarterCatalogueIntegrity(t *testing.T) {
	if len(content.Starters) < 120 {
		t.Fatalf("%d built-in starters, want at least 120", len(content.Starters))
	}
	seen := map[string]bool{}
	perBand, simple := map[content.Band]int{}, map[content.Band]int{}
	perTopic := map[content.Topic]int{}
	for _, s := range content.Starters {
		if seen[s.ID] {
			t.Errorf("id %q used twice", s.ID)
		}
		seen[s.ID] = true
		if len(s.Bands) == 0 || s.Topic == "" || s.Source.Checked == "" {
			t.Errorf("%s: needs bands, a topic and a checked date", s.ID)
		}
		for _, b := range s.Bands {
			perBand[b]++
			if s.Simple {
				simple[b]++
			}
		}
		perTopic[s.Topic]++
	}
	for _, b := range content.Bands {
		if perBand[b] < 15 || simple[b] < 3 {
			t.Errorf("band %s: %d starters, %d in simple words; want at least 15 and 3", b, perBand[b], simple[b])
		}
	}
	for _, tp := range content.Topics {
		if perTopic[tp] < 6 {
			t.Errorf("topic %s: %d starters, want at least 6", tp, perTopic[tp])
		}
	}
	for _, l := range translations.Languages {
		tr, _ := translations.New(l.Code)
		msgs := map[string]string{}
		for _, file := range []string{"starters." + l.Code + ".toml"} {
			m, err := translations.Messages(file)
			if err != nil {
				t.Fatal(err)
			}
			msgs = m
		}
		for _, s := range content.Starters {
			for _, key := range []string{s.QuestionKey(), s.TipKey()} {
				if strings.TrimSpace(msgs[key]) == "" || tr.T(key) == key {
					t.Errorf("%s: no text for %s", l.Code, key)
				}
			}
		}
	}
}

// Choosing a child whose age the open starter is not for takes it off the
// screen: a 4-year-old's filter never leaves a 13 to 15 question showing.
func TestAStarterTheFiltersNoLongerMatchIsNotLeftShowing(t *testing.T) {
	h := openStarters(t, screentest.At(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)), addChild("Maisie", 2022, 3))
	teen := h.q("games-servers-communities")
	h.open(teen)
	h.Shows(teen)
	h.choose("Any child", "Maisie")
	if h.hasRow(teen) {
		t.Fatal("the 13 to 15 starter is still listed for a 4-year-old")
	}
	if screentest.HasText(h.root(), teen) {
		t.Fatal("the 13 to 15 starter is still on show for a 4-year-old")
	}
}

package children_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/children"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

var wordsDay = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

// twoChildren is Leo (9) and Maisie (4), each with their own limits,
// device-free time and words, a dinner time for everyone and a house rule.
var twoChildren = screentest.Prepare(func(s *data.Store) {
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	leo, err := s.AddChild(data.Child{Name: "Leo", BirthYear: 2017, BirthMonth: 4})
	must(err)
	maisie, err := s.AddChild(data.Child{Name: "Maisie", BirthYear: 2022, BirthMonth: 6})
	must(err)
	d := data.Minutes
	must(s.SetWeek(leo.ID, data.Week{d(90), d(90), d(90), d(90), d(90), d(150), d(150)}))
	must(s.SetWeek(maisie.ID, data.Week{d(60), d(60), d(60), d(60), d(60), d(60), d(60)}))
	_, err = s.AddWindow(data.Window{Label: "Homework", Days: data.SchoolDays, Start: 16*60 + 30, End: 17*60 + 30, Children: []data.ID{leo.ID}})
	must(err)
	_, err = s.AddWindow(data.Window{Label: "Nap time", Days: data.EveryDay, Start: 13 * 60, End: 14 * 60, Children: []data.ID{maisie.ID}})
	must(err)
	_, err = s.AddWindow(data.Window{Label: "Dinner", Days: data.EveryDay, Start: 18 * 60, End: 18*60 + 45, Everyone: true})
	must(err)
	_, err = s.AddItem(data.ListRules, "We ask before downloading a game")
	must(err)
	must(s.AddChildWord(leo.ID, data.WordsEnjoy, "Minecraft with Sam"))
	must(s.AddChildWord(leo.ID, data.WordsWorries, "Strangers adding me"))
	must(s.AddChildWord(maisie.ID, data.WordsEnjoy, "Bluey"))
	must(s.AddChildWord(maisie.ID, data.WordsAsks, "Play with me sometimes"))
})

// wordsHarness opens child's "In their words" tab, in lang.
func wordsHarness(t *testing.T, child data.ID, lang string, opts ...screentest.Option) *childrenHarness {
	t.Helper()
	opts = append([]screentest.Option{screentest.At(wordsDay), screentest.Lang(lang), twoChildren}, opts...)
	h := &childrenHarness{Harness: screentest.New(t, opts...)}
	files, _ := h.Files()
	h.screen = children.New(h.Env(), h.Store, h.Win, h.Actions).Focus(child, children.TabWords).WithPrinting(files, h.Store)
	h.Show(h.screen.View())
	return h
}

// hasLine fails unless a line of the child's words is shown, in its field.
func hasLine(t *testing.T, h *childrenHarness, text string) {
	t.Helper()
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Text == text && e.Visible() {
			return
		}
	}
	t.Fatalf("no line %q on screen", text)
}

// submit presses Enter in a field.
func submit(e *widgets.Entry) { e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

func TestTheChildsWordsAreAddedEditedAndRefusedInline(t *testing.T) {
	h := wordsHarness(t, 1, "en")
	h.Shows("In Leo's own words")
	hasLine(t, h, "Minecraft with Sam")
	promise := h.Entry("For example: I will tell someone if something upsets me")
	test.Type(promise, "I will stop when the timer goes")
	submit(promise)
	if w, _ := h.Store.ChildWords(1); len(w.Promises) != 1 || w.Promises[0] != "I will stop when the timer goes" {
		t.Fatalf("promises = %q", w.Promises)
	}
	if promise.Text != "" {
		t.Fatalf("the box still says %q after adding", promise.Text)
	}
	hasLine(t, h, "I will stop when the timer goes")

	ask := h.Entry("For example: Ask me before you post a photo of me")
	test.Type(ask, strings.Repeat("please ", 21))
	submit(ask)
	h.Shows("Please keep each line to 140 characters or fewer")
	if w, _ := h.Store.ChildWords(1); len(w.Asks) != 0 {
		t.Fatalf("a line too long was saved: %q", w.Asks)
	}

	// A line is edited in place; emptied, it is refused and the stored one kept.
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Text == "Minecraft with Sam" {
			e.SetText("Minecraft with Sam and Nain")
		}
	}
	if w, _ := h.Store.ChildWords(1); w.Enjoy[0] != "Minecraft with Sam and Nain" {
		t.Fatalf("enjoy = %q", w.Enjoy)
	}
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Text == "Minecraft with Sam and Nain" {
			e.SetText("")
		}
	}
	h.Shows("Please fill this in.")
	if w, _ := h.Store.ChildWords(1); w.Enjoy[0] != "Minecraft with Sam and Nain" {
		t.Fatalf("an emptied line was saved: %q", w.Enjoy)
	}
}

func TestAListOfTheChildsWordsIsFullAtTwelve(t *testing.T) {
	h := wordsHarness(t, 2, "en")
	enjoy := h.Entry("For example: Building in Minecraft with my cousin")
	for i := 1; i < data.MaxChildWords; i++ {
		test.Type(enjoy, "Game "+string(rune('A'+i)))
		submit(enjoy)
	}
	test.Type(enjoy, "One more")
	submit(enjoy)
	h.Shows("This list is full: up to 12 lines")
	if enjoy.Text != "One more" {
		t.Fatalf("the refused line was lost from the box: %q", enjoy.Text)
	}
}

// The child's view shows one child's part only, in every language, and
// the Back button brings the grown-up screen back.
func TestTheChildsViewShowsOnlyThatChild(t *testing.T) {
	for _, c := range []struct {
		lang, show, back, title, limit, homework string
	}{
		{"en", "Show the child's view", "Back to grown-up view", "My agreement", "School days (Mon–Fri): 1 hour and 30 minutes of screens", "Homework – School days (Mon–Fri): no screens from 16:30 to 17:30"},
		{"cy", "Dangos golwg y plentyn", "Yn ôl i olwg yr oedolion", "Fy nghytundeb", "Dyddiau ysgol (Llun–Gwe): 1 awr a 30 munud o amser sgrin", "Homework – Dyddiau ysgol (Llun–Gwe): dim sgriniau o 16:30 i 17:30"},
		{"pl", "Pokaż widok dla dziecka", "Wróć do widoku dla dorosłych", "Moja umowa", "Dni szkolne (pon.–pt.): 1 godzina i 30 minut przed ekranem", "Homework – Dni szkolne (pon.–pt.): bez ekranów w godzinach 16:30–17:30"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			h := wordsHarness(t, 1, c.lang)
			h.Tap(c.show)
			for _, want := range []string{c.title, c.limit, c.homework, "Dinner", "Minecraft with Sam", "We ask before downloading a game"} {
				h.Shows(want)
			}
			for _, not := range []string{"Nap time", "Bluey", "Play with me sometimes", "Strangers adding me", "Maisie"} {
				if screentest.HasText(h.Root(), not) {
					t.Errorf("Leo's view shows %q", not)
				}
			}
			if n := len(pictures(h.Root())); n != 0 {
				t.Errorf("Leo (9) sees %d pictures", n)
			}
			h.Tap(c.back)
			if screentest.HasText(h.Root(), c.title) {
				t.Fatal("the child's view is still shown after Back")
			}
			hasLine(t, h, "Minecraft with Sam") // the grown-up tab again
		})
	}
}

func TestAChildUnderSevenSeesAPictureBesideEachLine(t *testing.T) {
	h := wordsHarness(t, 2, "en")
	h.Tap("Show the child's view")
	h.Shows("Bluey")
	h.Shows("Nap time")
	if screentest.HasText(h.Root(), "Homework") || screentest.HasText(h.Root(), "Minecraft") {
		t.Fatal("Maisie's view shows Leo's part")
	}
	// Bluey, a limit, nap time, dinner, the rule and her ask: six lines.
	if n := len(pictures(h.Root())); n != 6 {
		t.Fatalf("Maisie (4) sees %d pictures, want one beside each of 6 lines", n)
	}
}

// pictures are the child's view's images.
func pictures(root fyne.CanvasObject) []*canvas.Image {
	var out []*canvas.Image
	for _, img := range screentest.Find[*canvas.Image](root) {
		if img.Resource != nil && img.Visible() && img.MinSize().Width >= 48 {
			out = append(out, img)
		}
	}
	return out
}

func TestTheChildsViewPrintsForThatChild(t *testing.T) {
	h := wordsHarness(t, 2, "en")
	files, saved := h.Files()
	h.screen = children.New(h.Env(), h.Store, h.Win, h.Actions).Focus(2, children.TabWords).WithPrinting(files, h.Store)
	h.Show(h.screen.View())
	h.Tap("Print the child's view")
	if len(saved.Names) != 1 || saved.Names[0] != "My agreement 2026-11-23.pdf" {
		t.Fatalf("saved %v", saved.Names)
	}
	if len(h.Actions.Opened) != 1 {
		t.Fatalf("opened %v, want the PDF opened to print", h.Actions.Opened)
	}
	text := pdfToText(t, saved.Paths[0])
	if text != "" && (!strings.Contains(text, "Bluey") || strings.Contains(text, "Minecraft")) {
		t.Fatalf("Maisie's printed view:\n%s", text)
	}
}

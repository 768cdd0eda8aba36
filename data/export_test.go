package data

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

// keyWords writes each label as its key, with its data, so the tests can
// check which labels an export uses without depending on translations.
type keyWords struct{}

func (keyWords) T(id string, data ...map[string]any) string {
	if len(data) == 0 {
		return id
	}
	var parts []string
	for k, v := range data[0] {
		parts = append(parts, fmt.Sprintf("%s=%v", k, v))
	}
	sort.Strings(parts)
	return id + "(" + strings.Join(parts, ",") + ")"
}

func (k keyWords) N(id string, n int, data ...map[string]any) string {
	return fmt.Sprintf("%s#%d", id, n)
}

func TestChildExportHasEverything(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	now := time.Now()
	m := addTestChild(t, s, "Maisie", now.Year()-4, 1)
	m.Notes = "Loves dinosaurs"
	m.Placed = true
	m.Placement = Placement{SocialWorker: "Priya Shah", OutOfHoursPhone: "01632 960456", Contact: "Saturdays\nand Wednesdays"}
	must(t, s.UpdateChild(m))
	must1(t)(s.AddAppNote(AppNote{ChildID: m.ID, AppID: "youtube-kids", Decision: DecisionAllowed, Checked: []string{"timer"}}))
	must1(t)(s.AddConcern(Concern{ChildID: m.ID, Date: Day(now), Happened: "Upset after a video", Told: "Priya"}))
	must1(t)(s.AddConcern(Concern{ChildID: m.ID, Date: Day(now.AddDate(0, 0, -2)), Happened: "Earlier thing"}))

	text, err := s.ChildExport(m.ID, keyWords{}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"childexport.child.title(Name=Maisie)",
		"child.age#4",
		"child.notes: Loves dinosaurs",
		"placement.social_worker: Priya Shah",
		"placement.out_of_hours: 01632 960456",
		"placement.contact:\n  Saturdays\n  and Wednesdays\n",
		"* YouTube Kids",
		"appnote.decision: appdecision.allowed",
		"[x] app.youtube-kids.setting.timer",
		"[ ] app.youtube-kids.setting.search-off",
		"concern.happened: Upset after a video",
		"concern.told: Priya",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "placement.photos") {
		t.Errorf("export lists an empty field:\n%s", text)
	}
	if strings.Index(text, "Earlier thing") > strings.Index(text, "Upset after") {
		t.Errorf("concerns not in date order:\n%s", text)
	}
	if _, err := s.ChildExport(999, keyWords{}, now); err == nil {
		t.Error("exported a child that does not exist")
	}
}

// The export is the grown-ups' full record: the child's own words come
// with it, all four lists, and a child who wrote none gets no empty heading.
func TestChildExportHasTheChildsOwnWords(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	now := time.Now()
	leo := addTestChild(t, s, "Leo", now.Year()-9, 3)
	amira := addTestChild(t, s, "Amira", now.Year()-14, 8)
	must(t, s.AddChildWord(leo.ID, WordsEnjoy, "Building in Minecraft"))
	must(t, s.AddChildWord(leo.ID, WordsWorries, "Strangers asking to be friends"))
	text, err := s.ChildExport(leo.ID, keyWords{}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"childwords.tab", "childwords.list.enjoy:\n  * Building in Minecraft",
		"childwords.list.worries:\n  * Strangers asking to be friends"} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "childwords.list.promises") {
		t.Errorf("export lists an empty list:\n%s", text)
	}
	other, err := s.ChildExport(amira.ID, keyWords{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(other, "childwords.tab") || strings.Contains(other, "Minecraft") {
		t.Errorf("Amira's export has Leo's words or an empty section:\n%s", other)
	}
}

func TestConcernLogTextWithNoEntries(t *testing.T) {
	t.Parallel()
	text := ConcernLogText(Child{Name: "Leo", BirthYear: 2017, BirthMonth: 4}, nil, keyWords{}, time.Now())
	if !strings.Contains(text, "childexport.concerns.title(Name=Leo)") || !strings.Contains(text, "childexport.none") {
		t.Fatalf("empty log export:\n%s", text)
	}
}

func TestChildExportWarnsOfAppsUnderTheMinimumAge(t *testing.T) {
	t.Parallel()
	s := openTemp(t)
	now := time.Now()
	leo := addTestChild(t, s, "Leo", now.Year()-9, 1)
	must1(t)(s.AddAppNote(AppNote{ChildID: leo.ID, AppID: "tiktok"}))
	must1(t)(s.AddAppNote(AppNote{ChildID: leo.ID, AppID: "youtube-kids"}))
	text, err := s.ChildExport(leo.ID, keyWords{}, now)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "childexport.young(Age=13,App=TikTok,Name=Leo)") {
		t.Fatalf("no under-age warning for TikTok in:\n%s", text)
	}
	if strings.Count(text, "childexport.young") != 1 {
		t.Fatalf("a warning for an app Leo is old enough for:\n%s", text)
	}
}

package sharing

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/translations"
)

const pass = "blue kettle on the windowsill"

// cheap is the scrypt cost of the tests' stores (datatest): they seal
// dozens of files.
var cheap = data.CheapShareCost()

var day = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// family is a store with two children, a note for one and a concern for
// the other.
func family(t testing.TB) (*data.Store, data.Child, data.Child) {
	t.Helper()
	s := datatest.Open(t, datatest.At(day))
	seren, err := s.AddChild(data.Child{Name: "Seren", BirthYear: 2016, BirthMonth: 3})
	if err != nil {
		t.Fatal(err)
	}
	dylan, err := s.AddChild(data.Child{Name: "Dylan", BirthYear: 2018, BirthMonth: 9})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAppNote(data.AppNote{ChildID: seren.ID, Name: "Roblox", Decision: data.DecisionNotYet}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddConcern(data.Concern{ChildID: dylan.ID, Date: day, Happened: "a message from a stranger"}); err != nil {
		t.Fatal(err)
	}
	return s, seren, dylan
}

func exported(t *testing.T, s Store, children []data.ID) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := ExportFamily(&buf, s, children, pass, "0.1.0", day); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestAnExportedFamilyArrivesOnAnotherComputerAfterASummary(t *testing.T) {
	t.Parallel()
	a, _, _ := family(t)
	file := exported(t, a, nil)
	if bytes.Contains(file, []byte("Seren")) || bytes.Contains(file, []byte("stranger")) {
		t.Fatal("the file holds the family's words in plain text")
	}
	b := datatest.Open(t, datatest.At(day.Add(time.Hour)))
	f, sum, err := Preview(b, bytes.NewReader(file), pass, data.ImportNewFamily)
	if err != nil {
		t.Fatal(err)
	}
	if kids, _ := b.Children(); len(kids) != 0 {
		t.Fatal("the preview wrote")
	}
	if f.App != "0.1.0" || !f.Made.Equal(day) {
		t.Errorf("made by %q at %v", f.App, f.Made)
	}
	got := map[string]Line{}
	for _, l := range sum.Lines {
		got[l.ChildName+"/"+l.Section] = l
	}
	for _, want := range []Line{
		{ChildName: "Seren", Section: "children", Added: 1}, {ChildName: "Seren", Section: "app_notes", Added: 1},
		{ChildName: "Dylan", Section: "children", Added: 1}, {ChildName: "Dylan", Section: "concerns", Added: 1},
	} {
		l := got[want.ChildName+"/"+want.Section]
		if l.Added != want.Added || l.Changed != 0 || l.Removed != 0 {
			t.Errorf("%s %s: %+v", want.ChildName, want.Section, l)
		}
	}
	if n := len(sum.Lines); sum.Lines[0].ChildName != "Dylan" || sum.Lines[n-1].ChildName != "Seren" {
		t.Errorf("the summary is not in the order of names: %+v", sum.Lines)
	}
	if _, err := Apply(b, f, data.ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	if kids, _ := b.Children(); len(kids) != 2 {
		t.Fatalf("children %+v", kids)
	}
	if _, again, err := Preview(b, bytes.NewReader(file), pass, data.ImportMerge); err != nil || !again.Empty() {
		t.Fatalf("the same file again: %+v, %v; want nothing to do", again, err)
	}
}

func TestChosenChildrenOnly(t *testing.T) {
	t.Parallel()
	a, seren, _ := family(t)
	f, err := Read(bytes.NewReader(exported(t, a, []data.ID{seren.ID})), pass, cheap)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range f.Family.Records {
		if strings.Contains(string(r.Value), "Dylan") || r.Section == "concerns" {
			t.Fatalf("Dylan's record travelled: %+v", r)
		}
	}
}

// hostile is every kind of bad file an importer must refuse, with the
// refusal expected.
func hostile(t *testing.T, good []byte) map[string]struct {
	file []byte
	want error
} {
	var newerInside, tooCostly, notJSON bytes.Buffer
	sealRaw(t, &newerInside, `{"format":2,"family":{"records":"a new shape"}}`, cheap.Work)
	sealRaw(t, &notJSON, `{"format":1,"family":{"records":[{"s":`, cheap.Work)
	sealRaw(t, &tooCostly, `{"format":1}`, cheap.Max+1)
	out := map[string]struct {
		file []byte
		want error
	}{
		"empty":                {nil, ErrDamaged},
		"not a shared file":    {[]byte("%PDF-1.7\n..."), ErrDamaged},
		"a newer format":       {append([]byte(magic+"3\n"), good[bytes.IndexByte(good, '\n')+1:]...), ErrNewerFormat},
		"a newer format seals": {newerInside.Bytes(), ErrNewerFormat},
		"a format of words":    {append([]byte(magic+"one\n"), good[bytes.IndexByte(good, '\n')+1:]...), ErrDamaged},
		"malformed inside":     {notJSON.Bytes(), ErrDamaged},
		"asks for more memory": {tooCostly.Bytes(), ErrTooCostly},
		"oversized":            {bytes.Repeat(good, MaxFileSize/len(good)+1), ErrTooLarge},
	}
	for _, n := range []int{len(magic) + 3, 40, 100, len(good) / 2, len(good) - 1} {
		out["cut at "+itoa(n)] = struct {
			file []byte
			want error
		}{good[:n], ErrDamaged}
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)-20] ^= 1
	out["a changed byte"] = struct {
		file []byte
		want error
	}{flipped, ErrDamaged}
	return out
}

func TestHostileFilesAreRefusedClearlyAndChangeNothing(t *testing.T) {
	t.Parallel()
	a, _, _ := family(t)
	good := exported(t, a, nil)
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range hostile(t, good) {
		t.Run(name, func(t *testing.T) {
			b := datatest.Open(t, datatest.At(day))
			before, _ := b.ShareFamily(nil)
			_, _, err := Preview(b, bytes.NewReader(c.file), pass, data.ImportMerge)
			if !errors.Is(err, c.want) {
				t.Fatalf("%v, want %v", err, c.want)
			}
			if key := MessageKey(err); tr.T(key) == key {
				t.Errorf("no message for %q", key)
			}
			if after, _ := b.ShareFamily(nil); len(after.Records) != len(before.Records) {
				t.Error("the store changed")
			}
		})
	}
	t.Run("wrong passphrase", func(t *testing.T) {
		b := datatest.Open(t, datatest.At(day))
		if _, _, err := Preview(b, bytes.NewReader(good), "blue kettle", data.ImportMerge); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("%v, want the wrong passphrase", err)
		}
	})
}

func TestEveryRefusalHasAMessageInEveryLanguage(t *testing.T) {
	t.Parallel()
	errs := []error{ErrTooLarge, ErrWrongPassphrase, ErrNewerFormat, ErrDamaged, ErrDoesNotFit, ErrNoPassphrase, errors.New("disk full")}
	for _, lang := range []string{"en", "cy", "pl"} {
		tr, err := translations.New(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range errs {
			if key := MessageKey(e); tr.T(key) == key {
				t.Errorf("%s: no message for %q", lang, key)
			}
		}
		for _, s := range data.Sections {
			if key := "sharing.section." + s; tr.T(key) == key {
				t.Errorf("%s: no name for section %q", lang, s)
			}
		}
	}
}

func TestExportNeedsAPassphrase(t *testing.T) {
	t.Parallel()
	a, _, _ := family(t)
	if err := ExportFamily(new(bytes.Buffer), a, nil, "", "0.1.0", day); !errors.Is(err, ErrNoPassphrase) {
		t.Fatalf("%v, want ErrNoPassphrase", err)
	}
}

func TestTheSummaryShowsAConflictWithBothVersions(t *testing.T) {
	t.Parallel()
	a, seren, _ := family(t)
	b := datatest.Open(t, datatest.At(day.Add(time.Hour)))
	f, _, err := Preview(b, bytes.NewReader(exported(t, a, nil)), pass, data.ImportNewFamily)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Apply(b, f, data.ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	a.SetClock(datatest.At(day.Add(2 * time.Hour)))
	seren.Notes = "A"
	if err := a.UpdateChild(seren); err != nil {
		t.Fatal(err)
	}
	kids, _ := b.Children()
	for _, k := range kids {
		if k.Name == "Seren" {
			k.Notes = "B"
			if err := b.UpdateChild(k); err != nil {
				t.Fatal(err)
			}
		}
	}
	_, sum, err := Preview(b, bytes.NewReader(exported(t, a, nil)), pass, data.ImportMerge)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Conflicts) != 1 || len(sum.Lines) != 1 || sum.Lines[0].Conflicts != 1 || sum.Lines[0].ChildName != "Seren" {
		t.Fatalf("summary %+v, want Seren's details in conflict", sum)
	}
	c := sum.Conflicts[0]
	if !strings.Contains(string(c.Mine), `"notes":"B"`) || !strings.Contains(string(c.Theirs), `"notes":"A"`) {
		t.Fatalf("mine %s, theirs %s", c.Mine, c.Theirs)
	}
}

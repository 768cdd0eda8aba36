package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// Settings offers sharing with another carer for the real family.
func TestSettingsOffersSharingWithAnotherCarer(t *testing.T) {
	h := newHarness(t, onboarded)
	h.app.Show(screens.SettingsID)
	for _, key := range []string{"sharing.title", "sharing.export.button", "sharing.import.button"} {
		screentest.MustHaveText(t, h.win.Content(), h.app.tr.T(key))
	}
}

// TestScreenshotsOfSharing draws the import summary and the conflict
// dialog of a family shared between two homes (saved as
// sharing-summary.png and sharing-conflict.png by make screenshots).
func TestScreenshotsOfSharing(t *testing.T) {
	dir := screenshotDir(t)
	h := newHarness(t, onboarded)
	h.app.now = func() time.Time { return shotTime }
	h.app.fyne.Settings().SetTheme(fixedVariant{Theme(), theme.VariantLight})
	h.win.Resize(fyne.NewSize(1100, 720))
	path := twoHomesFile(t, h.app.real)
	h.app.Show(screens.SettingsID)

	s := h.app.deps().sharer()
	s.Run = nil // at once, so the picture is of the result
	s.AskOpen = func(chosen func(string)) { chosen(path) }
	s.AskImport()
	for _, e := range screentest.Find[*widgets.Entry](h.win.Canvas().Overlays().Top()) {
		test.Type(e, shotPass)
	}
	test.Tap(screentest.Button(t, h.win.Canvas().Overlays().Top(), h.app.tr.T("sharing.import.open")))
	screentest.MustHaveText(t, h.win.Canvas().Overlays().Top(), h.app.tr.T("sharing.conflict.choose"))
	shoot(t, h, dir, "sharing-summary")
	test.Tap(screentest.Button(t, h.win.Canvas().Overlays().Top(), h.app.tr.T("sharing.conflict.choose")))
	screentest.MustHaveText(t, h.win.Canvas().Overlays().Top(), "Back from school at 4")
	shoot(t, h, dir, "sharing-conflict")
}

const shotPass = "blue kettle on the windowsill"

// twoHomesFile fills here with a family, copies it to another home, makes
// changes in both (one in both homes to the same records), and returns
// the other home's family file.
func twoHomesFile(t *testing.T, here *data.Store) string {
	t.Helper()
	day := shotTime.Add(-48 * time.Hour)
	here.SetClock(datatest.At(day))
	seren, err := here.AddChild(data.Child{Name: "Seren", BirthYear: 2015, BirthMonth: 3, Notes: "Walks home with Cai"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := here.AddAppNote(data.AppNote{ChildID: seren.ID, Name: "Roblox", Decision: data.DecisionNotYet}); err != nil {
		t.Fatal(err)
	}
	there := datatest.Open(t, datatest.At(day.Add(time.Hour)))
	var file bytes.Buffer
	if err := sharing.ExportFamily(&file, here, nil, shotPass, "0.1.0", day); err != nil {
		t.Fatal(err)
	}
	f, _, err := sharing.Preview(there, &file, shotPass, data.ImportNewFamily)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sharing.Apply(there, f, data.ImportNewFamily, nil); err != nil {
		t.Fatal(err)
	}
	edit := func(s *data.Store, when time.Time, notes, roblox string) {
		s.SetClock(datatest.At(when))
		kids, _ := s.Children()
		kids[0].Notes = notes
		if err := s.UpdateChild(kids[0]); err != nil {
			t.Fatal(err)
		}
		apps, _ := s.AppNotes(kids[0].ID)
		apps[0].Decision, apps[0].Conditions = data.DecisionConditions, roblox
		if err := s.UpdateAppNote(apps[0]); err != nil {
			t.Fatal(err)
		}
	}
	edit(here, day.Add(2*time.Hour), "Walks home with Cai; phone stays in her bag", "Friends from school only")
	edit(there, day.Add(3*time.Hour), "Back from school at 4; tablet after tea", "In the living room, chat off")
	kids, _ := there.Children()
	for _, app := range []string{"Minecraft", "YouTube Kids"} {
		if _, err := there.AddAppNote(data.AppNote{ChildID: kids[0].ID, Name: app, Decision: data.DecisionAllowed}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := there.AddContact(data.Contact{Name: "Nain", Role: data.RoleOther, Phone: "01234 567890"}); err != nil {
		t.Fatal(err)
	}
	here.SetClock(func() time.Time { return shotTime })
	file.Reset()
	if err := sharing.ExportFamily(&file, there, nil, shotPass, "0.1.0", shotTime); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "family.familyshare")
	if err := os.WriteFile(path, file.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// The app's import and export dialogs open, merge and seal away from the
// window's goroutine: the work may take as long as it likes while the
// window goes on, and what follows it runs once it is done.
func TestSharingWorkRunsAwayFromTheWindow(t *testing.T) {
	h := newHarness(t, onboarded)
	s := h.app.deps().sharer()
	release, done := make(chan struct{}), make(chan struct{})
	var worked bool
	start := time.Now()
	s.Run(func() {
		select {
		case <-release:
			worked = true
		case <-time.After(20 * time.Second):
		}
	}, func() { close(done) })
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("the work held the window's goroutine for %v", took)
	}
	select {
	case <-done:
		t.Fatal("what follows the work ran before the work ended")
	default:
	}
	close(release)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("what follows the work never ran")
	}
	if !worked {
		t.Fatal("the work ended without finishing")
	}
}

package sharing_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

const folderPass = "three green bottles"

var folderDay = time.Date(2026, 11, 2, 10, 0, 0, 0, time.UTC)

// startSyncing shows the folder section of a harness with Seren, chooses
// dir (the test stands in for the folder dialog), types the passphrase
// twice and starts.
func startSyncing(t *testing.T, dir string, opts ...screentest.Option) (*screentest.Harness, *sharingui.FolderSync) {
	t.Helper()
	h := screentest.New(t, append([]screentest.Option{screentest.At(folderDay), screentest.Child("Seren", 2016, 3)}, opts...)...)
	f := sharingui.NewFolderSync(h.Env(), h.Store, h.Win, "0.1.0").WithPicker(func(done func(string)) { done(dir) })
	h.Show(f.View())
	f.Start(false)
	h.Tap(h.Tr.T("folder.choose"))
	h.Shows(dir)
	var typed int
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Password {
			test.Type(e, folderPass)
			typed++
		}
	}
	if typed != 2 {
		t.Fatalf("%d passphrase fields, want 2", typed)
	}
	h.Tap(h.Tr.T("folder.start"))
	return h, f
}

func ownFile(t *testing.T, dir string, s *data.Store) string {
	t.Helper()
	return filepath.Join(dir, sharing.FolderFileName(s.DeviceID()))
}

// Choosing a folder writes the family there at once; a change is written
// after the pause, not before; the other home takes it in.
func TestAChosenFolderGetsTheFamilyAndTheOtherHomeTakesItIn(t *testing.T) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir)
	first, err := os.ReadFile(ownFile(t, dir, h.Store))
	if err != nil {
		t.Fatal("no file in the folder after choosing it: ", err)
	}
	h.Shows(h.Tr.T("folder.status.written", map[string]any{"Name": sharing.FolderFileName(h.Store.DeviceID()),
		"Date": "02/11/2026", "Time": "10:00"}))
	h.Shows(h.Tr.T("folder.kept.plain"))
	if bytes.Contains(first, []byte("Seren")) {
		t.Fatal("the shared file holds the child's name in plain text")
	}

	kids, _ := h.Store.Children()
	if _, err := h.Store.AddAppNote(data.AppNote{ChildID: kids[0].ID, Name: "Roblox"}); err != nil {
		t.Fatal(err)
	}
	h.SetNow(folderDay.Add(10 * time.Second))
	f.Tick()
	if again, _ := os.ReadFile(ownFile(t, dir, h.Store)); !bytes.Equal(again, first) {
		t.Fatal("written before the pause after the change")
	}
	h.SetNow(folderDay.Add(time.Minute))
	f.Tick()
	if again, _ := os.ReadFile(ownFile(t, dir, h.Store)); bytes.Equal(again, first) {
		t.Fatal("the change was not written after the pause")
	}

	other := datatest.Open(t, datatest.At(folderDay.Add(2*time.Minute)))
	r := sharing.NewSyncer(other, dir, folderPass, "0.1.0").Step(folderDay.Add(2 * time.Minute))
	if len(r.Problems) > 0 {
		t.Fatal(r.Problems)
	}
	theirs, _ := other.Children()
	if len(theirs) != 1 || theirs[0].Name != "Seren" {
		t.Fatalf("the other home has %+v", theirs)
	}
	if notes, _ := other.AppNotes(theirs[0].ID); len(notes) != 1 || notes[0].Name != "Roblox" {
		t.Fatalf("the other home's notes: %+v", notes)
	}
}

// The other home's change arrives while the app is open; a record changed
// in both homes is shown with both versions, and the choice, clicked with
// the pointer moving a little while pressed, is applied.
func TestAConflictFromTheFolderIsShownAndTheChoiceApplied(t *testing.T) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir)
	changed := 0
	f.OnChanged(func() { changed++ })
	other := datatest.Open(t, datatest.At(folderDay.Add(time.Minute)))
	theirSync := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	theirSync.Step(folderDay.Add(time.Minute))

	mine, _ := h.Store.Children()
	mine[0].Notes = "Bedtime 8pm here"
	h.SetNow(folderDay.Add(2 * time.Minute))
	if err := h.Store.UpdateChild(mine[0]); err != nil {
		t.Fatal(err)
	}
	theirs, _ := other.Children()
	theirs[0].Notes = "Bedtime 9pm at Dad's"
	other.SetClock(datatest.At(folderDay.Add(3 * time.Minute)))
	if err := other.UpdateChild(theirs[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := other.AddContact(data.Contact{Name: "Dad"}); err != nil {
		t.Fatal(err)
	}
	theirSync.Step(folderDay.Add(3 * time.Minute))

	h.SetNow(folderDay.Add(4 * time.Minute))
	f.Tick()
	if h.Overlay() != nil || !f.Pending() {
		t.Fatal("the question popped up over the screen, or no question waits")
	}
	f.AskNow()
	dlg := h.Overlay()
	if dlg == nil {
		t.Fatal("no choice shown for the record changed in both homes")
	}
	for _, want := range []string{h.Tr.T("folder.conflicts.title"), "Bedtime 8pm here", "Bedtime 9pm at Dad's"} {
		screentest.MustHaveText(t, dlg, want)
	}
	if kids, _ := h.Store.Children(); kids[0].Notes != "Bedtime 8pm here" {
		t.Fatal("the file was taken in before the choice")
	}
	radios := screentest.Find[*widget.RadioGroup](dlg)
	if len(radios) != 1 {
		t.Fatalf("%d choices, want 1", len(radios))
	}
	wobblyClick(t, h.Win.Canvas(), radios[0], h.Tr.T("sharing.conflict.keep_mine"))
	wobblyClick(t, h.Win.Canvas(), radios[0], h.Tr.T("sharing.conflict.take_theirs"))
	test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.conflicts.apply")))
	if kids, _ := h.Store.Children(); kids[0].Notes != "Bedtime 9pm at Dad's" {
		t.Fatalf("notes %q: the other home's version was chosen", kids[0].Notes)
	}
	if contacts, _ := h.Store.Contacts(); len(contacts) != 1 {
		t.Fatalf("contacts %+v: the other home's new contact did not arrive", contacts)
	}
	if changed == 0 {
		t.Error("the app was not told the family changed")
	}
	h.Shows(h.Tr.T("folder.status.merged", map[string]any{"Name": sharing.FolderFileName(other.DeviceID()),
		"Date": "02/11/2026", "Time": "10:04"}))
}

// A file sealed with another passphrase is a translated status line in
// Settings, and changes nothing.
func TestAWrongPassphraseInTheFolderIsAStatusLine(t *testing.T) {
	dir := t.TempDir()
	other := datatest.Open(t, datatest.At(folderDay))
	if _, err := other.AddChild(data.Child{Name: "Dylan", BirthYear: 2018, BirthMonth: 9}); err != nil {
		t.Fatal(err)
	}
	sharing.NewSyncer(other, dir, "not the same passphrase", "0.1.0").Step(folderDay)
	h, _ := startSyncing(t, dir, screentest.Lang("cy"))
	h.Shows(h.Tr.T("folder.error.wrong_passphrase", map[string]any{"Name": sharing.FolderFileName(other.DeviceID())}))
	kids, _ := h.Store.Children()
	if len(kids) != 1 || kids[0].Name != "Seren" {
		t.Fatalf("children %+v: the file changed the family", kids)
	}
	for _, s := range screentest.Texts(h.Root()) {
		if strings.Contains(s, "passphrase does not open") {
			t.Fatalf("an English error reached a Welsh screen: %q", s)
		}
	}
}

// Sync turned on from Settings, with no folder chosen when the app
// started, keeps looking in the folder: another home's file that arrives
// later is taken in without a restart.
func TestSyncTurnedOnFromSettingsKeepsPolling(t *testing.T) {
	dir := t.TempDir()
	h := screentest.New(t, screentest.At(folderDay), screentest.Child("Seren", 2016, 3))
	f := sharingui.NewFolderSync(h.Env(), h.Store, h.Win, "0.1.0").
		WithPicker(func(done func(string)) { done(dir) }).WithPollEvery(20 * time.Millisecond)
	h.Show(f.View())
	f.Start(true)     // as the app does, with no folder chosen yet
	t.Cleanup(f.Stop) // (the sync's goroutine has ended when it returns)
	h.Tap(h.Tr.T("folder.choose"))
	for _, e := range screentest.Find[*widgets.Entry](h.Root()) {
		if e.Password {
			test.Type(e, folderPass)
		}
	}
	h.Tap(h.Tr.T("folder.start"))
	waitFor(t, "this computer's file", func() bool { _, err := os.Stat(ownFile(t, dir, h.Store)); return err == nil })

	other := datatest.Open(t, datatest.At(folderDay))
	sync := sharing.NewSyncer(other, dir, folderPass, "0.1.0")
	sync.Step(folderDay) // takes in Seren
	if _, err := other.AddChild(data.Child{Name: "Dylan", BirthYear: 2012, BirthMonth: 5}); err != nil {
		t.Fatal(err)
	}
	if r := sync.Flush(folderDay); !r.Wrote {
		t.Fatal("the other home wrote nothing")
	}
	waitFor(t, "the other home's child", func() bool {
		kids, _ := h.Store.Children()
		return len(kids) == 2
	})
}

// waitFor waits up to ten seconds for done.
func waitFor(t *testing.T, what string, done func() bool) {
	t.Helper()
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if done() {
			return
		}
	}
	t.Fatalf("waited in vain for %s", what)
}

package sharing_test

import (
	"os"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
	"family-online-safety/sharing"
)

// slowStore is the family's store with a merge that lasts until the test
// lets it finish, like a heavy file from another home.
type slowStore struct {
	*data.Store
	once             sync.Once
	started, release chan struct{}
}

func (s *slowStore) PlanShared(f data.SharedFamily, m data.ImportMode) ([]data.Change, error) {
	s.once.Do(func() {
		close(s.started)
		select {
		case <-s.release:
		case <-time.After(20 * time.Second): // so a merge on the window's goroutine fails the test, not hangs it
		}
	})
	return s.Store.PlanShared(f, m)
}

// While another home's file is opened and merged, the window keeps
// answering: a button (Quick exit's stand-in) is tapped and a field
// typed in before the merge ends. The merge then lands, and the app is
// told on its own goroutine (OnChanged).
func TestTheWindowKeepsAnsweringWhileAFileIsMerged(t *testing.T) {
	dir := t.TempDir()
	other := datatest.Open(t, datatest.At(folderDay))
	if _, err := other.AddChild(data.Child{Name: "Dylan", BirthYear: 2012, BirthMonth: 5}); err != nil {
		t.Fatal(err)
	}
	if r := sharing.NewSyncer(other, dir, folderPass, "0.1.0").Step(folderDay); !r.Wrote {
		t.Fatal("the other home wrote nothing")
	}
	h := screentest.New(t, screentest.At(folderDay), screentest.Child("Seren", 2016, 3))
	if err := h.Store.SaveSyncFolder(data.SyncFolder{Dir: dir, Passphrase: folderPass}); err != nil {
		t.Fatal(err)
	}
	slow := &slowStore{Store: h.Store, started: make(chan struct{}), release: make(chan struct{})}
	changed, rounds := make(chan struct{}, 1), make(chan struct{}, 1)
	f := sharingui.NewFolderSync(h.Env(), slow, h.Win, "0.1.0").WithPollEvery(time.Hour).
		OnChanged(func() { changed <- struct{}{} }).OnRound(func() { rounds <- struct{}{} })
	var taps int
	quit := widget.NewButton("Quick exit", func() { taps++ })
	field := widget.NewEntry()
	h.Show(container.NewVBox(quit, field, f.View()))

	started := time.Now()
	f.Start(true)
	if took := time.Since(started); took > 5*time.Second {
		t.Fatalf("starting the sync held the window for %v", took)
	}
	select {
	case <-slow.started:
	case <-time.After(10 * time.Second):
		t.Fatal("the merge never started")
	}
	test.Tap(quit)
	test.Type(field, "still typing")
	if taps != 1 || field.Text != "still typing" {
		t.Fatalf("during the merge: %d taps, field %q", taps, field.Text)
	}
	if kids, _ := h.Store.Children(); len(kids) != 1 {
		t.Fatal("the merge ended before the window was used")
	}
	close(slow.release)
	select {
	case <-changed:
	case <-time.After(10 * time.Second):
		t.Fatal("the merge was never handed back")
	}
	if kids, _ := h.Store.Children(); len(kids) != 2 {
		t.Fatalf("after the merge: %+v", kids)
	}
	select {
	case <-rounds: // the round has drawn its last report
	case <-time.After(10 * time.Second):
		t.Fatal("the round never ended")
	}
	if !fileExists(ownFile(t, dir, h.Store)) {
		t.Fatal("this computer's file was not written after the merge")
	}
	h.Shows(h.Tr.T("folder.status.merged", map[string]any{"Name": sharing.FolderFileName(other.DeviceID()),
		"Date": "02/11/2026", "Time": "10:00"}))
	f.Stop()
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

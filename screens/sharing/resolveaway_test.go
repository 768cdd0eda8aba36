package sharing_test

import (
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

// slowApply is the family's store with a merge after a yes that lasts
// until the test lets it finish, like a file of thousands of records.
type slowApply struct {
	*data.Store
	once             sync.Once
	started, release chan struct{}
}

func (s *slowApply) ApplyShared(f data.SharedFamily, m data.ImportMode, choices map[string]data.Resolution) ([]data.Change, error) {
	s.once.Do(func() {
		close(s.started)
		select {
		case <-s.release:
		case <-time.After(20 * time.Second): // a merge on the window's goroutine fails the test, not hangs it
		}
	})
	return s.Store.ApplyShared(f, m, choices)
}

// The carer answers a file's question with "Use these choices" and the
// merge takes a while: the window keeps answering (Quick exit's stand-in
// is tapped, a field typed in) before it ends, no question opens
// meanwhile, and the answer lands when it ends.
func TestAnAnswerIsTakenInAwayFromTheWindow(t *testing.T) {
	dir := t.TempDir()
	h := screentest.New(t, screentest.At(folderDay), screentest.Child("Seren", 2016, 3),
		screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
	_, err := h.Store.AddContact(data.Contact{Name: "Ms Grant", Phone: "01632 960111"})
	must(t, err)
	must(t, h.Store.SaveSyncFolder(data.SyncFolder{Dir: dir, Passphrase: folderPass}))
	slow := &slowApply{Store: h.Store, started: make(chan struct{}), release: make(chan struct{})}
	rounds, answered := make(chan struct{}, 4), make(chan struct{}, 1)
	f := sharingui.NewFolderSync(h.Env(), slow, h.Win, "0.1.0").WithPollEvery(time.Hour).
		OnRound(func() { rounds <- struct{}{} }).OnAnswered(func() { answered <- struct{}{} })
	var taps int
	quit := widget.NewButton("Quick exit", func() { taps++ })
	field := widget.NewEntry()
	h.Show(container.NewVBox(quit, field, f.View()))
	f.Start(true)
	defer f.Stop()
	wait(t, rounds, "the first round")

	other := datatest.Open(t, datatest.At(folderDay.Add(time.Minute)))
	theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	theirs.Step(folderDay.Add(time.Minute))
	list, _ := other.Contacts()
	list[0].Phone = "01632 960222"
	must(t, other.UpdateContact(list[0]))
	theirs.Step(folderDay.Add(2 * time.Minute))
	h.SetNow(folderDay.Add(3 * time.Minute))
	f.Tick()
	if !f.Pending() {
		t.Fatal("no question about the phone")
	}
	f.AskNow()
	dlg := h.Overlay()
	if dlg == nil {
		t.Fatal("no question")
	}
	for _, g := range screentest.Find[*widget.RadioGroup](dlg) {
		g.SetSelected(g.Options[0]) // take the other home's phone
	}
	began := time.Now()
	test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.asks.use")))
	if took := time.Since(began); took > 5*time.Second {
		t.Fatalf("the answer held the window for %v", took)
	}
	wait(t, slow.started, "the merge")
	test.Tap(quit)
	test.Type(field, "still typing")
	f.AskNow() // nothing opens while the answer is taken in
	if taps != 1 || field.Text != "still typing" || h.Overlay() != nil {
		t.Fatalf("during the merge: %d taps, field %q, overlay %v", taps, field.Text, h.Overlay())
	}
	close(slow.release)
	wait(t, answered, "the answer")
	if list, _ := h.Store.Contacts(); len(list) != 1 || list[0].Phone != "01632 960222" {
		t.Fatalf("after the answer: %+v", list)
	}
	if f.Pending() {
		t.Fatal("the question still waits after it was answered")
	}
}

func wait(t *testing.T, ch chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s never came", what)
	}
}

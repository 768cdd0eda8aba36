package sharing_test

import (
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
)

// slowApply is the family's store with an apply that lasts until the
// test lets it finish, like a big file the carer said yes to.
type slowApply struct {
	*data.Store
	once             sync.Once
	started, release chan struct{}
}

func (s *slowApply) ApplyShared(f data.SharedFamily, m data.ImportMode, c map[string]data.Resolution) ([]data.Change, error) {
	s.once.Do(func() {
		close(s.started)
		select {
		case <-s.release:
		case <-time.After(20 * time.Second): // an apply on the window's goroutine fails the test, not hangs it
		}
	})
	return s.Store.ApplyShared(f, m, c)
}

// takingHome is a home syncing on its goroutine, whose hand-overs to
// the window wait in ui until the test runs them.
func takingHome(t *testing.T, dir string, every time.Duration) (*screentest.Harness, *sharingui.FolderSync, *slowApply, chan func(), *[]bool) {
	h := screentest.New(t, screentest.At(folderDay), screentest.Child("Seren", 2016, 3))
	must(t, h.Store.SaveSyncFolder(data.SyncFolder{Dir: dir, Passphrase: folderPass}))
	slow := &slowApply{Store: h.Store, started: make(chan struct{}), release: make(chan struct{})}
	ui := make(chan func(), 256)
	told := &[]bool{}
	f := sharingui.NewFolderSync(h.Env(), slow, h.Win, "0.1.0").WithPollEvery(every).
		WithHandOver(func(fn func()) { ui <- fn }).OnQuestion(func(w bool) { *told = append(*told, w) })
	h.Show(f.View())
	f.Start(true)
	t.Cleanup(func() {
		go func() { // (Stop waits for a round that may wait for the window)
			for fn := range ui {
				fn()
			}
		}()
		f.Stop()
	})
	return h, f, slow, ui, told
}

// next runs the window's queue until done says so.
func next(t *testing.T, ui chan func(), what string, done func() bool) {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for !done() {
		select {
		case fn := <-ui:
			fn()
		case <-deadline:
			t.Fatalf("never: %s", what)
		}
	}
}

// Saying yes to a big file takes it in away from the window: "Use these
// choices" returns while the store is still taking it in, the section
// says the changes are being taken in, and the window keeps answering;
// the result is handed back to the window, and the question is gone.
func TestTakingABigFileInNeverHoldsTheWindow(t *testing.T) {
	dir := t.TempDir()
	name := floodFile(t, dir, folderDay, 30)
	h, f, slow, ui, _ := takingHome(t, dir, time.Hour)
	next(t, ui, "the question waits", f.Pending)
	f.AskNow()
	for _, g := range screentest.Find[*widget.RadioGroup](h.Overlay()) {
		g.SetSelected(h.Tr.T("folder.asks.bulk_take"))
	}
	tapped := time.Now()
	test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
	if took := time.Since(tapped); took > 5*time.Second {
		t.Fatalf("Use these choices held the window for %v", took)
	}
	select {
	case <-slow.started:
	case <-time.After(10 * time.Second):
		t.Fatal("the file was never taken in")
	}
	if !f.Taking() || f.Pending() {
		t.Fatalf("while taking in: taking %v, a question pending %v", f.Taking(), f.Pending())
	}
	h.Shows(h.Tr.T("folder.status.taking", map[string]any{"Name": name}))
	var taps int
	quit := widget.NewButton("Quick exit", func() { taps++ })
	test.Tap(quit) // (the window's goroutine is free)
	if cs, _ := h.Store.Contacts(); len(cs) != 0 || taps != 1 {
		t.Fatalf("before the apply ended: %d contacts, %d taps", len(cs), taps)
	}
	close(slow.release)
	next(t, ui, "the result handed back", func() bool { return !f.Taking() })
	if cs, _ := h.Store.Contacts(); len(cs) != 30 {
		t.Fatalf("%d contacts taken in, want 30", len(cs))
	}
	if screentest.HasText(h.Root(), h.Tr.T("folder.status.taking", map[string]any{"Name": name})) {
		t.Fatal("the section still says the changes are being taken in")
	}
	if f.Pending() {
		t.Fatal("a question still waits after the answer was taken in")
	}
}

// A round of the sync that read where things stood just before the
// carer answered reaches the window just after: the header is not told
// again that the file just answered waits ("See the questions" would
// open nothing).
func TestAnAnsweredFileIsNotSaidToWaitByARoundHandedOverLate(t *testing.T) {
	dir := t.TempDir()
	floodFile(t, dir, folderDay, 30)
	h, f, slow, ui, told := takingHome(t, dir, 10*time.Millisecond)
	close(slow.release)
	next(t, ui, "the question waits", f.Pending)
	f.AskNow()
	time.Sleep(300 * time.Millisecond) // rounds that still find the file waiting, handed over late
	var late []func()
	for len(ui) > 0 {
		late = append(late, <-ui)
	}
	if len(late) == 0 {
		t.Fatal("no round came")
	}
	test.Tap(screentest.Button(t, h.Overlay(), h.Tr.T("folder.asks.use")))
	for _, fn := range late {
		fn()
	}
	next(t, ui, "the answer taken in", func() bool { return !f.Taking() })
	if f.Pending() || (*told)[len(*told)-1] {
		t.Fatalf("after the answer: pending %v, the header told %v", f.Pending(), *told)
	}
}

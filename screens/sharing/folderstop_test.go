package sharing_test

import (
	"bytes"
	"os"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
	sharingui "family-online-safety/screens/sharing"
)

// costlyStore seals this computer's file at a cost that takes a
// noticeable while, so a test can stop the sync while it seals.
type costlyStore struct{ *data.Store }

func (costlyStore) ShareCost() data.ShareCost { return data.ShareCost{Work: 16, Max: 18} }

// The app stops the sync (it closes, locks, or another folder is chosen)
// on the window's goroutine while the sync's goroutine is in a round:
// handing its report to that window, which is busy in Stop, or sealing
// this computer's file. Stop returns (the two never wait for each other
// for good), and once it has returned nothing more is written: not this
// computer's file, not the family's store, even when the window then
// runs what was handed to it.
func TestStopDuringARoundWaitsForItAndNothingIsWrittenAfter(t *testing.T) {
	for _, while := range []string{"handing over", "sealing"} {
		t.Run(while, func(t *testing.T) {
			dir := t.TempDir()
			h := screentest.New(t, screentest.At(folderDay), screentest.Child("Seren", 2016, 3))
			must(t, h.Store.SaveSyncFolder(data.SyncFolder{Dir: dir, Passphrase: folderPass}))
			ui := make(chan func(), 64) // the window's queue: run only when the test says
			f := sharingui.NewFolderSync(h.Env(), costlyStore{h.Store}, h.Win, "0.1.0").
				WithPollEvery(time.Hour).WithHandOver(func(fn func()) { ui <- fn })
			f.Start(true)
			var report func()
			select {
			case report = <-ui:
			case <-time.After(20 * time.Second):
				t.Fatal("the round never handed its report over")
			}
			if while == "sealing" {
				report() // the window takes the report; the goroutine goes on to seal, at a cost
			}
			stopped := make(chan struct{})
			go func() { // (the window's goroutine, busy in Stop: nothing in its queue runs)
				f.Stop()
				close(stopped)
			}()
			select {
			case <-stopped:
			case <-time.After(30 * time.Second):
				t.Fatal("Stop never returned: the sync's goroutine and the window wait for each other")
			}
			own, _ := os.ReadFile(ownFile(t, dir, h.Store))
			writes := h.Store.WriteCount()
			if len(own) == 0 {
				t.Fatal("the change waiting was not written by the time Stop returned")
			}
			for len(ui) > 0 { // the window runs what was handed to it after
				(<-ui)()
			}
			if while == "handing over" {
				report()
			}
			time.Sleep(time.Second) // (a seal still under way would land by now)
			if now, _ := os.ReadFile(ownFile(t, dir, h.Store)); !bytes.Equal(now, own) {
				t.Fatal("this computer's file was written after Stop returned")
			}
			if h.Store.WriteCount() != writes {
				t.Fatal("the family's store was written after Stop returned")
			}
		})
	}
}

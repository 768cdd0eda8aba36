package sharing_test

import (
	"os"

	"fyne.io/fyne/v2/test"

	"testing"
	"time"

	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// A question about the other home's file is never shown for a version
// that no longer exists: the file removed from the folder asks nothing
// (and no longer waits); the file written again is read again at the
// carer's click and asked about as it is now, not as it was, with the
// one click.
func TestAQuestionAboutAFileVersionGoneIsNotShown(t *testing.T) {
	for _, gone := range []bool{true, false} {
		t.Run(map[bool]string{true: "removed", false: "written again"}[gone], func(t *testing.T) {
			dir := t.TempDir()
			h, f := startSyncing(t, dir, screentest.Child("Dylan", 2012, 5), screentest.Child("Amira", 2019, 1))
			for _, m := range []time.Duration{1, 2} {
				h.SetNow(folderDay.Add(m * time.Minute))
				f.Tick()
			}
			other := datatest.Open(t, datatest.At(folderDay.Add(2*time.Minute)))
			theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
			theirs.Step(folderDay.Add(2 * time.Minute))
			h.SetNow(folderDay.Add(3 * time.Minute))
			f.Tick()
			deleteChild := func(name string, at time.Duration) {
				kids, _ := other.Children()
				for _, k := range kids {
					if k.Name == name && other.DeleteChild(k.ID) != nil {
						t.Fatal("deleting there")
					}
				}
				theirs.Step(folderDay.Add(at * time.Minute))
			}
			deleteChild("Dylan", 4)
			h.SetNow(folderDay.Add(5 * time.Minute))
			f.Tick()
			if !f.Pending() {
				t.Fatal("no question waits for Dylan's removal")
			}
			if gone {
				if err := os.Remove(ownFile(t, dir, other)); err != nil {
					t.Fatal(err)
				}
				test.Tap(screentest.Button(t, h.Root(), h.Tr.T("folder.status.choose"))) // (from the status line, "Not now" or not)
			} else {
				deleteChild("Amira", 6)
			}
			f.AskNow()
			dlg := h.Overlay()
			if gone {
				if dlg != nil || f.Pending() {
					t.Fatalf("a removed file is asked about: %q", screentest.Texts(h.Root()))
				}
				return
			}
			if dlg == nil {
				t.Fatal("the file written again is not asked about at the click")
			}
			screentest.MustHaveText(t, dlg, "Amira") // as it is now: both removals
			screentest.MustHaveText(t, dlg, "Dylan")
		})
	}
}

package sharing_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// statusLine is the Settings line that starts with want; it fails when
// there is none.
func statusLine(t *testing.T, h *screentest.Harness, want string) *widget.Label {
	t.Helper()
	for _, l := range screentest.Find[*widget.Label](h.Root()) {
		if strings.HasPrefix(l.Text, want) {
			return l
		}
	}
	t.Fatalf("no line %q in Settings: %q", want, screentest.Texts(h.Root()))
	return nil
}

// This home already holds as many contacts as a home keeps; the real other
// home adds one, and a stranger's file sealed with another passphrase sits
// in the folder too. Settings names what was not added from the real
// home's file (its kind and how many) in plain words, not in the red of
// a file that cannot be used, which stays red. In en, cy and pl.
func TestAFullHomeSaysWhatWasNotAddedWithoutMakingTheOtherHomeLookHostile(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			full := data.HomeCaps["contacts"]
			h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Maya", 2012, 4), screentest.Child("Ava", 2021, 1),
				screentest.Prepare(func(s *data.Store) {
					for i := range full {
						_, err := s.AddContact(data.Contact{Name: fmt.Sprintf("Family %d", i), Role: data.RoleSchool, Phone: "01632 960000"})
						must(t, err)
					}
				}))
			at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
			other := datatest.Open(t, datatest.At(at(1)))
			_, err := other.AddContact(data.Contact{Name: "Ms Grant", Phone: "07700 900500"})
			must(t, err)
			sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0).Step(at(1))
			stranger := datatest.Open(t, datatest.At(at(1)))
			sharing.NewSyncer(stranger, dir, "not the family's passphrase at all", "0.1.0").WithDebounce(0).Step(at(1))
			h.SetNow(at(2))
			f.Tick()

			real := sharing.FolderFileName(other.DeviceID())
			line := statusLine(t, h, h.Tr.T("folder.error.left_out", map[string]any{"Name": real, "Max": full}))
			kind := h.Tr.T("sharing.leftout.line", map[string]any{"Section": h.Tr.T("sharing.section.contacts"), "Count": 1, "Max": full})
			if !strings.Contains(line.Text, kind) {
				t.Errorf("the line does not name the kind and how many (%q):\n%s", kind, line.Text)
			}
			if line.Importance == widget.DangerImportance {
				t.Error("the real other home's file is shown in the red of a file that cannot be used")
			}
			bad := statusLine(t, h, h.Tr.T("folder.error.wrong_passphrase", map[string]any{"Name": sharing.FolderFileName(stranger.DeviceID()), "Max": full}))
			if bad.Importance != widget.DangerImportance {
				t.Error("a file sealed with another passphrase is not shown as a problem")
			}
			if cs, err := h.Store.Contacts(); err != nil || len(cs) != full {
				t.Errorf("%d contacts here (%v), want %d", len(cs), err, full)
			}
		})
	}
}

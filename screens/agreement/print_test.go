package agreement_test

import (
	"net/url"
	"os"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/agreement"
	"family-online-safety/screens/screentest"
	"family-online-safety/screens/widgets"
)

// printHarness opens the agreement with its print buttons; files land in
// a temporary folder.
func printHarness(t *testing.T) (*agreementHarness, *screentest.Saved) {
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	if _, err := h.Store.AddWindow(data.Window{Label: "Bedtime", Days: data.EveryDay, Start: 19*60 + 30, End: 7 * 60, Everyone: true}); err != nil {
		t.Fatal(err)
	}
	files, saved := h.Files()
	h.Show(agreement.New(h.Env(), h.Store, h.Store).WithPrinting(files).View())
	return h, saved
}

// checkSaved checks the one file saved: its suggested name, that only the
// user can read it, and how it starts.
func checkSaved(t *testing.T, saved *screentest.Saved, name, start string) string {
	t.Helper()
	if len(saved.Names) != 1 || saved.Names[0] != name {
		t.Fatalf("suggested %q, want %q", saved.Names, name)
	}
	info, err := os.Stat(saved.Paths[0])
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("%s can be read by others: %v", name, info.Mode().Perm())
	}
	b, _ := os.ReadFile(saved.Paths[0])
	if !strings.HasPrefix(string(b), start) {
		t.Errorf("%s starts %q, want %q", name, b[:min(len(b), 20)], start)
	}
	return (&url.URL{Scheme: "file", Path: saved.Paths[0]}).String()
}

func TestSaveAsPDFSavesPrivatelyAndOffersToOpen(t *testing.T) {
	h, saved := printHarness(t)
	if tip := printTip(t, h, "Print"); tip != "Saves a PDF and opens it in your PDF viewer: print from there." {
		t.Errorf("Print's tip says %q", tip)
	}
	h.Tap("Save as PDF")
	file := checkSaved(t, saved, "Family agreement 2026-11-24.pdf", "%PDF-")
	if !screentest.HasText(h.Overlay(), "Saved as Family agreement 2026-11-24.pdf. Only you can read it on this computer. Open it now?") {
		t.Fatalf("no offer to open; the dialog says %q", screentest.Texts(h.Overlay()))
	}
	if len(h.Actions.Opened) != 0 {
		t.Fatal("opened before the user said so")
	}
	test.Tap(screentest.Button(t, h.Overlay(), "Open"))
	if len(h.Actions.Opened) != 1 || h.Actions.Opened[0] != file {
		t.Errorf("opened %q, want %s", h.Actions.Opened, file)
	}
}

func TestPrintOpensThePDFInTheViewer(t *testing.T) {
	h, saved := printHarness(t)
	h.Tap("Print")
	file := checkSaved(t, saved, "Family agreement 2026-11-24.pdf", "%PDF-")
	if len(h.Actions.Opened) != 1 || h.Actions.Opened[0] != file {
		t.Errorf("opened %q, want %s at once", h.Actions.Opened, file)
	}
}

func TestAddToCalendarSavesTheDeviceFreeTimes(t *testing.T) {
	h, saved := printHarness(t)
	h.Tab("Device-free") // beside the times it saves
	h.Tap("Add to calendar")
	checkSaved(t, saved, "Device-free times 2026-11-24.ics", "BEGIN:VCALENDAR")
	b, _ := os.ReadFile(saved.Paths[0])
	if !strings.Contains(string(b), "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU") || !strings.Contains(string(b), "T193000") {
		t.Errorf("the bedtime is missing:\n%s", b)
	}
	if !screentest.HasText(h.Overlay(), "Saved as Device-free times 2026-11-24.ics. Open it to add the device-free times to your calendar app, or import it there. Open it now?") {
		t.Fatalf("no offer to open; the dialog says %q", screentest.Texts(h.Overlay()))
	}
	test.Tap(screentest.Button(t, h.Overlay(), "Not now"))
	if len(h.Actions.Opened) != 0 {
		t.Error("opened though the user said not now")
	}
}

func TestAFailedOpenIsSaidInWords(t *testing.T) {
	h, _ := printHarness(t)
	h.Actions.OpenErr = os.ErrNotExist
	h.Tap("Print")
	if !screentest.HasText(h.Overlay(), "The file could not be opened. You will find it where you saved it.") {
		t.Fatalf("the dialog says %q", screentest.Texts(h.Overlay()))
	}
}

// printTip is the tip of the button labelled label.
func printTip(t *testing.T, h *agreementHarness, label string) string {
	t.Helper()
	for _, b := range screentest.Find[*widgets.TipButton](h.Root()) {
		if b.Text == label {
			return b.Tip
		}
	}
	t.Fatalf("no button %q with a tip", label)
	return ""
}

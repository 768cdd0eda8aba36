package sharing_test

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// A hostile holder of the shared passphrase leaves a file under another
// name claiming the real other home's device id, removing Dylan as that
// home. The question says two files claim to be the same home and names
// both, starting on leaving it out; left out, Dylan stays, Settings says
// it was left out and never that the homes differ on Dylan. In en, cy, pl.
func TestAFileClaimingTheOtherHomeIsAskedAboutAsInDoubt(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			claimingTheOtherHome(t, lang)
		})
	}
}

func claimingTheOtherHome(t *testing.T, lang string) {
	dir := t.TempDir()
	h, f := startSyncing(t, dir, screentest.Lang(lang), screentest.Child("Dylan", 2012, 5))
	_, err := h.Store.AddContact(data.Contact{Name: "Mrs Hughes", Role: data.RoleSchool, Phone: "01632 960111"})
	must(t, err)
	at := func(m time.Duration) time.Time { return folderDay.Add(m * time.Minute) }
	other := datatest.Open(t, datatest.At(at(2)))
	theirs := sharing.NewSyncer(other, dir, folderPass, "0.1.0").WithDebounce(0)
	for m := time.Duration(1); m < 6; m += 2 {
		h.SetNow(at(m))
		f.Tick()
		theirs.Step(at(m + 1))
	}
	if kids, _ := other.Children(); len(kids) != 2 {
		t.Fatalf("the other home has %d children, want 2", len(kids))
	}
	// The impostor: this home's own file, as the other home, Dylan removed
	// and Mrs Hughes's phone changed.
	raw, err := os.ReadFile(ownFile(t, dir, h.Store))
	must(t, err)
	file, err := sharing.Read(bytes.NewReader(raw), folderPass, h.Store.ShareCost())
	must(t, err)
	fam := file.Family
	fam.Device = other.DeviceID()
	for i, r := range fam.Records {
		var kid data.Child
		if r.Section == "children" && json.Unmarshal(r.Value, &kid) == nil && kid.Name == "Dylan" {
			mine := r.Version()
			r.Value, r.Deleted, r.Changed, r.Device, r.Seen = nil, true, at(6), other.DeviceID(), &mine
			fam.Records[i] = r
		}
		var who data.Contact
		if r.Section == "contacts" && json.Unmarshal(r.Value, &who) == nil && who.Name == "Mrs Hughes" {
			mine := r.Version()
			who.Phone = "07700 900666"
			r.Value, _ = json.Marshal(who)
			r.Changed, r.Device, r.Seen = at(6), other.DeviceID(), &mine
			fam.Records[i] = r
		}
	}
	var sealed bytes.Buffer
	must(t, sharing.Export(&sealed, fam, folderPass, "0.1.0", at(6), h.Store.ShareCost()))
	fake := sharing.FolderFileName("bbbbbbbbbbbbbbbb")
	must(t, os.WriteFile(filepath.Join(dir, fake), sealed.Bytes(), 0o600))
	h.SetNow(at(7))
	f.Tick()
	if !f.Pending() {
		t.Fatal("the impostor is not asked about")
	}
	h.Shows(h.Tr.T("folder.status.waiting_doubt", map[string]any{"Name": fake}))
	f.AskNow()
	dlg := h.Overlay()
	if dlg == nil {
		t.Fatal("no question")
	}
	names := h.Tr.T("folder.doubt.name", map[string]any{"Name": fake}) + ", " +
		h.Tr.T("folder.doubt.name", map[string]any{"Name": sharing.FolderFileName(other.DeviceID())})
	screentest.MustHaveText(t, dlg, h.Tr.T("folder.doubt.two", map[string]any{"Name": fake, "Names": names}))
	// What it would do is named, as for any file: whose phone changes.
	screentest.MustHaveText(t, dlg, "• "+h.Tr.T("sharing.detail.contact", map[string]any{"Name": "Mrs Hughes"}))
	groups := screentest.Find[*widget.RadioGroup](dlg)
	if len(groups) != 1 || groups[0].Selected != h.Tr.T("folder.doubt.leave") {
		t.Fatalf("%d choices, want one starting on %q", len(groups), h.Tr.T("folder.doubt.leave"))
	}
	if dir := os.Getenv("FOS_SHOT_DIR"); dir != "" {
		shot, err := os.Create(filepath.Join(dir, "doubt-"+lang+".png"))
		must(t, err)
		must(t, png.Encode(shot, h.Win.Canvas().Capture()))
		must(t, shot.Close())
	}
	test.Tap(screentest.Button(t, dlg, h.Tr.T("folder.asks.use")))
	for m := time.Duration(8); m < 12; m++ {
		h.SetNow(at(m))
		f.Tick()
	}
	if kids, _ := h.Store.Children(); len(kids) != 2 || f.Pending() {
		t.Fatalf("after leaving the impostor out: %d children, asked again %v", len(kids), f.Pending())
	}
	statusLine(t, h, h.Tr.T("folder.doubt.left_two", map[string]any{"Name": fake, "Names": names}))
	if dir := os.Getenv("FOS_SHOT_DIR"); dir != "" {
		h.Win.Resize(h.Win.Canvas().Size().AddWidthHeight(1, 0))
		shot, err := os.Create(filepath.Join(dir, "doubt-left-"+lang+".png"))
		must(t, err)
		must(t, png.Encode(shot, h.Win.Canvas().Capture()))
		must(t, shot.Close())
	}
	for _, l := range screentest.Texts(h.Root()) {
		if l == h.Tr.T("folder.differs.child", map[string]any{"Name": "Dylan"}) ||
			l == h.Tr.T("folder.differs.removed", map[string]any{"Kind": h.Tr.T("sharing.section.children"), "Words": "Dylan"}) {
			t.Fatalf("Settings says the homes differ on Dylan: %q", l)
		}
	}
}

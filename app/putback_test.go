package app

import (
	"path/filepath"
	"testing"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
	"family-online-safety/screens/screentest"
)

// Restore promises that what you have now is kept first. When a record
// in it is damaged it cannot be an ordinary backup, so Settings keeps it
// aside with Put this back, which brings it back as it was.
func TestWhatARestoreSetAsideCanBePutBackFromSettings(t *testing.T) {
	dir := t.TempDir()
	s, err := data.Open(dir, datatest.Options(t, nil))
	must(t, err)
	onboarded(s)
	amira := must1v2(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2012, BirthMonth: 4}))
	must1(t)(s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)))
	for _, n := range []string{"Leo", "Maisie"} {
		must1(t)(s.AddChild(data.Child{Name: n, BirthYear: 2018, BirthMonth: 9}))
	}
	must1(t)(s.AddAppNote(data.AppNote{ChildID: amira.ID, Name: "Minecraft"}))
	closeOK(t, s)
	if !datatest.DamageKind(t, filepath.Join(dir, data.FileName), kindCalled(t, "app_notes"), datatest.BadBytes) {
		t.Fatal("no app note to damage")
	}
	h := newHarnessIn(t, dir)
	h.app.Show(screens.SettingsID)
	h.tap("Restore…")
	screentest.MustHaveText(t, h.top(), "as it was on 20/11/2026 at 09:00:00")
	screentest.MustHaveText(t, h.top(), "You can put it back from there")
	h.tapInDialog("Yes")
	if kids, _ := h.app.real.Children(); len(kids) != 1 {
		t.Fatalf("restored: %d children, want 1", len(kids))
	}
	h.app.Show(screens.SettingsID)
	h.shows("Files set aside by a restore")
	h.tap("Put this back")
	screentest.MustHaveText(t, h.top(), "A record that was damaged then is still damaged")
	h.tapInDialog("Yes")
	if kids, _ := h.app.real.Children(); len(kids) != 3 {
		t.Fatalf("put back: %d children, want the 3 from before the restore", len(kids))
	}
	screentest.MustHaveText(t, h.top(), "back in use")
	good, _, _ := data.GoodBackups(dir, nil)
	if len(good) == 0 || good[0].Contents.Children != 1 {
		t.Fatalf("the restored family was not kept first: %+v", good)
	}
}

func must1v2(t *testing.T) func(data.Child, error) data.Child {
	return func(c data.Child, err error) data.Child {
		t.Helper()
		must(t, err)
		return c
	}
}

func kindCalled(t *testing.T, name string) data.Kind {
	for _, k := range data.Kinds() {
		if k.Name == name {
			return k
		}
	}
	t.Fatalf("no kind %q", name)
	return data.Kind{}
}

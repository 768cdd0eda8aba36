package app

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens"
)

func TestZZShotKept(t *testing.T) {
	dir := t.TempDir()
	s, _ := data.Open(dir, datatest.Options(t, nil))
	onboarded(s)
	a := must1v2(t)(s.AddChild(data.Child{Name: "Amira", BirthYear: 2012, BirthMonth: 4}))
	must1(t)(s.Backup(time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)))
	must1(t)(s.AddAppNote(data.AppNote{ChildID: a.ID, Name: "Minecraft"}))
	closeOK(t, s)
	datatest.DamageKind(t, filepath.Join(dir, data.FileName), kindCalled(t, "app_notes"), datatest.BadBytes)
	list, _ := data.ListBackups(dir)
	must(t, data.Restore(dir, list[0].Name, time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local), nil))
	h := newHarnessIn(t, dir)
	h.win.Resize(fyne.NewSize(900, 650))
	h.app.Show(screens.SettingsID)
	sc := firstScroll(h.app.sh.content)
	sc.ScrollToBottom()
	h.win.Content().Refresh()
	f, _ := os.Create("/tmp/fix2628-shots/kept.png")
	_ = png.Encode(f, h.win.Canvas().Capture())
	_ = f.Close()
}

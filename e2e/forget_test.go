//go:build e2e

package e2e

import (
	"image"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"family-online-safety/data"
)

// appID is the program's id (FyneApp.toml): Fyne keeps its preferences
// in <config>/fyne/<appID>.
const appID = "uk.org.familyonlinesafety.app"

// Forget everything, in the real program with its own home folder, leaves
// nothing behind: not the family's file, not Fyne's folder for the app
// (which Fyne makes again as it stops, so a copy of the program started
// at exit removes it), not a preference anywhere in the home folder. A
// first run shows the folder is there to be removed.
func TestForgetEverythingLeavesNoToolkitFolder(t *testing.T) {
	dir := family(t, "")
	home := t.TempDir()
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"XDG_DATA_HOME=" + filepath.Join(home, ".local", "share"), "XDG_CACHE_HOME=" + filepath.Join(home, ".cache")}
	toolkit := filepath.Join(home, ".config", "fyne", appID)

	r := start(t, dir, env)
	r.keys("ctrl+q")
	if !r.waitExit(10 * time.Second) {
		t.Fatal("the first run did not quit")
	}
	if _, err := os.Stat(toolkit); err != nil {
		t.Fatalf("a run leaves no toolkit folder to remove (%v): the test would prove nothing", err)
	}

	r = start(t, dir, env)
	r.forgetEverything()
	if !r.waitExit(10 * time.Second) {
		t.Fatalf("the app did not close after Forget everything (%s)", save(t, r.shot(), "not-closed"))
	}
	deadline := time.Now().Add(15 * time.Second) // the copy waits 2 s for this one to stop
	for leftovers(t, home) != "" && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(4 * time.Second) // nothing comes back as the app's last writes land
	if left := leftovers(t, home); left != "" {
		t.Fatalf("left after Forget everything: %s", left)
	}
	if _, err := os.Stat(filepath.Join(dir, data.FileName)); !os.IsNotExist(err) {
		t.Fatalf("the family's file is still there: %v", err)
	}
}

// leftovers lists what the program left in home: anything of Fyne's or
// named after the app, and any file but the system's own caches of fonts
// and graphics shaders (fontconfig, Mesa: kept for every program, naming
// none).
func leftovers(t *testing.T, home string) string {
	t.Helper()
	var left []string
	_ = filepath.WalkDir(home, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == home {
			return nil
		}
		rel, _ := filepath.Rel(home, p)
		system := strings.HasPrefix(rel, filepath.Join(".cache", "mesa_shader_cache")) ||
			strings.HasPrefix(rel, filepath.Join(".cache", "fontconfig")) || strings.HasPrefix(rel, filepath.Join(".cache", "font_index"))
		if strings.Contains(rel, appID) || strings.Contains(rel, "fyne") || (!d.IsDir() && !system) {
			left = append(left, rel)
		}
		return nil
	})
	return strings.Join(left, ", ")
}

// forgetEverything goes to Settings, presses Forget everything, types the
// confirmation word, deletes and closes the app, each by a real click or
// key.
func (r *running) forgetEverything() {
	r.t.Helper()
	r.keys("ctrl+6") // Settings
	time.Sleep(500 * time.Millisecond)
	body := image.Rect(0, 170, 4000, 4000)
	var at image.Point
	for tries := 0; ; tries++ {
		var ok bool
		if at, ok = findBlob(r.shot(), isQuickExitRed, body); ok {
			break
		}
		if tries == 30 {
			r.t.Fatalf("no Forget everything button in Settings (%s)", save(r.t, r.shot(), "no-forget"))
		}
		// Without --sync, which waits for a move that does not happen when
		// the pointer is already there.
		xdo(r.t, "xdotool", "mousemove", "600", strconv.Itoa(500+tries%2))
		xdo(r.t, "xdotool", "click", "5") // scroll down
		time.Sleep(150 * time.Millisecond)
	}
	r.clickAndWait(at, body) // the dialog
	xdo(r.t, "xdotool", "type", "--delay", "60", "FORGET")
	time.Sleep(400 * time.Millisecond)
	// Then the dialog saying all is gone, with its Close the app.
	r.clickAndWait(r.found("Delete everything", isQuickExitRed, body), body)
	r.clickFound("Close the app", isHelpBlue, body)
}

// clickAndWait clicks at p and waits until what it opens in area has
// been drawn (on a loaded machine a fixed wait was not always enough).
func (r *running) clickAndWait(p image.Point, area image.Rectangle) {
	r.t.Helper()
	before := r.shot()
	r.click(p)
	r.shows(5*time.Second, func(img image.Image) bool { return changed(before, img, area) > 0.01 })
	r.settled(3*time.Second, area)
}

// clickFound waits for a button of the colour match in area and clicks it.
func (r *running) clickFound(name string, match func(color.Color) bool, area image.Rectangle) {
	r.t.Helper()
	r.click(r.found(name, match, area))
}

// found waits for a button of the colour match in area and says where it is.
func (r *running) found(name string, match func(color.Color) bool, area image.Rectangle) image.Point {
	r.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if at, ok := findBlob(r.shot(), match, area); ok {
			return at
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("no %s button (%s)", name, save(r.t, r.shot(), "no-button"))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

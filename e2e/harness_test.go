//go:build e2e

// Package e2e drives the real program in a real X window (Xvfb) with real
// X events (xdotool): a pointer that rests on a button past its tip, a
// drop-down or a date picker left open, a dialog at a small window. The
// test driver of Fyne never hovers and never opens a pop-up the way a
// person does, so these are the cases only a real window shows.
//
// Run with `make e2e` (it builds the program first), or
// E2E_BIN=/path/to/family-online-safety go test -tags e2e ./e2e/
package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Generous waits for a loaded 2-core machine; the quick exit's own budget
// is not generous.
const (
	windowWait   = 60 * time.Second
	quickBudget  = 100 * time.Millisecond
	pollEvery    = 10 * time.Millisecond
	sigtermLimit = 2 * time.Second
	tipRest      = 1000 * time.Millisecond // the tip shows as the pointer comes
	loadedBudget = 500 * time.Millisecond
)

var (
	binary  string
	display string
	xc      *xconn // the test's own X connection (xtest.go)
)

func TestMain(m *testing.M) {
	binary = os.Getenv("E2E_BIN")
	if binary == "" {
		fmt.Fprintln(os.Stderr, "e2e: set E2E_BIN to the program (make e2e does)")
		os.Exit(2)
	}
	for _, tool := range []string{"Xvfb", "xdotool", "xwininfo", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s is missing: run scripts/install-deps --test\n", tool)
			os.Exit(2)
		}
	}
	// Fyne's preferences for the program in a folder of this test
	// process's own: test processes run side by side (scripts/e2e), and
	// copies of the program writing one preferences file at once read
	// each other's half-written file.
	config, err := os.MkdirTemp("", "e2e-config-")
	if err == nil {
		err = os.Setenv("XDG_CONFIG_HOME", config)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(2)
	}
	x, err := startXvfb()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(2)
	}
	if xc, err = openX(display); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		_ = x.Process.Kill()
		os.Exit(2)
	}
	code := m.Run()
	xc.close()
	_ = x.Process.Kill()
	_ = x.Wait()
	_ = os.RemoveAll(config)
	os.Exit(code)
}

// startXvfb starts a virtual screen of 1280×800 on a free display number.
func startXvfb() (*exec.Cmd, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	if err := x.Start(); err != nil {
		return nil, err
	}
	_ = w.Close()
	buf := make([]byte, 16)
	n, err := r.Read(buf)
	if err != nil {
		return nil, fmt.Errorf("Xvfb gave no display: %w", err)
	}
	display = ":" + strings.TrimSpace(string(buf[:n]))
	return x, nil
}

// xdo runs xdotool (or another X tool) on the test's display.
func xdo(t testing.TB, tool string, args ...string) string {
	t.Helper()
	out, err := xrun(tool, args...)
	if err != nil {
		t.Fatalf("%s %v: %v: %s", tool, args, err, out)
	}
	return out
}

func xrun(tool string, args ...string) (string, error) {
	c := exec.Command(tool, args...)
	c.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := c.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// running is one copy of the program with its window.
type running struct {
	t    testing.TB
	cmd  *exec.Cmd
	win  string
	log  *bytes.Buffer
	done chan struct{}
	code int

	beforeOpen image.Image // the screen just before the last opens()
}

// start runs the program on dir with a window of size (a WxH string, or
// "" for the program's own choice) and waits for its window and first
// screen. env adds variables (FYNE_SCALE=1.5).
func start(t testing.TB, dir string, env []string, args ...string) *running {
	t.Helper()
	r := launch(t, dir, env, args...)
	r.waitWindow()
	return r
}

func launch(t testing.TB, dir string, env []string, args ...string) *running {
	t.Helper()
	cmd := exec.Command(binary, append([]string{"--data-dir", dir}, args...)...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "LANG=en_GB.UTF-8", "FYNE_THEME=dark")
	cmd.Env = append(cmd.Env, env...)
	r := &running{t: t, cmd: cmd, log: &bytes.Buffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = r.log, r.log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		_ = cmd.Wait()
		r.code = cmd.ProcessState.ExitCode()
		close(r.done)
	}()
	t.Cleanup(func() {
		if !r.exited() {
			_ = cmd.Process.Kill()
			<-r.done
		}
		if t.Failed() {
			t.Logf("program's output:\n%s", r.log.String())
		}
	})
	return r
}

func (r *running) exited() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// waitWindow waits for the program's visible window and for the first
// screen in it (the header's Quick exit drawn).
func (r *running) waitWindow() {
	r.t.Helper()
	deadline := time.Now().Add(windowWait)
	for r.win == "" {
		if time.Now().After(deadline) || r.exited() {
			r.t.Fatalf("no window within %v (exited: %v)", windowWait, r.exited())
		}
		if out, err := xrun("xdotool", "search", "--onlyvisible", "--pid", strconv.Itoa(r.cmd.Process.Pid)); err == nil && out != "" {
			r.win = strings.Fields(out)[0]
		}
		time.Sleep(50 * time.Millisecond)
	}
	for {
		if _, ok := findBlob(r.shot(), isQuickExitRed, image.Rect(0, 0, 4000, 4000)); ok {
			break
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("the window never showed Quick exit within %v", windowWait)
		}
		time.Sleep(100 * time.Millisecond)
	}
	xdo(r.t, "xdotool", "windowfocus", "--sync", r.win)
	time.Sleep(300 * time.Millisecond) // the first frames settle
}

// shot captures the screen (the window sits at 0,0: there is no window
// manager).
func (r *running) shot() image.Image {
	r.t.Helper()
	img, err := xc.capture()
	if err != nil {
		r.t.Fatalf("capturing the screen: %v", err)
	}
	return img
}

// save writes a capture next to the test's output, for a person to look at.
func save(t testing.TB, img image.Image, name string) string {
	dir := os.Getenv("E2E_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	_ = os.MkdirAll(dir, 0o755)
	prefix := strings.NewReplacer("/", "-", " ", "_").Replace(t.Name())
	p := filepath.Join(dir, prefix+"-"+name+".png")
	f, err := os.Create(p)
	if err != nil {
		return ""
	}
	defer func() { _ = f.Close() }()
	_ = png.Encode(f, img)
	return p
}

// budget is how long the window may take to go after a click or key:
// 100 ms, or up to 500 ms while the machine is loaded past twice its
// cores (other test runs, a build) — the time is logged either way.
func budget(t testing.TB, took time.Duration) time.Duration {
	if took <= quickBudget {
		return quickBudget
	}
	b, err := os.ReadFile("/proc/loadavg")
	var load float64
	if err == nil {
		_, _ = fmt.Sscanf(string(b), "%f", &load)
	}
	if perCore := load / float64(runtime.NumCPU()); perCore > 2 {
		t.Logf("%v is over %v, but the machine is loaded (%.1f per core): allowing %v", took.Round(time.Millisecond), quickBudget, perCore, loadedBudget)
		return loadedBudget
	}
	return quickBudget
}

// geometry is the window's size in pixels.
func (r *running) geometry() (w, h int) {
	out := xdo(r.t, "xdotool", "getwindowgeometry", r.win)
	for _, line := range strings.Split(out, "\n") {
		if s, ok := strings.CutPrefix(strings.TrimSpace(line), "Geometry: "); ok {
			_, _ = fmt.Sscanf(s, "%dx%d", &w, &h)
		}
	}
	return w, h
}

// visible reports whether the window is still mapped on the screen.
func (r *running) visible() bool { return xc.viewable(r.win) }

// waitGone polls every 10 ms until the window is unmapped or destroyed,
// and says how long that took from since.
func (r *running) waitGone(since time.Time, limit time.Duration) (time.Duration, bool) {
	for {
		if !r.visible() {
			return time.Since(since), true
		}
		if time.Since(since) > limit {
			return time.Since(since), false
		}
		time.Sleep(pollEvery)
	}
}

// waitExit waits for the process to end.
func (r *running) waitExit(limit time.Duration) bool {
	select {
	case <-r.done:
		return true
	case <-time.After(limit):
		return false
	}
}

func (r *running) move(p image.Point) {
	xdo(r.t, "xdotool", "mousemove", "--sync", strconv.Itoa(p.X), strconv.Itoa(p.Y))
}

func (r *running) click(p image.Point) {
	r.move(p)
	xdo(r.t, "xdotool", "click", "1")
}

func (r *running) keys(keys ...string) {
	for _, k := range keys {
		xdo(r.t, "xdotool", "key", "--delay", "60", k)
		time.Sleep(120 * time.Millisecond)
	}
}

func (r *running) signal(s syscall.Signal) { _ = r.cmd.Process.Signal(s) }

// findBlob is the centre of the pixels in area that match, and whether
// there were enough of them to be a button.
func findBlob(img image.Image, match func(color.Color) bool, area image.Rectangle) (image.Point, bool) {
	p, _, ok := findBox(img, match, area)
	return p, ok
}

// findBox is findBlob with the box the pixels fill.
func findBox(img image.Image, match func(color.Color) bool, area image.Rectangle) (image.Point, image.Rectangle, bool) {
	area = area.Intersect(img.Bounds())
	box, n := image.Rectangle{}, 0
	for y := area.Min.Y; y < area.Max.Y; y++ {
		for x := area.Min.X; x < area.Max.X; x++ {
			if match(img.At(x, y)) {
				p := image.Rect(x, y, x+1, y+1)
				if n == 0 {
					box = p
				} else {
					box = box.Union(p)
				}
				n++
			}
		}
	}
	return image.Pt((box.Min.X+box.Max.X)/2, (box.Min.Y+box.Max.Y)/2), box, n > 200
}

func rgb(c color.Color) (r, g, b int) {
	if p, ok := c.(color.RGBA); ok {
		return int(p.R), int(p.G), int(p.B)
	}
	r16, g16, b16, _ := c.RGBA()
	return int(r16 >> 8), int(g16 >> 8), int(b16 >> 8)
}

// isQuickExitRed is the danger colour of Quick exit (not shaded).
func isQuickExitRed(c color.Color) bool {
	r, g, b := rgb(c)
	return r > 200 && g < 110 && b < 110
}

// isHelpBlue is the primary colour of Get help now (not shaded).
func isHelpBlue(c color.Color) bool {
	r, g, b := rgb(c)
	return b > 200 && r < 90 && g > 70 && g < 170
}

// header is where Quick exit and Get help now are on the screen now.
func (r *running) header() (exit, help image.Point) {
	r.t.Helper()
	img := r.shot()
	top := image.Rect(0, 0, 4000, 160)
	exit, ok := findBlob(img, isQuickExitRed, top)
	if !ok {
		r.t.Fatalf("no Quick exit in the header (%s)", save(r.t, img, "no-exit"))
	}
	help, ok = findBlob(img, isHelpBlue, image.Rect(0, 0, exit.X, 160))
	if !ok {
		r.t.Fatalf("no Get help now in the header (%s)", save(r.t, img, "no-help"))
	}
	return exit, help
}

// changed is the share of pixels in area that differ between a and b.
func changed(a, b image.Image, area image.Rectangle) float64 {
	area = area.Intersect(a.Bounds()).Intersect(b.Bounds())
	diff, all := 0, 0
	for y := area.Min.Y; y < area.Max.Y; y += 2 {
		for x := area.Min.X; x < area.Max.X; x += 2 {
			all++
			ar, ag, ab := rgb(a.At(x, y))
			br, bg, bb := rgb(b.At(x, y))
			if abs(ar-br)+abs(ag-bg)+abs(ab-bb) > 30 {
				diff++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(diff) / float64(all)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

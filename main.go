// Family Online Safety: one place to plan a family's online safety, kept
// private on this computer.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"family-online-safety/app"
	"family-online-safety/data"
	"family-online-safety/icons"
	"family-online-safety/translations"
)

// appID matches FyneApp.toml.
const appID = "uk.org.familyonlinesafety.app"

type options struct {
	dataDir string
	lang    string
	demo    bool
}

// leftoverFlag starts the copy of the app that removes Fyne's emptied
// folder after Forget everything, once this one has stopped.
const leftoverFlag = "--remove-toolkit-leftover"

func main() {
	if len(os.Args) == 3 && os.Args[1] == leftoverFlag {
		removeLeftovers(os.Args[2])
		return
	}
	opts, code := parseFlags(os.Args[1:], os.Stderr)
	if code >= 0 {
		os.Exit(code)
	}
	os.Exit(run(opts))
}

// removeLeftovers removes Fyne's folders for the app (dir, and its
// cache) once the app that started this copy has stopped. On a busy
// machine that app may still write as it stops, so this looks again
// every half second until both have stayed gone for 3 s (20 s at most).
func removeLeftovers(dir string) {
	cache, cacheErr := os.UserCacheDir()
	var logged bool
	gone := 0
	for start := time.Now(); gone < 6 && time.Since(start) < 20*time.Second; {
		time.Sleep(500 * time.Millisecond)
		if err := app.RemoveToolkitLeftover(dir, appID, 0); err != nil && !logged {
			log.Print(err)
			logged = true
		}
		if cacheErr == nil {
			if err := app.RemoveToolkitCache(cache, appID); err != nil && !logged {
				log.Print(err)
				logged = true
			}
		}
		_, errDir := os.Stat(dir)
		_, errCache := os.Stat(filepath.Join(cache, "fyne", appID))
		if os.IsNotExist(errDir) && (cacheErr != nil || os.IsNotExist(errCache)) {
			gone++
		} else {
			gone = 0
		}
	}
}

// parseFlags reads the command line. A code of 0 or more means stop now
// with that exit code (help shown, or a mistake explained).
func parseFlags(args []string, stderr io.Writer) (options, int) {
	var o options
	fs := flag.NewFlagSet("family-online-safety", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.dataDir, "data-dir", "", "folder that holds the family's data (default: "+defaultDataDir()+")")
	fs.StringVar(&o.lang, "lang", "", "language of the app: en (English, UK), cy (Cymraeg) or pl (Polski)")
	fs.BoolVar(&o.demo, "demo", false, "open a sample family to try the app; it is kept apart from real data and removed on exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, 0
		}
		return o, 2
	}
	if fs.NArg() > 0 {
		_, _ = fmt.Fprintf(stderr, "family-online-safety: unexpected argument %q (see --help)\n", fs.Arg(0))
		return o, 2
	}
	if o.lang != "" && !translations.Supported(o.lang) {
		_, _ = fmt.Fprintf(stderr, "family-online-safety: unknown language %q: use en, cy or pl\n", o.lang)
		return o, 2
	}
	if o.dataDir == "" {
		o.dataDir = defaultDataDir()
	}
	return o, -1
}

// defaultDataDir is the OS's per-user config folder, e.g.
// ~/.config/family-online-safety on Linux.
func defaultDataDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = "."
	}
	return filepath.Join(dir, "family-online-safety")
}

func run(o options) int {
	end := endOnSignal() // SIGTERM closes the app in any state (signal.go)
	if meta, err := metadata(); err == nil {
		fyneapp.SetMetadata(meta) // the version written into family files
	}
	fa := fyneapp.NewWithID(appID)
	end.made(fa)
	fa.SetIcon(icons.AppIcon)
	fa.Settings().SetTheme(app.Theme())
	// The words, the family's file and the fonts are made ready on another
	// goroutine while Fyne makes the window: each takes 40 to 100 ms on a
	// small laptop. The window shows, empty, at once and fills when they
	// are handed over, so a wait for the file's lock (another copy holds
	// it) never adds to Fyne's own start-up time either.
	ready := make(chan prepared, 1)
	go func() { ready <- prepare(o) }()
	w := fa.NewWindow(fa.Metadata().Name) // in English until the words are loaded (startApp)
	w.Resize(smallestSize)                // until the screen is known: see fitToScreen
	var a *app.App
	var link *data.OtherWindows // the other copies' windows on this data folder (otherwindows.go)
	go func() {
		p := <-ready
		fyne.Do(func() {
			h, _ := installHook(w) // Quick exit first, whatever is open (safetyhook.go)
			start := func(store *data.Store) {
				a = startApp(o, fa, w, p.tr, store)
				h.use(a)
				link = linkWindows(o.dataDir, a, true, nil)
				end.started()
			}
			switch {
			case p.trErr != nil:
				fmt.Fprintln(os.Stderr, "family-online-safety:", p.trErr)
				fa.Quit()
			case p.err != nil:
				fmt.Fprintln(os.Stderr, "family-online-safety:", p.err)
				r := app.ShowStartupProblem(fa, w, p.tr, o.dataDir, p.err, start)
				r.FitTo(screenPixels)
				h.use(r)
				link = linkWindows(o.dataDir, r, false, p.err)
			default:
				start(p.store)
			}
		})
	}()
	w.ShowAndRun()
	if link != nil {
		link.Stop()
	}
	if a == nil {
		return 1 // the family's data was never opened
	}
	a.Close()
	removeLeftoverLater(a.ToolkitLeftover())
	return 0
}

// removeLeftoverLater starts a copy of the app that removes dir (Fyne's
// folder emptied by Forget everything) after this one has stopped.
func removeLeftoverLater(dir string) {
	if dir == "" {
		return
	}
	if exe, err := os.Executable(); err == nil {
		_ = exec.Command(exe, leftoverFlag, dir).Start()
	}
}

// prepared is what start-up makes ready beside Fyne's own start: the
// words, and the family's file opened (or why it did not open).
type prepared struct {
	tr    *translations.Translator
	trErr error
	store *data.Store
	err   error
}

// prepare loads the words, opens the family's file and loads the fonts
// the first screen needs.
func prepare(o options) prepared {
	var p prepared
	if p.tr, p.trErr = translations.New(startLanguage(o.lang, "")); p.trErr != nil {
		return p
	}
	p.store, p.err = data.Open(o.dataDir, data.Options{Machine: data.MachineID()})
	app.PreloadFonts() // the window stays empty until this is handed over
	return p
}

// startApp fills the window with the app on the opened family, in the
// family's language (the lock screen's copy of the settings when the file
// is locked).
func startApp(o options, fa fyne.App, w fyne.Window, tr *translations.Translator, store *data.Store) *app.App {
	set, err := store.Settings()
	if err != nil { // locked: the copy kept for the lock screen
		set = store.LockScreenSettings()
	}
	if err := tr.SetLanguage(startLanguage(o.lang, set.Language)); err != nil {
		fmt.Fprintln(os.Stderr, "family-online-safety:", err)
	}
	w.SetTitle(tr.T("app.name"))
	fitToScreen(w)
	a := app.New(fa, w, store, tr, o.dataDir)
	a.Start()
	a.WatchIdle()
	if o.demo {
		if err := a.StartDemo(); err != nil {
			fmt.Fprintln(os.Stderr, "family-online-safety:", err)
		}
	}
	traceStart()
	return a
}

// traceStart tells scripts/bench-startup when the first screen has been
// built: with FAMILY_ONLINE_SAFETY_TRACE_START set, the time (Unix
// nanoseconds) is written to standard error.
func traceStart() {
	if os.Getenv("FAMILY_ONLINE_SAFETY_TRACE_START") != "" {
		fmt.Fprintf(os.Stderr, "first screen ready at %d\n", time.Now().UnixNano())
	}
}

// startLanguage picks the language: the --lang flag, else the saved
// choice, else the system's, else English (UK).
func startLanguage(flagLang, saved string) string {
	switch {
	case flagLang != "":
		return flagLang
	case translations.Supported(saved):
		return saved
	}
	for _, env := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(env); v != "" {
			return translations.FromLocale(v)
		}
	}
	return translations.FromLocale(string(lang.SystemLocale()))
}

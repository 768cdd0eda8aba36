package app

import (
	"errors"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/help"
	"family-online-safety/screens/widgets"
	"family-online-safety/translations"
)

// Recovery is the window's content when the family's data cannot be
// opened at start. It says why in plain words; when the file is damaged
// it offers the good backups (dated, with what they hold) and restores
// the chosen one, keeping the damaged file aside. Get help is always one
// click away: it needs no data.
type Recovery struct {
	fa      fyne.App
	win     fyne.Window
	tr      *translations.Translator
	dataDir string
	err     error
	opened  func(*data.Store) // called with the restored family's store
	now     func() time.Time
	keys    *data.Keys   // the passphrase typed to check encrypted backups
	opts    data.Options // the restored file is opened with these (tests make them cheap)

	shift       shiftWatcher      // Shift three times (recoveryexit.go)
	exitBtn     fyne.CanvasObject // the Quick exit on show
	hooked      bool              // the window's input hook counts Shift
	exited      bool
	onQuickExit func()           // tells the first copy's window (OnQuickExit)
	copied      string           // a phone number copied from Get help, cleared later
	screen      func() fyne.Size // the screen's pixels (FitTo), 0×0 when not known
}

// ShowStartupProblem fills win with the explanation of err and, for a
// damaged file, the way back from a backup. opened runs once a backup has
// been restored and opened.
func ShowStartupProblem(fa fyne.App, win fyne.Window, tr *translations.Translator, dataDir string, err error, opened func(*data.Store)) *Recovery {
	r := &Recovery{fa: fa, win: win, tr: tr, dataDir: dataDir, err: err, opened: opened, now: time.Now}
	win.SetCloseIntercept(r.quit)
	win.SetContent(widgets.WithTips(r.view()))
	r.resizeToFit(fyne.NewSize(640, 480))
	r.installQuickExit()
	return r
}

func (r *Recovery) view() fyne.CanvasObject {
	key := "recovery.title"
	if errors.Is(r.err, data.ErrAlreadyOpen) { // a second copy: nothing is wrong with the data
		key = "recovery.title_open"
	}
	title := widget.NewLabelWithStyle(r.tr.T(key), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	items := []fyne.CanvasObject{container.NewHBox(widget.NewIcon(theme.ErrorIcon()), title)}
	switch {
	case errors.Is(r.err, data.ErrTampered):
		items = append(items, para(r.tr.T("recovery.tampered")))
		items = append(items, r.backups()...)
	case errors.Is(r.err, data.ErrNotDatabase):
		items = append(items, para(r.tr.T("recovery.damaged")))
		items = append(items, r.backups()...)
	case errors.Is(r.err, data.ErrNotRegular): // a folder or a device in the file's place
		items = append(items, para(r.tr.T("recovery.not_regular")))
		items = append(items, r.backups()...)
	case errors.Is(r.err, data.ErrDanglingLink): // a drive or a sync folder not connected
		items = append(items, r.danglingView()...)
	case errors.Is(r.err, data.ErrMissing): // deleted, with backups left behind
		items = append(items, para(r.tr.T("recovery.missing")))
		items = append(items, r.backupsOr("recovery.missing_none")...)
		items = append(items, r.startNewButton())
	default:
		items = append(items, para(ExplainOpenError(r.tr, r.err)))
	}
	help := widget.NewButtonWithIcon(r.tr.T("header.help"), theme.WarningIcon(), r.showHelp)
	closeBtn := widget.NewButtonWithIcon(r.tr.T("error.close"), theme.CancelIcon(), r.quit)
	items = append(items, widget.NewSeparator(), container.NewHBox(help, closeBtn))
	return r.withExit(nil, container.NewVScroll(container.NewPadded(container.NewVBox(items...))))
}

// withExit puts Quick exit at the top right, above body, with left
// beside it (nil: nothing): the same place in every view of the window,
// so it never moves under the pointer.
func (r *Recovery) withExit(left, body fyne.CanvasObject) fyne.CanvasObject {
	top := container.NewBorder(nil, nil, left, r.exitButton())
	return container.NewBorder(top, nil, nil, nil, body)
}

// backups lists the good backups, newest first, each with Open. Encrypted
// backups can only be checked with the passphrase, so it is asked for.
func (r *Recovery) backups() []fyne.CanvasObject { return r.backupsOr("recovery.none") }

// backupsOr is backups, saying none (a key) when there is no good one.
func (r *Recovery) backupsOr(none string) []fyne.CanvasObject {
	all, locked, err := data.AllBackups(r.dataDir, r.keys)
	var out []fyne.CanvasObject
	if locked > 0 {
		out = append(out, r.askPassphrase(locked))
	}
	var good []data.CheckedBackup
	for _, b := range all {
		if !b.Damaged {
			good = append(good, b)
		}
	}
	if err != nil || len(good) == 0 {
		return append(append(out, para(r.tr.T(none))), r.damagedRows(all)...)
	}
	pick := good[0].Name // the newest that holds the family, when an empty one is newer
	for _, b := range good {
		if c := b.Contents; c.Children+c.AppNotes+c.Concerns+c.Contacts+c.Starters+c.Discussions > 0 {
			pick = b.Name
			break
		}
	}
	newest := widget.NewButtonWithIcon(r.tr.T("recovery.newest"), theme.HistoryIcon(), func() { r.open(pick) })
	newest.Importance = widget.HighImportance
	out = append(out, container.NewHBox(newest))
	for _, b := range good {
		name := b.Name
		row := widget.NewLabel(r.tr.T("recovery.row", map[string]any{
			"Date": screens.FormatDate(r.tr, b.Taken), "Time": b.Taken.Format(time.TimeOnly), "Holds": Holds(r.tr, b.Contents)}))
		row.Wrapping = fyne.TextWrapWord
		open := widget.NewButton(r.tr.T("recovery.open"), func() { r.open(name) })
		out = append(out, container.NewBorder(nil, nil, nil, open, row))
	}
	return append(out, r.damagedRows(all)...)
}

// damagedRows names the damaged backups, marked as such, with no Open.
func (r *Recovery) damagedRows(all []data.CheckedBackup) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, b := range all {
		if b.Damaged {
			row := para(r.tr.T("recovery.damaged_row", map[string]any{
				"Date": screens.FormatDate(r.tr, b.Taken), "Time": b.Taken.Format(time.TimeOnly)}))
			row.Importance = widget.WarningImportance
			out = append(out, container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, row))
		}
	}
	return out
}

// Holds says what a backup holds, e.g. "3 children, 42 app notes,
// agreement signed 20/11/2026".
func Holds(tr screens.Translator, c data.Contents) string {
	var parts []string
	for _, p := range []struct {
		key string
		n   int
	}{{"recovery.holds.children", c.Children}, {"recovery.holds.app_notes", c.AppNotes}, {"recovery.holds.concerns", c.Concerns}} {
		if p.n > 0 {
			parts = append(parts, tr.N(p.key, p.n))
		}
	}
	if !c.AgreedOn.IsZero() {
		parts = append(parts, tr.T("recovery.holds.agreement", map[string]any{"Date": screens.FormatDate(tr, c.AgreedOn.Local())}))
	}
	if len(parts) == 0 {
		return tr.T("recovery.holds.nothing")
	}
	return strings.Join(parts, ", ")
}

// open restores a backup (the damaged file is kept aside by Restore) and
// hands the opened store on.
func (r *Recovery) open(name string) {
	if err := data.Restore(r.dataDir, name, r.now(), r.keys); err != nil {
		dialog.ShowInformation(r.tr.T("error.title"), ExplainOpenError(r.tr, err), r.win)
		return
	}
	store, err := data.Open(r.dataDir, r.opts)
	if err == nil && r.keys != nil {
		if uerr := store.UnlockWith(r.keys); uerr != nil {
			store.Lock() // the lock screen asks again
		}
	}
	if err != nil {
		r.err = err
		r.win.SetContent(widgets.WithTips(r.view()))
		dialog.ShowInformation(r.tr.T("error.title"), r.tr.T("recovery.failed"), r.win)
		return
	}
	r.opened(store)
}

// FitTo keeps the window within a screen of screen() pixels, from now on:
// the program knows the screen (it needs the window system).
func (r *Recovery) FitTo(screen func() fyne.Size) {
	r.screen = screen
	r.resizeToFit(fyne.NewSize(640, 480))
}

// resizeToFit gives the window the size want, or less where the screen is
// smaller.
func (r *Recovery) resizeToFit(want fyne.Size) {
	var px fyne.Size
	if r.screen != nil {
		px = r.screen()
	}
	r.win.Resize(FitWindow(px, r.win.Canvas().Scale(), want))
}

// showHelp shows Get help, which works without the family's data.
func (r *Recovery) showHelp() {
	back := widget.NewButtonWithIcon(r.tr.T("recovery.back"), theme.NavigateBackIcon(), func() { r.win.SetContent(widgets.WithTips(r.view())) })
	help := help.New(screens.Env{Tr: r.tr, Now: r.now}, noFamily{}, noFamily{}, r).View()
	// Get help scrolls within the window as it is (its lists and texts
	// scroll): growing the window would move Quick exit from under the
	// pointer.
	r.win.SetContent(widgets.WithTips(r.withExit(back, help)))
}

// Copy puts text on the clipboard (a phone number from Get help); it is
// cleared after clipboardLife, and at quit, if it is still there.
func (r *Recovery) Copy(text string) {
	r.fa.Clipboard().SetContent(text)
	r.copied = text
	time.AfterFunc(clipboardLife, func() {
		fyne.Do(func() {
			if r.copied == text {
				r.clearCopied()
			}
		})
	})
}

// clearCopied empties the clipboard if it still holds what was copied.
func (r *Recovery) clearCopied() {
	if r.copied != "" && r.fa.Clipboard().Content() == r.copied {
		r.fa.Clipboard().SetContent("")
	}
	r.copied = ""
}

// quit clears what was copied and forgets the passphrase typed, then
// quits (Quit, Ctrl+Q, the close button).
func (r *Recovery) quit() {
	r.clearCopied()
	r.keys.Forget()
	r.fa.Quit()
}

// OpenURL opens a web address in the browser, only when the user asks.
func (r *Recovery) OpenURL(u *url.URL) error { return r.fa.OpenURL(u) }

// noFamily stands in for the store while none is open: default settings
// and no contacts of the family's own.
type noFamily struct{}

var errNoFamily = errors.New("the family's data is not open")

func (noFamily) Settings() (data.Settings, error)              { return data.Settings{}, nil }
func (noFamily) Contacts() ([]data.Contact, error)             { return nil, nil }
func (noFamily) AddContact(data.Contact) (data.Contact, error) { return data.Contact{}, errNoFamily }
func (noFamily) UpdateContact(data.Contact) error              { return errNoFamily }
func (noFamily) DeleteContact(data.ID) error                   { return errNoFamily }
func (noFamily) RestoreContact(data.Contact) error             { return errNoFamily }

// unreadableNote tells the user, once per family, that some records could
// not be read and are not shown; everything else is.
func (a *App) unreadableNote(n int, kinds []string) fyne.CanvasObject {
	words := a.tr.N("unreadable.note", n)
	if len(kinds) > 0 { // which, in plain words, instead of how many
		names := make([]string, len(kinds))
		for i, k := range kinds {
			names[i] = a.tr.T("damaged.kind." + k)
		}
		words = a.tr.T("damaged.which", map[string]any{"Kinds": strings.Join(names, ", ")})
	}
	text := widget.NewLabel(words)
	text.Importance = widget.WarningImportance
	text.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.WarningIcon()), nil, text)
}

// newerNote names the records a newer version of the app saved: they are
// kept as they are, never written over, and the usual choices used here.
func (a *App) newerNote(kinds []string) fyne.CanvasObject {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = a.tr.T("damaged.kind." + k)
	}
	text := widget.NewLabel(a.tr.T("newer.which", map[string]any{"Kinds": strings.Join(names, ", ")}))
	text.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.InfoIcon()), nil, text)
}

func para(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// readOnlyNote says the family's file is open to read only: its disk or
// folder cannot be written, so nothing can be changed until it can.
func (a *App) readOnlyNote() fyne.CanvasObject {
	text := widget.NewLabel(a.tr.T("readonly.note"))
	text.Importance = widget.WarningImportance
	text.Wrapping = fyne.TextWrapWord
	return container.NewBorder(nil, widget.NewSeparator(), widget.NewIcon(theme.WarningIcon()), nil, text)
}

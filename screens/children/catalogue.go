package children

import (
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// AppCatalogue browses the built-in app catalogue: minimum age, rating,
// risky features, settings worth checking, the note for parents and where
// it comes from.
type AppCatalogue struct {
	env     screens.Env
	tr      screens.Translator
	opener  URLOpener
	child   *data.Child // for the age warning; nil for none
	action  func(content.App) fyne.CanvasObject
	shown   []content.App
	picked  string
	list    *widgets.List
	details *fyne.Container
}

// NewAppCatalogue builds a catalogue browser. action, if set, gives the
// button shown under an app (such as "Add a note for Leo").
func NewAppCatalogue(env screens.Env, opener URLOpener, child *data.Child, action func(content.App) fyne.CanvasObject) *AppCatalogue {
	return &AppCatalogue{env: env, tr: env.Tr, opener: opener, child: child, action: action, shown: content.Apps}
}

// Select shows one app's details; "" shows none.
func (a *AppCatalogue) Select(appID string) { a.picked = appID }

// View renders the browser.
func (a *AppCatalogue) View() fyne.CanvasObject {
	a.details = container.NewStack()
	filter := a.env.Entry()
	filter.SetPlaceHolder(a.tr.T("appcatalogue.search"))
	a.list = widgets.NewList(
		func() int { return len(a.shown) },
		func() fyne.CanvasObject { return newAppRow() },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*appRow)
			row.name.SetText(a.shown[i].Name)
			row.badge.SetText(a.ageBadge(a.shown[i]))
		})
	a.list.OnSelected = func(i widget.ListItemID) {
		if i < len(a.shown) {
			a.picked = a.shown[i].ID
			a.showDetails(a.shown[i])
		}
	}
	filter.OnChanged = func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		a.shown = nil
		for _, app := range content.Apps {
			if s == "" || strings.Contains(strings.ToLower(app.Name), s) ||
				strings.Contains(strings.ToLower(a.tr.T(content.KindKey(app.Kind))), s) {
				a.shown = append(a.shown, app)
			}
		}
		a.list.UnselectAll()
		a.list.Refresh()
	}
	left := widgets.TopFirst(container.NewVBox(widgets.Heading(a.tr.T("appcatalogue.title")), filter), a.list) // the search before the list for Tab too
	split := container.NewHSplit(left, a.details)
	split.Offset = 0.36
	a.details.Objects = []fyne.CanvasObject{widgets.EmptyState(theme.SearchIcon(), a.tr.T("appcatalogue.pick.title"), a.tr.T("appcatalogue.pick.body"), nil)}
	for i, app := range a.shown {
		if app.ID == a.picked {
			a.list.Select(i)
			a.list.ScrollTo(i)
		}
	}
	return split
}

func (a *AppCatalogue) ageBadge(app content.App) string {
	r := content.RegionOf(a.tr)
	minAge := app.MinAgeIn(r)
	rating, rated := app.RatingIn(r)
	switch {
	case app.Discontinued:
		return a.tr.T("appcatalogue.closed")
	case minAge > 0 && minAge >= rating.MinAge:
		return a.tr.T("appcatalogue.badge.age", map[string]any{"Age": minAge})
	case rated:
		return a.tr.T(content.BoardKey(content.BoardOf(r))) + " " + rating.Label
	case app.RatingUnknownIn(r):
		return a.tr.T("appcatalogue.badge.check")
	}
	return ""
}

// ageLines says an app's minimum age in the region and, for a game, its
// rating by the region's board with the edition it belongs to, or where
// to look when the app does not know it.
func (a *AppCatalogue) ageLines(app content.App) []string {
	r := content.RegionOf(a.tr)
	var ages []string
	if minAge := app.MinAgeIn(r); minAge > 0 {
		ages = append(ages, a.tr.T("appcatalogue.min_age", map[string]any{"Age": minAge}))
	}
	board := a.tr.T(content.BoardKey(content.BoardOf(r)))
	if rt, ok := app.RatingIn(r); ok {
		ages = append(ages, a.tr.T("appcatalogue.rating", map[string]any{"Board": board, "Label": rt.Label, "Edition": rt.Edition}))
	} else if app.RatingUnknownIn(r) {
		ages = append(ages, a.tr.T("appcatalogue.rating.unknown", map[string]any{"Board": board}))
	}
	switch {
	case len(ages) > 0 || app.Discontinued:
	case app.AdultAccount:
		ages = append(ages, a.tr.T("appcatalogue.adult_account"))
	default:
		ages = append(ages, a.tr.T("appcatalogue.no_min_age"))
	}
	return ages
}

// bulletSection is a titled list of points, or nothing when there are none.
func bulletSection(title string, points []string) []fyne.CanvasObject {
	if len(points) == 0 {
		return nil
	}
	return []fyne.CanvasObject{appSection(title, widgets.Para("• "+strings.Join(points, "\n• ")))}
}

func (a *AppCatalogue) showDetails(app content.App) {
	items := []fyne.CanvasObject{widgets.Heading(app.Name), widget.NewLabel(a.tr.T(content.KindKey(app.Kind)))}
	if app.Discontinued {
		items = append(items, appWarningCard(a.tr.T("appcatalogue.closed.long")+" "+a.tr.T(app.DiscontinuedKey())))
	}
	if a.child != nil {
		if w := AppAgeWarning(a.tr, *a.child, app, a.env.Now()); w != "" {
			items = append(items, appWarningCard(w))
		}
	}
	for _, line := range a.ageLines(app) {
		l := widgets.Para(line)
		l.TextStyle = fyne.TextStyle{Bold: true}
		items = append(items, l)
	}
	items = append(items, widgets.Para(a.tr.T(app.RiskNoteKey())))
	var features, settings []string
	for _, f := range app.Features {
		features = append(features, a.tr.T(content.FeatureKey(f)))
	}
	for _, s := range app.Settings {
		settings = append(settings, a.tr.T(app.SettingKey(s)))
	}
	items = append(items, bulletSection(a.tr.T("appcatalogue.features"), features)...)
	items = append(items, bulletSection(a.tr.T("appcatalogue.settings"), settings)...)
	items = append(items, a.sourceLines(app)...)
	items = append(items, widget.NewLabel(a.tr.T("appcatalogue.checked", map[string]any{"Date": string(app.Source.Checked)})))
	checks := []content.Checked{app.Source.Checked}
	if rt, ok := app.RatingIn(content.RegionOf(a.tr)); ok && rt.Source.Name != app.Source.Name {
		items = append(items, widgets.Para(a.tr.T("appcatalogue.rating.source", map[string]any{"Source": rt.Source.Name, "Checked": string(rt.Source.Checked)})))
		checks = append(checks, rt.Source.Checked)
	}
	if stale := screens.StaleLine(a.tr, a.env.Now(), checks...); stale != nil {
		items = append(items, stale)
	}
	if a.action != nil {
		if b := a.action(app); b != nil {
			items = append(items, container.NewHBox(b))
		}
	}
	a.details.Objects = []fyne.CanvasObject{widgets.Page(items...)}
	a.details.Refresh()
}

// appRow is one app in the catalogue list: its name, and its age badge
// on the right.
type appRow struct {
	widget.BaseWidget
	name, badge *widget.Label
}

func newAppRow() *appRow {
	r := &appRow{name: widget.NewLabel("Template app name"), badge: widget.NewLabel("Check rating")}
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the row out.
func (r *appRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, r.badge, r.name))
}

// AccessibilityLabel is the app's name and its age rating.
func (r *appRow) AccessibilityLabel() string {
	return widgets.Spoken(widgets.LabelTexts(r.name, r.badge)...)
}

// AccessibilityRole is text.
func (r *appRow) AccessibilityRole() fyne.AccessibleRole { return fyne.AccessibleRoleText }

// sourceLines name the card's source, with a link to it, where the
// family's region has one to name.
func (a *AppCatalogue) sourceLines(app content.App) []fyne.CanvasObject {
	src, ok := app.SourceIn(content.RegionOf(a.tr))
	if !ok {
		return nil
	}
	items := []fyne.CanvasObject{widgets.Para(a.tr.T("appcatalogue.source", map[string]any{"Source": src.Name}))}
	if u, err := url.Parse(src.URL); err == nil && src.URL != "" && a.opener != nil {
		link := widget.NewButtonWithIcon(a.tr.T("appcatalogue.open_source"), theme.ComputerIcon(), func() {
			_ = a.opener.OpenURL(u)
		})
		items = append(items, container.NewHBox(link))
	}
	return items
}

package children

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// ageGuide is the "At this age" tab: the guide's notes for the child's
// age band today, each with its source and checked date, and links to
// the starters on its topics and to the child's apps.
func (c *Screen) ageGuide(child data.Child) fyne.CanvasObject {
	tr := c.tr
	band := content.BandForAge(child.AgeOn(c.env.Now()))
	items := []fyne.CanvasObject{
		widgets.Heading(tr.T("ageguide.heading", map[string]any{"Band": tr.T(content.BandKey(band))})),
		widgets.Para(tr.T("ageguide.intro", map[string]any{"Name": child.Name})),
	}
	var checks []content.Checked
	for _, note := range content.GuideFor(band) {
		for _, s := range note.SourcesIn(content.RegionOf(tr)) {
			checks = append(checks, s.Checked)
		}
	}
	if stale := screens.StaleLine(tr, c.env.Now(), checks...); stale != nil {
		items = append(items, stale)
	}
	for _, note := range content.GuideFor(band) {
		items = append(items, widget.NewSeparator(), c.guideNote(child, note))
	}
	return widgets.Page(items...)
}

// guideNote is one note: its words, the apps it is about, its source, and
// its links.
func (c *Screen) guideNote(child data.Child, note content.GuideNote) fyne.CanvasObject {
	tr := c.tr
	box := container.NewVBox(widgets.Para(tr.T(note.TextKey())))
	if len(note.Apps) > 0 {
		var names []string
		for _, id := range note.Apps {
			if a, ok := content.AppByID(id); ok {
				names = append(names, a.Name)
			}
		}
		box.Add(widgets.Para(tr.T("ageguide.apps", map[string]any{"Apps": strings.Join(names, ", ")})))
	}
	sources := note.SourcesIn(content.RegionOf(tr))
	names := make([]string, len(sources))
	for i, s := range sources {
		names[i] = s.Name
	}
	src := widgets.Para(tr.T("ageguide.source", map[string]any{"Source": strings.Join(names, "; "), "Checked": string(content.OldestChecked(sources))}))
	src.SizeName = theme.SizeNameCaptionText
	box.Add(src)

	var links []fyne.CanvasObject
	// The app's actions open the starters too; actions that cannot (a
	// caller without the app) leave the note without starter links.
	if opener, ok := c.actions.(screens.StartersOpener); ok {
		for _, topic := range note.Topics {
			label := tr.T("ageguide.starters", map[string]any{"Topic": tr.T(content.TopicKey(topic))})
			links = append(links, widgets.NewWrapButton(label, theme.MailComposeIcon(), func() { opener.ShowStarters(child.ID, topic) }))
		}
	}
	if len(note.Apps) > 0 {
		links = append(links, widgets.NewWrapButton(tr.T("ageguide.apps.open", map[string]any{"Name": child.Name}), theme.GridIcon(), func() {
			c.tab = TabApps
			c.showRight()
		}))
	}
	if len(links) > 0 {
		box.Add(container.NewVBox(links...)) // each as wide as the note: their words wrap
	}
	return box
}

// phoneField is the Details tab's "Own phone since": the day the child got
// (or will get) a phone of their own, which Home prompts a review for.
func (c *Screen) phoneField(e *childEditor) fyne.CanvasObject {
	problem := widgets.Problem()
	field := dateField(c.env, e.current.OwnPhone, problem, func(day time.Time) {
		e.save(func(k *data.Child) { k.OwnPhone = day })
	})
	help := widgets.Para(c.tr.T("ageguide.phone.help", map[string]any{"Name": e.current.Name}))
	help.SizeName = theme.SizeNameCaptionText
	return container.NewVBox(field, help)
}

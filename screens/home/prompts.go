package home

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// PromptStore is what the review prompts read and write.
type PromptStore interface {
	DismissedPrompts(child data.ID) (map[data.ReviewPrompt]bool, error)
	DismissPrompt(child data.ID, kind content.Turning, year int) error
	// Settings gives the UK nation whose school years the prompts follow.
	Settings() (data.Settings, error)
}

// PromptNavigator opens what a prompt links to: the starters for the
// child and topic, and the child's tabs.
type PromptNavigator interface {
	screens.ChildOpener
	screens.StartersOpener
}

// ChildTabs are the Children & apps tabs a prompt links to.
type ChildTabs struct{ Apps, Guide int }

// ReviewSection is Home's block asking the family to look at the
// agreement again at a child's turning points (content.MilestonesDue),
// each with why, links and a way to hide it for good.
func ReviewSection(env screens.Env, store PromptStore, nav PromptNavigator, tabs ChildTabs) screens.HomeSection {
	return func(child data.Child) fyne.CanvasObject {
		now := env.Now()
		set, err := store.Settings()
		if err != nil {
			return nil
		}
		g := content.Growing{BirthYear: child.BirthYear, BirthMonth: child.BirthMonth, OwnPhone: child.OwnPhone,
			School: content.Nation(set.SchoolNation)}
		due := content.MilestonesDue(g, content.RegionOf(env.Tr), now)
		if len(due) == 0 {
			return nil
		}
		dismissed, err := store.DismissedPrompts(child.ID)
		if err != nil {
			return nil
		}
		box := container.NewVBox()
		for _, m := range due {
			if !dismissed[data.PromptKey(m.Point.Kind, m.Year())] {
				box.Add(reviewPrompt(env, store, nav, tabs, child, m, box))
			}
		}
		if len(box.Objects) == 0 {
			return nil
		}
		title := widget.NewLabelWithStyle(env.Tr.T("review.heading"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Objects = append([]fyne.CanvasObject{title}, box.Objects...)
		return box
	}
}

// reviewPrompt is one turning point: its title, why, source, links and
// "Done, hide this", which takes it out of box (and box away when empty).
func reviewPrompt(env screens.Env, store PromptStore, nav PromptNavigator, tabs ChildTabs,
	child data.Child, m content.Milestone, box *fyne.Container) fyne.CanvasObject {
	tr := env.Tr
	words := promptWords(tr, child, m)
	title := widgets.Para(tr.T(m.Point.TitleKey(), words))
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Importance = widget.WarningImportance
	src := m.SourceIn(content.RegionOf(tr))
	source := widgets.Para(tr.T("review.checked", map[string]any{"Source": src.Name, "Checked": string(src.Checked)}))
	source.SizeName = theme.SizeNameCaptionText
	problem := widgets.Problem()
	problem.Hide() // shown only if hiding the prompt fails

	topic := m.Point.Topics[0]
	starters := widget.NewButtonWithIcon(tr.T("review.starters", map[string]any{"Topic": tr.T(content.TopicKey(topic))}),
		theme.MailComposeIcon(), func() { nav.ShowStarters(child.ID, topic) })
	apps := widget.NewButtonWithIcon(tr.T("review.apps", map[string]any{"Name": child.Name}), theme.GridIcon(),
		func() { nav.ShowChild(child.ID, tabs.Apps) })
	guide := widget.NewButtonWithIcon(tr.T("review.guide"), theme.InfoIcon(), func() { nav.ShowChild(child.ID, tabs.Guide) })
	var item *fyne.Container
	done := widget.NewButtonWithIcon(tr.T("review.dismiss"), theme.ConfirmIcon(), func() {
		if err := store.DismissPrompt(child.ID, m.Point.Kind, m.Year()); err != nil {
			widgets.SetProblem(problem, tr.T("review.dismiss.failed"))
			return
		}
		box.Remove(item)
		if len(box.Objects) == 1 { // only the heading is left
			box.Hide()
		}
	})
	item = container.NewVBox(title, widgets.Para(tr.T(m.Point.WhyKey(), words)), source)
	if stale := screens.StaleLine(tr, env.Now(), src.Checked); stale != nil {
		item.Add(stale)
	}
	item.Add(container.New(layout.NewRowWrapLayout(), starters, apps, guide, done))
	item.Add(problem)
	return item
}

// promptWords fills a prompt's texts: the child's name, when, and for a
// birthday the apps whose minimum age in the region it is.
func promptWords(tr screens.Translator, child data.Child, m content.Milestone) map[string]any {
	when := tr.T("month."+strconv.Itoa(int(m.Day.Month()))) + " " + strconv.Itoa(m.Day.Year())
	if m.Point.Kind == content.TurningPhone {
		when = screens.FormatDate(tr, m.Day)
	}
	words := map[string]any{"Name": child.Name, "When": when}
	if m.Nation != content.NationNone {
		words["Stage"] = tr.T(content.StageKey(m.Nation))
	}
	age := map[content.Turning]int{content.Turning13: 13, content.Turning16: 16}[m.Point.Kind]
	if age > 0 {
		var names []string
		for _, a := range content.AppsOpeningAt(age, content.RegionOf(tr)) {
			names = append(names, a.Name)
		}
		words["Apps"] = JoinAnd(tr, names)
	}
	return words
}

// JoinAnd lists names as "A, B and C" in the translator's language.
func JoinAnd(tr screens.Translator, names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " " + tr.T("list.and") + " " + names[len(names)-1]
}

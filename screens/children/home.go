package children

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// AppReviewsSection is the Home block about a child's apps: the reviews
// that are due and a gentle reminder to check the device settings still
// match the notes. Children with no app notes get nothing.
func AppReviewsSection(env screens.Env, store AppNoteLister, nav screens.ChildOpener) screens.HomeSection {
	tr := env.Tr
	return func(child data.Child) fyne.CanvasObject {
		notes, err := store.AppNotes(child.ID)
		if err != nil || len(notes) == 0 {
			return nil
		}
		var due []string
		for _, n := range notes {
			if n.ReviewDue(env.Now()) {
				due = append(due, n.DisplayName())
			}
		}
		box := container.NewVBox()
		if len(due) > 0 {
			l := widgets.Para(tr.N("home.apps.due", len(due), map[string]any{"Apps": strings.Join(due, ", ")}))
			l.Importance = widget.WarningImportance
			box.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l))
		}
		box.Add(widgets.Para(tr.T("home.apps.check", map[string]any{"Name": child.Name})))
		open := widget.NewButtonWithIcon(tr.T("home.apps.open"), theme.GridIcon(), func() { nav.ShowChild(child.ID, TabApps) })
		box.Add(container.NewHBox(open))
		return box
	}
}

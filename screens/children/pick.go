package children

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens/widgets"
)

// In a narrow window the children list folds into a drop-down of the
// children, with "Add child" beside it, above the child's tabs
// (widgets.SideFold). The two stay in step: a child chosen in either is
// chosen in both.

// pickRow is the drop-down's line: "Child", the children, "Add child".
func (c *Screen) pickRow() fyne.CanvasObject {
	c.pick = widgets.NewShortPick(c.tr.T("children.pick"), c.tr.T("children.add.title"), func(i int) {
		if row := c.pickRows()[i]; row != c.rowOf(c.selected) || c.adding {
			c.list.Select(row)
		}
	})
	c.fillPick()
	c.add2 = widget.NewButtonWithIcon(c.tr.T("children.add"), theme.ContentAddIcon(), c.startAdding)
	c.add2.Importance = widget.HighImportance
	c.add2.Hide() // shown when the list folds
	label := widget.NewLabelWithStyle(c.tr.T("children.pick"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// Clear of the page's scroll bar, which is drawn over the right edge.
	bar := canvas.NewRectangle(color.Transparent)
	bar.SetMinSize(fyne.NewSize(theme.ScrollBarSize(), 0))
	right := container.New(layout.NewCustomPaddedHBoxLayout(0), c.add2, bar)
	return container.NewBorder(nil, nil, label, right, c.pick)
}

// pickRows are the rows of the list the drop-down's choices stand for:
// every child, active then archived, without the heading.
func (c *Screen) pickRows() []int {
	var rows []int
	for i, r := range c.rows {
		if !r.header {
			rows = append(rows, i)
		}
	}
	return rows
}

// fillPick gives the drop-down the children as they are now.
func (c *Screen) fillPick() {
	if c.pick == nil {
		return
	}
	var names []string
	for _, i := range c.pickRows() {
		name := c.rows[i].child.Name
		if c.rows[i].child.Archived {
			name += " · " + c.tr.T("children.pick.archived")
		}
		names = append(names, name)
	}
	c.pick.SetChoices(names)
	c.syncPick()
}

// syncPick chooses in the drop-down the child on show (none while a
// child is being added).
func (c *Screen) syncPick() {
	if c.pick == nil {
		return
	}
	at := -1
	if row := c.rowOf(c.selected); row >= 0 && !c.adding {
		for i, r := range c.pickRows() {
			if r == row {
				at = i
			}
		}
	}
	c.pick.Choose(at)
}

// tabsWidth is the width a child's tabs need to show every tab.
func (c *Screen) tabsWidth() float32 {
	return widgets.TabBarWidth(c.tr.T("children.tab.details"), c.tr.T("children.tab.apps"),
		c.tr.T("children.tab.concerns"), c.tr.T("childwords.tab"), c.tr.T("children.tab.age"))
}

// addButton is the "Add child" button on show: the focus goes back to it
// from the form.
func (c *Screen) addButton() *widget.Button {
	if c.fold != nil && c.fold.Folded() {
		return c.add2
	}
	return c.add
}

package children

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"image/color"
	"slices"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/icons"
	"family-online-safety/printout"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// The child's view of the agreement: the whole screen given over to one
// child's part of it, in larger text, until "Back to grown-up view".

// childTextScale is how much larger the child's view sets its text than
// the rest of the app (on top of the text size chosen in Settings).
const childTextScale = 1.5

// pictureSize is the side of a picture beside a line, for a child under 7.
const pictureSize = 56

// largerText is the app's theme with its text sizes scaled up.
type largerText struct{ fyne.Theme }

func (t largerText) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText, theme.SizeNameSubHeadingText, theme.SizeNameHeadingText:
		return t.Theme.Size(n) * childTextScale
	}
	return t.Theme.Size(n)
}

// showChildView puts the child's view in place of the screen; its Back
// button puts the screen back as it was.
func (c *Screen) showChildView(child data.Child) {
	c.env.Saves.FlushAll() // what was just typed is in the view
	v, err := c.store.ChildView(c.tr, child.ID, c.env.Now())
	if err != nil {
		showError(c.tr, c.win, err)
		return
	}
	stack, ok := c.root.(*fyne.Container)
	if !ok {
		return
	}
	grownUp := stack.Objects
	shown := true
	back := widget.NewButtonWithIcon(c.tr.T("childview.back"), theme.NavigateBackIcon(), func() {
		shown = false
		stack.Objects = grownUp
		stack.Refresh()
	})
	back.Importance = widget.HighImportance
	page := container.NewThemeOverride(childViewPage(c.tr, v), largerText{theme.Current()})
	stack.Objects = []fyne.CanvasObject{container.NewBorder(container.NewPadded(container.NewHBox(back)), nil, nil, nil, page)}
	stack.Refresh()
	// What holds tonight moves on by itself (midnight, a later bedtime
	// ending): the view is drawn again then, while it is on show.
	c.env.OnTick(func() {
		if !shown {
			return
		}
		v, err := c.store.ChildView(c.tr, child.ID, c.env.Now())
		if err != nil {
			return // the view as it was stays; the next change tries again
		}
		page.Content = childViewPage(c.tr, v)
		page.Refresh()
	})
}

// childViewPage is the child's view itself: title, then each part with
// its lines, a picture beside each line for a child under 7.
func childViewPage(tr screens.Translator, v data.ChildView) fyne.CanvasObject {
	title := widget.NewLabelWithStyle(v.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	items := []fyne.CanvasObject{title, widgets.Para(v.Sub), widgets.Para(v.Intro)}
	if v.Empty() {
		items = append(items, widgets.Para(tr.T("childview.empty")))
	}
	for _, s := range v.Sections {
		heading := widget.NewLabelWithStyle(s.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		heading.SizeName = theme.SizeNameSubHeadingText
		items = append(items, widget.NewSeparator(), heading)
		for i, it := range s.Items {
			items = append(items, childViewLine(s.Kind, s.Mark(i), it, v.Pictures, s.HasMarks()))
		}
	}
	return widgets.Page(items...)
}

// childViewLine is one line: beside its picture (and, for a line that
// holds in one period only, the "school days" or "holidays" picture; in
// a section with such lines the others keep the room, so the text lines
// up), or after a bullet.
func childViewLine(kind, mark data.ViewKind, text string, picture, marks bool) fyne.CanvasObject {
	res := icons.Picture(string(kind))
	if !picture || res == nil {
		return widgets.Para("•  " + text)
	}
	pics := container.NewHBox(pictureOf(res))
	if m := icons.Picture(string(mark)); mark != "" && m != nil {
		pics.Add(pictureOf(m))
	} else if marks {
		space := canvas.NewRectangle(color.Transparent)
		space.SetMinSize(fyne.NewSize(pictureSize, pictureSize))
		pics.Add(space)
	}
	return container.NewBorder(nil, nil, pics, nil, widgets.Para(text))
}

// pictureOf is one picture at the child's view's size.
func pictureOf(res fyne.Resource) fyne.CanvasObject {
	img := canvas.NewImageFromResource(res)
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(pictureSize, pictureSize))
	return img
}

// printChildView saves the child's view as a PDF and opens it to print.
func (c *Screen) printChildView(child data.Child) {
	c.env.Saves.FlushAll()
	now := c.env.Now()
	v, err := c.store.ChildView(c.tr, child.ID, now)
	if err != nil {
		showError(c.tr, c.win, err)
		return
	}
	pics := map[data.ViewKind][]byte{}
	if v.Pictures {
		for _, kind := range viewPictures(v) {
			if b := icons.PicturePNG(string(kind)); b != nil {
				pics[kind] = b
			}
		}
	}
	page := printout.ChildPage{View: v, Region: content.RegionOf(c.tr), Now: now, Pictures: pics}
	name := c.tr.T("childview.file", map[string]any{"Date": data.DateText(now)})
	fonts := screens.PDFFonts()
	c.print.files.SaveMade(screens.FileName(name, ".pdf"), func() ([]byte, error) { return printout.ChildViewPDF(page, c.tr, fonts) }, "print.saved.body", true)
}

// viewPictures are the pictures the view draws: each section's, and the
// period marks its lines carry.
func viewPictures(v data.ChildView) []data.ViewKind {
	var out []data.ViewKind
	for _, s := range v.Sections {
		out = append(out, s.Kind)
		for _, m := range s.Marks {
			if m != "" && !slices.Contains(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

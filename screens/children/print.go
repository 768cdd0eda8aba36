package children

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/printout"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// printing is what the sheet for another carer and the calendar need.
type printing struct {
	files screens.Files
	src   printout.SheetSource
}

// WithPrinting adds, for each child, the one-page sheet for another carer
// (Print or Save as PDF) and their device-free times for a calendar.
func (c *Screen) WithPrinting(files screens.Files, src printout.SheetSource) *Screen {
	c.print = &printing{files: files, src: src}
	return c
}

// printActions are the child's print buttons; nothing before
// WithPrinting.
func (c *Screen) printActions(child data.Child) fyne.CanvasObject {
	if c.print == nil || child.Archived {
		return container.NewVBox()
	}
	sheet := widget.NewButtonWithIcon(c.tr.T("print.button.sheet"), theme.DocumentPrintIcon(), func() { c.askSheet(child) })
	cal := widget.NewButtonWithIcon(c.tr.T("print.button.calendar"), theme.CalendarIcon(), func() { c.saveCalendar(child) })
	return container.NewVBox(widgets.WrapRow(sheet, cal), widgets.Para(c.tr.T("print.explain")))
}

// askSheet says what the sheet holds and, for a placement, offers to add
// its records; then prints or saves it.
func (c *Screen) askSheet(child data.Child) {
	foster := widget.NewCheck(c.tr.T("print.sheet.foster"), nil)
	from, firstDay := sheetFrom(c.tr, c.env.Now())
	body := container.NewVBox(widgets.Para(c.tr.T("print.sheet.dialog", map[string]any{"Name": child.Name})),
		widgets.NewForm(widget.NewFormItem(c.tr.T("week.sheet.from"), from)))
	if child.Placed {
		body.Add(foster)
	}
	var d *dialog.CustomDialog
	run := func(print bool) func() {
		return func() {
			d.Hide()
			c.saveSheet(child, firstDay(), foster.Checked, print)
		}
	}
	cancel := widget.NewButton(c.tr.T("print.cancel"), func() { d.Hide() })
	printBtn := widget.NewButtonWithIcon(c.tr.T("print.button.print"), theme.DocumentPrintIcon(), run(true))
	save := widget.NewButtonWithIcon(c.tr.T("print.button.pdf"), theme.DocumentSaveIcon(), run(false))
	save.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(c.tr.T("print.button.sheet"), body, c.win)
	d.SetButtons([]fyne.CanvasObject{cancel, printBtn, save})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// sheetFrom offers today and the next days as the sheet's first day;
// chosen returns the one picked (today unless changed).
func sheetFrom(tr screens.Translator, now time.Time) (sel *widget.Select, chosen func() time.Time) {
	var names []string
	days := map[string]time.Time{}
	for i := range 14 { // two weeks ahead: a sheet for the next visit
		d := now.AddDate(0, 0, i)
		name := data.DayName(tr, data.DayIndex(d.Weekday())) + " " + screens.FormatDate(tr, d)
		names, days[name] = append(names, name), d
	}
	sel = widget.NewSelect(names, nil)
	sel.SetSelected(names[0])
	return sel, func() time.Time { return days[sel.Selected] }
}

// saveSheet makes the child's sheet for the 7 days from from and saves
// it (and opens it, to print).
func (c *Screen) saveSheet(child data.Child, from time.Time, foster, print bool) {
	now := c.env.Now()
	sh, err := printout.LoadSheet(c.print.src, child.ID, foster, content.RegionOf(c.tr), now)
	if err != nil {
		showError(c.tr, c.win, err)
		return
	}
	sh.From = from
	name := c.tr.T("print.file.sheet", map[string]any{"Date": data.DateText(now)})
	fonts := screens.PDFFonts()
	c.print.files.SaveMade(screens.FileName(name, ".pdf"), func() ([]byte, error) { return printout.CarerSheetPDF(sh, c.tr, fonts) }, "print.saved.body", print)
}

// saveCalendar saves the child's device-free times as a calendar file.
func (c *Screen) saveCalendar(child data.Child) {
	now := c.env.Now()
	fam, err := printout.LoadFamily(c.print.src, content.RegionOf(c.tr), now)
	if err != nil {
		showError(c.tr, c.win, err)
		return
	}
	b, err := printout.DeviceFreeICS(fam.OnlyFor(child.ID), c.tr)
	if err != nil {
		dialog.ShowInformation(c.tr.T("error.title"), c.tr.T("print.save.failed"), c.win)
		return
	}
	name := c.tr.T("print.file.calendar.child", map[string]any{"Date": data.DateText(now)})
	c.print.files.Save(screens.FileName(name, ".ics"), b, "print.saved.calendar", false)
}

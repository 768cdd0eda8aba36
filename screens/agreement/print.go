package agreement

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/printout"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// WithPrinting adds Print and Save as PDF beside the screen's heading,
// and Add to calendar to the device-free times, saving through files.
func (s *Screen) WithPrinting(files screens.Files) *Screen {
	s.files = &files
	return s
}

// printBar is Print and Save as PDF; nothing before WithPrinting. What
// Print does shows as its tip, not as a paragraph: at 800×600 the
// agreement's tabs need the height.
func (s *Screen) printBar() fyne.CanvasObject {
	if s.files == nil {
		return container.NewVBox()
	}
	printBtn := widgets.NewTipButton(s.tr.T("print.button.print"), theme.DocumentPrintIcon(),
		s.tr.T("print.tip.print"), func() { s.savePDF(true) })
	pdf := widget.NewButtonWithIcon(s.tr.T("print.button.pdf"), theme.DocumentSaveIcon(), func() { s.savePDF(false) })
	return container.NewHBox(printBtn, pdf)
}

// calendarBar is Add to calendar, over the device-free times it saves;
// nothing before WithPrinting.
func (s *Screen) calendarBar() fyne.CanvasObject {
	if s.files == nil {
		return container.NewVBox()
	}
	return container.NewHBox(widgets.NewTipButton(s.tr.T("print.button.calendar"), theme.CalendarIcon(),
		s.tr.T("print.tip.calendar"), s.saveCalendar))
}

// family is the plan as saved now (agreement, holidays, today-only
// changes), read the one way every printout reads it.
func (s *Screen) family() (printout.Family, bool) {
	fam, err := printout.LoadFamily(familySource{s.store, s.children}, content.RegionOf(s.tr), s.env.Now())
	if err != nil {
		s.printProblem(screens.LoadProblem(s.tr, err))
		return printout.Family{}, false
	}
	return fam, true
}

// familySource reads a printout's family from the screen's store and
// its list of children.
type familySource struct {
	Store
	screens.ChildLister
}

// savePDF saves the agreement as a PDF and, to print, opens it.
func (s *Screen) savePDF(print bool) {
	fam, ok := s.family()
	if !ok {
		return
	}
	if err := fam.Plan.Check(); err != nil {
		s.printProblem(s.tr.T("print.save.failed"))
		return
	}
	name := s.tr.T("print.file.agreement", map[string]any{"Date": data.DateText(fam.Now)})
	fonts := screens.PDFFonts()
	s.files.SaveMade(screens.FileName(name, ".pdf"), func() ([]byte, error) { return printout.AgreementPDF(fam, s.tr, fonts) }, "print.saved.body", print)
}

// saveCalendar saves the device-free times as an iCalendar file.
func (s *Screen) saveCalendar() {
	fam, ok := s.family()
	if !ok {
		return
	}
	b, err := printout.DeviceFreeICS(fam, s.tr)
	if err != nil {
		s.printProblem(s.tr.T("print.save.failed"))
		return
	}
	name := s.tr.T("print.file.calendar", map[string]any{"Date": data.DateText(fam.Now)})
	s.files.Save(screens.FileName(name, ".ics"), b, "print.saved.calendar", false)
}

// printProblem says above the tabs why nothing could be saved.
func (s *Screen) printProblem(msg string) {
	s.notice.RemoveAll()
	s.notice.Add(dangerLabel(msg))
}

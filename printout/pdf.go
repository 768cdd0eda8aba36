package printout

import (
	"bytes"
	"errors"
	"time"

	"github.com/go-pdf/fpdf"

	"family-online-safety/content"
	"family-online-safety/data"
)

// The page: black text on white, grey only for lines and the table's
// header, so a black-and-white printer loses nothing.
const (
	margin   = 18.0 // mm on every side
	family   = "NotoSans"
	bodySize = 10.5 // pt
	lineH    = 5.2  // mm per line of body text
	grey     = 170  // lines and rules
	pale     = 232  // table header fill
)

// ErrNoFonts: the fonts to embed were not given.
var ErrNoFonts = errors.New("printout: no fonts to embed")

// page writes one PDF: a header-less page with the title at the top and
// "Page 1 of 2" with the footer text at the bottom of every page.
type page struct {
	f     *fpdf.Fpdf
	w     data.Words
	width float64 // between the margins
}

// newPage starts a PDF on the region's paper.
func newPage(fonts Fonts, r content.Region, w data.Words, title, footer string, now time.Time) (*page, error) {
	if len(fonts.Regular) == 0 || len(fonts.Bold) == 0 {
		return nil, ErrNoFonts
	}
	f := fpdf.New("P", "mm", PaperSize(r), "")
	f.AliasNbPages("{nb}") // before the fonts: they keep room for the count
	f.AddUTF8FontFromBytes(family, "", fonts.Regular)
	f.AddUTF8FontFromBytes(family, "B", fonts.Bold)
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(true, margin+6)
	f.SetTitle(title, true)
	f.SetCreator("Family Online Safety", true)
	f.SetCreationDate(now)
	f.SetModificationDate(now)
	f.SetCatalogSort(true) // the same family gives the same bytes
	f.SetDrawColor(grey, grey, grey)
	pw, _ := f.GetPageSize()
	p := &page{f: f, w: w, width: pw - 2*margin}
	f.SetFooterFunc(func() {
		f.SetY(-margin)
		f.SetFont(family, "", 8)
		text := w.T("print.footer", map[string]any{"What": footer, "Page": f.PageNo(), "Pages": "{nb}"})
		f.CellFormat(0, 4, text, "T", 0, "C", false, 0, "")
	})
	f.AddPage()
	return p, nil
}

// bytes finishes the PDF.
func (p *page) bytes() ([]byte, error) {
	var b bytes.Buffer
	if err := p.f.Output(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// title is the document's name, large and bold, with a line under it.
func (p *page) title(text, sub string) {
	p.f.SetFont(family, "B", 20)
	p.f.MultiCell(0, 9, text, "", "L", false)
	if sub != "" {
		p.f.SetFont(family, "", bodySize)
		p.f.MultiCell(0, lineH, sub, "", "L", false)
	}
	p.rule()
}

// rule draws a thin grey line across the page.
func (p *page) rule() {
	y := p.f.GetY() + 1.5
	p.f.Line(margin, y, margin+p.width, y)
	p.f.SetY(y + 2.5)
}

// heading starts a section. It moves to the next page first when too
// little room is left for the heading and a few lines under it.
func (p *page) heading(text string) {
	p.keep(4 * lineH)
	p.f.Ln(2.5)
	p.f.SetFont(family, "B", 13)
	p.f.MultiCell(0, 6.5, text, "", "L", false)
	p.f.Ln(0.5)
	p.f.SetFont(family, "", bodySize)
}

// keep starts a new page unless h mm are left above the bottom margin
// (or the page is still empty: more than a page flows on as it must).
func (p *page) keep(h float64) {
	_, ph := p.f.GetPageSize()
	if p.f.GetY()+h > ph-margin-6 && p.f.GetY() > margin+1 {
		p.f.AddPage()
	}
}

// para is a paragraph of body text, wrapped to the page.
func (p *page) para(text string) {
	p.f.SetFont(family, "", bodySize)
	p.f.MultiCell(0, lineH, text, "", "L", false)
}

// field is a bold label then its value on the same line, wrapped.
func (p *page) field(label, value string) {
	if value == "" {
		return
	}
	p.f.SetFont(family, "B", bodySize)
	lw := p.f.GetStringWidth(label+" ") + 1
	if lw > p.width/3 {
		p.f.MultiCell(0, lineH, label, "", "L", false)
		p.para(value)
		return
	}
	x := p.f.GetX()
	p.f.CellFormat(lw, lineH, label, "", 0, "L", false, 0, "")
	p.f.SetFont(family, "", bodySize)
	p.f.MultiCell(p.width-lw, lineH, value, "", "L", false)
	p.f.SetX(x)
}

// list writes items as a list: numbered ("1.") or with a bullet. Long
// items wrap under their own text, not under the mark.
func (p *page) list(items []string, numbered bool) {
	p.f.SetFont(family, "", bodySize)
	const indent = 7.0
	for i, it := range items {
		mark := "•"
		if numbered {
			mark = itoa(i+1) + "."
		}
		p.keep(float64(p.lineCount(it, p.width-indent-1.5)) * lineH) // an item never splits across pages
		p.f.SetX(margin)
		p.f.CellFormat(indent, lineH, mark, "", 0, "R", false, 0, "")
		p.f.SetX(margin + indent + 1.5)
		p.f.MultiCell(p.width-indent-1.5, lineH, it, "", "L", false)
		p.f.Ln(0.8)
	}
}

// lineCount is how many lines text takes in a cell w mm wide in the
// current font.
func (p *page) lineCount(text string, w float64) int {
	return max(1, len(p.f.SplitText(text, w-2)))
}

// table writes a grid: a shaded header row, then the rows, the first
// cell of each in bold (whose row it is). Cells wrap; a row is as tall as
// its tallest cell, never splits across pages, and a table that runs onto
// a new page repeats its header there.
func (p *page) table(widths []float64, header []string, rows [][]string) {
	p.keep(p.rowHeight(widths, header, "B") + p.rowHeight(widths, rows[0], ""))
	p.row(widths, header, true)
	_, ph := p.f.GetPageSize()
	for _, r := range rows {
		if p.f.GetY()+p.rowHeight(widths, r, "") > ph-margin-6 {
			p.f.AddPage()
			p.row(widths, header, true)
		}
		p.row(widths, r, false)
	}
}

// cellH is the height of one line of text in a table cell.
const cellH = 4.8

// rowHeight is how tall a row of cells is in the given style.
func (p *page) rowHeight(widths []float64, cells []string, style string) float64 {
	lines := 1
	for i, c := range cells {
		p.cellFont(i, style)
		lines = max(lines, p.lineCount(c, widths[i]))
	}
	return float64(lines)*cellH + 1.6
}

// cellFont is the font of cell i: bold for the first, else the row's.
func (p *page) cellFont(i int, style string) {
	if i == 0 {
		style = "B"
	}
	p.f.SetFont(family, style, bodySize-1)
}

func (p *page) row(widths []float64, cells []string, head bool) {
	style, box := "", "D"
	if head {
		style, box = "B", "FD"
		p.f.SetFillColor(pale, pale, pale)
	}
	h := p.rowHeight(widths, cells, style)
	x, y := margin, p.f.GetY()
	for i, c := range cells {
		p.cellFont(i, style)
		p.f.Rect(x, y, widths[i], h, box)
		p.f.SetXY(x+1, y+0.8)
		p.f.MultiCell(widths[i]-2, cellH, c, "", "L", false)
		x += widths[i]
	}
	p.f.SetXY(margin, y+h)
}

// blank draws a line to write on by hand, w mm wide, with a small label
// under it.
func (p *page) blank(x, w float64, label string) {
	y := p.f.GetY()
	p.f.SetDrawColor(0, 0, 0)
	p.f.Line(x, y, x+w, y)
	p.f.SetDrawColor(grey, grey, grey)
	p.f.SetFont(family, "", 8)
	p.f.SetXY(x, y+0.5)
	p.f.CellFormat(w, 4, label, "", 0, "L", false, 0, "")
	p.f.SetY(y)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

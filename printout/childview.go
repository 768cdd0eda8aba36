package printout

import (
	"bytes"
	"time"

	"github.com/go-pdf/fpdf"

	"family-online-safety/content"
	"family-online-safety/data"
)

// The child's view on paper: only one child's part of the agreement and
// their own words, in large type, with a picture beside each line for a
// child under data.PicturesUnder.

// Sizes of the child's page, larger than the grown-ups' documents.
const (
	kidTitle   = 28.0 // pt
	kidHeading = 19.0 // pt
	kidBody    = 16.0 // pt
	kidLineH   = 8.0  // mm per line of body text
	kidPicture = 11.0 // mm, the picture beside a line
)

// ChildPage is what the child's page is made from.
type ChildPage struct {
	View   data.ChildView
	Region content.Region
	Now    time.Time // when it is printed
	// Pictures are PNGs by part of the view (data.ViewKind), drawn beside
	// each line when View.Pictures is set. A missing one is left out.
	Pictures map[data.ViewKind][]byte
}

// ChildViewPDF is the child's view as a PDF to print and put up at home.
func ChildViewPDF(cp ChildPage, w data.Words, fonts Fonts) ([]byte, error) {
	v := cp.View
	p, err := newPage(fonts, cp.Region, w, v.Title, w.T("childview.print.footer", map[string]any{"Date": dateText(w, cp.Now)}), cp.Now)
	if err != nil {
		return nil, err
	}
	p.f.SetFont(family, "B", kidTitle)
	p.f.MultiCell(0, 12, v.Title, "", "L", false)
	p.f.SetFont(family, "", kidBody)
	p.f.MultiCell(0, kidLineH, v.Sub, "", "L", false)
	p.f.MultiCell(0, kidLineH, v.Intro, "", "L", false)
	p.rule()
	if v.Empty() {
		p.f.MultiCell(0, kidLineH, w.T("childview.empty"), "", "L", false)
	}
	pics := map[data.ViewKind]string{}
	if v.Pictures {
		for kind, png := range cp.Pictures {
			name := "picture-" + string(kind)
			p.f.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(png))
			pics[kind] = name
		}
	}
	for _, s := range v.Sections {
		p.kidSection(s, pics)
	}
	return p.bytes()
}

// kidSection is one part of the child's page: its heading, then each
// line, with the section's picture beside it when there is one, and the
// "school days" or "holidays" picture after it for a line that holds in
// one period only.
func (p *page) kidSection(s data.ViewSection, pics map[data.ViewKind]string) {
	picture := pics[s.Kind]
	p.f.SetFont(family, "B", kidHeading)
	p.keep(10 + kidLineH*2)
	p.f.Ln(3)
	p.f.MultiCell(0, 10, s.Title, "", "L", false)
	p.f.SetFont(family, "", kidBody)
	indent := 7.0
	if picture != "" {
		indent = kidPicture + 3
		if s.HasMarks() {
			indent += kidPicture + 1
		}
	}
	for i, it := range s.Items {
		h := max(float64(p.lineCount(it, p.width-indent))*kidLineH, kidPicture)
		p.keep(h + 2)
		y := p.f.GetY()
		if picture != "" {
			p.f.ImageOptions(picture, margin, y, kidPicture, kidPicture, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
			if mark := pics[s.Mark(i)]; mark != "" {
				p.f.ImageOptions(mark, margin+kidPicture+1, y, kidPicture, kidPicture, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
			}
		} else {
			p.f.SetXY(margin, y)
			p.f.CellFormat(indent, kidLineH, "•", "", 0, "L", false, 0, "")
		}
		top := y
		if picture != "" && h == kidPicture { // a short line sits in the middle of its picture
			top += (kidPicture - float64(p.lineCount(it, p.width-indent))*kidLineH) / 2
		}
		p.f.SetXY(margin+indent, top)
		p.f.MultiCell(p.width-indent, kidLineH, it, "", "L", false)
		p.f.SetY(max(p.f.GetY(), y+h) + 2)
	}
}

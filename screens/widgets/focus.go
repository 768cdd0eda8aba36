package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne marks a focused list only by tinting its highlighted row with the
// faint hover colour (nothing at all on the chosen row), and its tab
// buttons cannot take the focus. A List and a Tabs here draw a ring in
// the theme's primary colour round themselves while they have the focus,
// and Tabs takes the focus (Tab reaches it) and moves with the arrow keys.

// ringWidth is the focus ring's line, in Fyne units.
const ringWidth = 2

// ring is the focus ring of one widget.
type ring struct {
	rect *canvas.Rectangle
	on   bool
}

func newRing() *ring {
	r := &ring{rect: canvas.NewRectangle(nil)}
	r.rect.StrokeWidth = ringWidth
	r.rect.Hide()
	return r
}

// place puts the ring just inside pos and size.
func (r *ring) place(pos fyne.Position, size fyne.Size) {
	r.rect.Move(pos.AddXY(ringWidth/2, ringWidth/2))
	r.rect.Resize(size.SubtractWidthHeight(ringWidth, ringWidth))
}

// paint shows the ring in th's primary colour while on.
func (r *ring) paint(th fyne.Theme) {
	r.rect.StrokeColor = th.Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())
	r.rect.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	r.rect.Hidden = !r.on
	r.rect.Refresh()
}

// ringRenderer is a widget's own renderer with its ring drawn on top.
type ringRenderer struct {
	fyne.WidgetRenderer
	ring  *ring
	th    func() fyne.Theme
	frame func(fyne.Size) (fyne.Position, fyne.Size) // where the ring goes
	min   func(fyne.Size) fyne.Size                  // nil: the widget's own
}

func (r *ringRenderer) MinSize() fyne.Size {
	if r.min != nil {
		return r.min(r.WidgetRenderer.MinSize())
	}
	return r.WidgetRenderer.MinSize()
}

func (r *ringRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.ring.rect)
}

func (r *ringRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.ring.place(r.frame(size))
}

func (r *ringRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.ring.paint(r.th())
}

// List is widget.List with a focus ring.
type List struct {
	widget.List
	ring *ring
	stop *listStop // nil: the list is its own focus stop (liststop.go)

	scroller *container.Scroll // where Fyne keeps the rows (wheel.go)
}

// NewList is widget.NewList with a focus ring.
func NewList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *List {
	l := &List{ring: newRing()}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// CreateRenderer adds the ring round the whole list.
func (l *List) CreateRenderer() fyne.WidgetRenderer {
	fynes := l.List.CreateRenderer()
	l.keepScroller(fynes.Objects())
	rr := &ringRenderer{WidgetRenderer: fynes, ring: l.ring, th: l.Theme,
		frame: func(s fyne.Size) (fyne.Position, fyne.Size) { return fyne.Position{}, s }}
	if l.stop != nil {
		return &listStopRenderer{ringRenderer: rr, stop: l.stop}
	}
	return rr
}

// FocusGained shows the ring.
func (l *List) FocusGained() {
	l.ring.on = true
	l.List.FocusGained()
	l.ring.paint(l.Theme())
}

// FocusLost hides the ring.
func (l *List) FocusLost() {
	l.ring.on = false
	l.List.FocusLost()
	l.ring.paint(l.Theme())
}

// Focused reports whether the list has the focus.
func (l *List) Focused() bool { return l.ring.on }

// TypedKey chooses the highlighted row with Enter (Return or the
// keypad's) as with Space: Fyne's list takes Space only.
func (l *List) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter {
		k = &fyne.KeyEvent{Name: fyne.KeySpace, Physical: k.Physical}
	}
	l.List.TypedKey(k)
}

// Tabs is container.AppTabs that Tab reaches: Left and Right (or Up and
// Down) choose the previous and next tab, Home and End the first and
// last; a ring marks the tab bar while it has the focus.
//
// The focus stop is not Tabs itself but its tabStop, the first of its
// parts: Fyne's Shift+Tab visits a focusable widget before what is
// inside it, so a focusable Tabs was reached (backwards) before the
// chosen tab's controls and left them out. Holding no controls, the
// stop comes just before the tab's controls in both directions.
type Tabs struct {
	container.AppTabs
	ring  *ring
	stop  *tabStop
	icons []fyne.Resource // each tab's icon, kept while a narrow bar shows none
}

// NewTabs makes a tab bar of items.
func NewTabs(items ...*container.TabItem) *Tabs {
	t := &Tabs{ring: newRing()}
	t.stop = &tabStop{tabs: t}
	t.stop.ExtendBaseWidget(t.stop)
	t.Items = items
	for _, item := range items {
		t.icons = append(t.icons, item.Icon)
	}
	t.BaseWidget.ExtendBaseWidget(t)
	return t
}

// CreateRenderer adds the focus stop (first) and the ring round the tab
// bar (above the content).
func (t *Tabs) CreateRenderer() fyne.WidgetRenderer {
	rr := &ringRenderer{WidgetRenderer: t.AppTabs.CreateRenderer(), ring: t.ring, th: t.Theme, frame: t.barFrame, min: t.minSize}
	return &stopRenderer{ringRenderer: rr, stop: t.stop}
}

// Stop is the tab bar's focus stop, what the canvas focuses for it.
func (t *Tabs) Stop() fyne.Focusable { return t.stop }

// tabStop takes the focus for its Tabs, over the tab bar.
type tabStop struct {
	widget.BaseWidget
	tabs *Tabs
}

var _ fyne.Focusable = (*tabStop)(nil)

func (s *tabStop) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack()) // draws nothing: the ring shows its focus
}

// FocusGained shows the tab bar's ring.
func (s *tabStop) FocusGained() { s.tabs.focusGained() }

// FocusLost hides the tab bar's ring.
func (s *tabStop) FocusLost() { s.tabs.focusLost() }

// TypedKey moves between the tabs.
func (s *tabStop) TypedKey(k *fyne.KeyEvent) { s.tabs.TypedKey(k) }

// TypedRune does nothing: letters are not for the tab bar.
func (s *tabStop) TypedRune(rune) {}

// stopRenderer puts the focus stop first among the parts, over the bar.
type stopRenderer struct {
	*ringRenderer
	stop *tabStop
}

func (r *stopRenderer) Objects() []fyne.CanvasObject {
	return append([]fyne.CanvasObject{r.stop}, r.ringRenderer.Objects()...)
}

func (r *stopRenderer) Layout(size fyne.Size) {
	r.ringRenderer.Layout(size)
	pos, bar := r.stop.tabs.barFrame(size)
	r.stop.Move(pos)
	r.stop.Resize(bar)
}

// minTabsWidth is the least width of a tab bar: one tab and the button
// that lists the others.
const minTabsWidth = 160

// minSize is as wide as the chosen tab's content needs (Fyne's is as wide
// as the widest of all the tabs' contents): a tab that fits the window
// is not pushed past its edge by another tab, which is measured when it
// is chosen. The bar itself shrinks to what fits, the rest in its list.
func (t *Tabs) minSize(fynes fyne.Size) fyne.Size {
	cur := t.Selected()
	if cur == nil || cur.Content == nil {
		return fynes
	}
	return fyne.NewSize(max(cur.Content.MinSize().Width, minTabsWidth), max(fynes.Height, shortWindowHeight(t)))
}

// barFrame is where the tab bar is: above the chosen tab's content.
func (t *Tabs) barFrame(size fyne.Size) (fyne.Position, fyne.Size) {
	if cur := t.Selected(); cur != nil && cur.Content != nil && cur.Content.Position().Y > 0 {
		return fyne.Position{}, fyne.NewSize(size.Width, cur.Content.Position().Y-theme.Padding()/2)
	}
	return fyne.Position{}, size
}

// focusGained shows the ring.
func (t *Tabs) focusGained() {
	t.ring.on = true
	t.ring.paint(t.Theme())
}

// focusLost hides the ring.
func (t *Tabs) focusLost() {
	t.ring.on = false
	t.ring.paint(t.Theme())
}

// Focused reports whether the tab bar has the focus.
func (t *Tabs) Focused() bool { return t.ring.on }

// TypedKey moves between the tabs.
func (t *Tabs) TypedKey(k *fyne.KeyEvent) {
	n := len(t.Items)
	if n == 0 {
		return
	}
	i := t.SelectedIndex()
	switch k.Name {
	case fyne.KeyRight, fyne.KeyDown:
		i = (i + 1) % n
	case fyne.KeyLeft, fyne.KeyUp:
		i = (i - 1 + n) % n
	case fyne.KeyHome:
		i = 0
	case fyne.KeyEnd:
		i = n - 1
	default:
		return
	}
	t.SelectIndex(i)
}

// Resize drops the tabs' icons when the bar is too narrow to show every
// tab with them (a small window, large text, long Welsh or Polish
// names): the names are what a parent reads, and a tab in Fyne's "…"
// menu is not found. Wider, the icons come back.
func (t *Tabs) Resize(size fyne.Size) {
	if len(t.icons) == len(t.Items) {
		titles := make([]string, len(t.Items))
		for i, item := range t.Items {
			titles[i] = item.Text
		}
		bare := TabBarWidth(titles...) > size.Width
		for i, item := range t.Items {
			if bare {
				item.Icon = nil
			} else {
				item.Icon = t.icons[i]
			}
		}
	}
	t.AppTabs.Resize(size)
}

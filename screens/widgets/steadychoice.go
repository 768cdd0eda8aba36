package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// clickSlop is how far the pointer may move while pressed for a press and
// release to still be a click on a choice (Fyne takes a move of 2 px for
// a drag of the scroll the choice sits in).
const clickSlop = 8

// SteadyChoice is a set of radio choices inside a scroll: a click whose
// pointer moved a little while pressed picks the choice under it,
// instead of becoming a drag of the scroll that picks nothing. A longer
// drag picks nothing and moves nothing; the wheel still scrolls.
type SteadyChoice struct {
	widget.BaseWidget
	Group *widget.RadioGroup

	from  fyne.Position // where the press was, in the group
	moved fyne.Delta    // how far the pointer moved since
	drag  bool
}

// NewSteadyChoice wraps g.
func NewSteadyChoice(g *widget.RadioGroup) *SteadyChoice {
	s := &SteadyChoice{Group: g}
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer shows the choices.
func (s *SteadyChoice) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(s.Group)
}

// Dragged notes where the press was and how far the pointer went.
func (s *SteadyChoice) Dragged(e *fyne.DragEvent) {
	if !s.drag {
		s.drag = true
		s.from = e.Position.Subtract(e.Dragged)
		s.moved = fyne.Delta{}
	}
	s.moved = fyne.NewDelta(s.moved.DX+e.Dragged.DX, s.moved.DY+e.Dragged.DY)
}

// DragEnd picks the choice under the press when the pointer hardly moved.
func (s *SteadyChoice) DragEnd() {
	s.drag = false
	if abs(s.moved.DX) > clickSlop || abs(s.moved.DY) > clickSlop || s.Group.Disabled() {
		return
	}
	n := len(s.Group.Options)
	size := s.Group.Size()
	if n == 0 || size.Height <= 0 {
		return
	}
	i := int(s.from.Y / (size.Height / float32(n)))
	if s.Group.Horizontal {
		i = int(s.from.X / (size.Width / float32(n)))
	}
	if i >= 0 && i < n {
		s.Group.SetSelected(s.Group.Options[i])
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

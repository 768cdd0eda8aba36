package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
)

// TopFirst lays top above center, as container.NewBorder(top, nil, nil,
// nil, center) does, but keeps top first in the tree: Tab follows the
// tree, so it reaches what is drawn above (an "Add" button over its
// list) before what is below.
func TopFirst(top, center fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewBorderLayout(top, nil, nil, nil), top, center)
}

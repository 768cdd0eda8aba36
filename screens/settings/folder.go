package settings

import "fyne.io/fyne/v2"

// FolderSection is the shared-folder sync's section (screens/sharing),
// which the app offers; Settings shows it for the family's own data.
type FolderSection interface {
	FolderSection() fyne.CanvasObject
}

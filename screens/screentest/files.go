package screentest

import (
	"path/filepath"

	"family-online-safety/screens"
)

// Saved records what a screen saved through Files: the names the save
// dialog would have suggested, and where the files went.
type Saved struct {
	Names []string
	Paths []string
}

// Files saves into a temporary folder as if the user took the suggested
// name in the save dialog, making and writing the file at once; opening
// goes to the Actions recorder.
func (h *Harness) Files() (screens.Files, *Saved) {
	dir := h.T.TempDir()
	saved := &Saved{}
	return screens.Files{Tr: h.Tr, Win: h.Win, Open: h.Actions, Ask: func(name string, chosen func(path string)) {
		path := filepath.Join(dir, name)
		saved.Names = append(saved.Names, name)
		saved.Paths = append(saved.Paths, path)
		chosen(path)
	}, Run: func(work, done func()) { work(); done() }}, saved
}

package children

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// An export saved to disk is readable only by the user, like the data.
func TestAnExportIsSavedReadableOnlyByTheUser(t *testing.T) {
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "Leo.txt")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := writeExport(w, "Leo, 9 years old"); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "Leo, 9 years old" {
		t.Fatalf("file holds %q", got)
	}
	if info, _ := os.Stat(path); runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", info.Mode().Perm())
	}
}

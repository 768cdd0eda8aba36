package sharing_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// Each file the sync cannot use has its own status line in Settings,
// naming the file, in every language: one sealed with another
// passphrase, one asking for far more work than the app's own files, one
// with more records of a kind than any family's, and a damaged one. None
// changes the family.
func TestStatusLinesNameTheFileTheySpeakOf(t *testing.T) {
	for _, lang := range []string{"en", "cy", "pl"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			other := datatest.Open(t, datatest.At(folderDay))
			if _, err := other.AddChild(data.Child{Name: "Dylan", BirthYear: 2018, BirthMonth: 9}); err != nil {
				t.Fatal(err)
			}
			sharing.NewSyncer(other, dir, "not the same passphrase", "0.1.0").Step(folderDay)
			files := map[string]string{
				sharing.FolderFileName(other.DeviceID()): "folder.error.wrong_passphrase",
				sharing.FolderFileName("c0571e55"):       "folder.error.too_costly",
				sharing.FolderFileName("da3a6ed0"):       "folder.error.damaged",
				sharing.FolderFileName("c0ffee00"):       "folder.error.too_many",
			}
			must(t, os.WriteFile(filepath.Join(dir, sharing.FolderFileName("c0ffee00")), crowdedFile(t, folderPass), 0o600))
			must(t, os.WriteFile(filepath.Join(dir, sharing.FolderFileName("c0571e55")), costlyFile(t), 0o600))
			must(t, os.WriteFile(filepath.Join(dir, sharing.FolderFileName("da3a6ed0")), []byte("family-online-safety-share/1\nhalf a fi"), 0o600))
			h, _ := startSyncing(t, dir, screentest.Lang(lang))
			for name, key := range files {
				line := h.Tr.T(key, map[string]any{"Name": name})
				if !strings.Contains(line, name) {
					t.Fatalf("%s does not name the file: %q", key, line)
				}
				h.Shows(line)
			}
			if kids, _ := h.Store.Children(); len(kids) != 1 {
				t.Fatalf("children %+v: a file changed the family", kids)
			}
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

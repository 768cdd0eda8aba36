//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"family-online-safety/data"
)

// family makes a data folder with a family already set up (UK, three
// children of different ages), locked with passphrase when it is not "".
func family(t testing.TB, passphrase string) string {
	t.Helper()
	dir := t.TempDir()
	s, err := data.Open(dir, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = s.UpdateSettings(func(v *data.Settings) {
		v.Region, v.Language, v.Onboarded = "GB", "en", true
	})
	for _, c := range []data.Child{{Name: "Amira", BirthYear: 2012, BirthMonth: 9}, {Name: "Leo", BirthYear: 2017, BirthMonth: 3}, {Name: "Maisie", BirthYear: 2022, BirthMonth: 6}} {
		if err == nil {
			_, err = s.AddChild(c)
		}
	}
	if err == nil && passphrase != "" {
		err = s.SetPassphrase(passphrase)
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// damaged makes a data folder whose file is not a database.
func damaged(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, data.FileName), []byte("not a database, just words"), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

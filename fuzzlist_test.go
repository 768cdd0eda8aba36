package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryFuzzTargetIsFuzzedByMake: make fuzz-short names every fuzz
// target in the project, so a new one is not left to replay its seeds only.
func TestEveryFuzzTargetIsFuzzedByMake(t *testing.T) {
	makefile, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	target := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(`)
	found := 0
	err = filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range target.FindAllSubmatch(b, -1) {
			found++
			if !strings.Contains(string(makefile), "'^"+string(m[1])+"$$' ./"+filepath.Dir(path)+"/") {
				t.Errorf("%s (%s) is not in make fuzz-short", m[1], path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 6 {
		t.Fatalf("found only %d fuzz targets", found)
	}
}

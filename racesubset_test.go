package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A test that keeps fewer cases under the race detector (raceSubset,
// raceRounds, racesubset.Cases, or one that asks raceDetector) runs
// whole in make unit's run without -race: its name matches the
// Makefile's UNIT_PLAIN and its package is in UNIT_PLAIN_PKGS. Otherwise
// the cases it drops under -race would be checked nowhere.
func TestEveryTestCutUnderRaceRunsWholeWithoutIt(t *testing.T) {
	b, err := os.ReadFile("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	plain := regexp.MustCompile(makeVar(t, string(b), "UNIT_PLAIN"))
	pkgs := strings.Fields(makeVar(t, string(b), "UNIT_PLAIN_PKGS"))
	cut := regexp.MustCompile(`\b(raceSubset|raceRounds|racesubset\.Cases|raceDetector)\b`)
	found := 0
	err = filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, "_test.go") || path == "racesubset_test.go" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, src, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "Test") {
				continue
			}
			if !cut.Match(src[fn.Body.Pos()-1 : fn.Body.End()-1]) {
				continue
			}
			found++
			if !plain.MatchString(fn.Name.Name) {
				t.Errorf("%s (%s) keeps fewer cases under -race but is not in the Makefile's UNIT_PLAIN", fn.Name.Name, path)
			}
			if pkg := "./" + filepath.Dir(path) + "/"; !contains(pkgs, pkg) {
				t.Errorf("%s (%s) keeps fewer cases under -race but %s is not in UNIT_PLAIN_PKGS", fn.Name.Name, path, pkg)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found < 10 {
		t.Fatalf("found only %d tests cut under -race: the search is broken", found)
	}
}

// makeVar is the value of a Makefile variable set with ":=".
func makeVar(t *testing.T, makefile, name string) string {
	t.Helper()
	m := regexp.MustCompile(`(?m)^` + name + ` := (.*)$`).FindStringSubmatch(makefile)
	if m == nil {
		t.Fatalf("no %s in the Makefile", name)
	}
	return m[1]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

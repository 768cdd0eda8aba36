// Command pkgvars fails when the program keeps state in a package-level
// variable that is not on the allow-list. Such a variable is shared by
// every store, window and test in the process: two tests running in
// parallel would see each other's, and a store could not own its clock
// and costs. What is left are tables and values that are never changed
// after start (Go has no constant maps, slices or structs), each listed
// with its reason in scripts/pkgvars/allow.txt.
//
// Sentinel errors (a var named Err… or err… set with errors.New or
// fmt.Errorf) and blank interface checks (var _ I = T{}) need no entry.
//
// Usage (make check): go run ./scripts/pkgvars scripts/pkgvars/allow.txt . app data sharing screens
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: pkgvars allow.txt dir...")
		os.Exit(2)
	}
	allowed, err := readAllow(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "pkgvars:", err)
		os.Exit(2)
	}
	found := map[string]string{} // "dir.name" → file:line
	for _, root := range os.Args[2:] {
		if err := collect(root, root != ".", found); err != nil {
			fmt.Fprintln(os.Stderr, "pkgvars:", err)
			os.Exit(2)
		}
	}
	if !report(found, allowed) {
		os.Exit(1)
	}
}

// report prints the variables not allowed and the entries that name no
// variable; it reports whether there were none.
func report(found, allowed map[string]string) bool {
	ok := true
	for _, name := range sorted(found) {
		if _, listed := allowed[name]; !listed {
			fmt.Printf("%s: package-level variable %s: keep state in a struct the caller owns (a store, the App, a screen); a table never changed may be added to scripts/pkgvars/allow.txt with its reason\n", found[name], name)
			ok = false
		}
	}
	for _, name := range sorted(allowed) {
		if _, there := found[name]; !there {
			fmt.Printf("scripts/pkgvars/allow.txt: %s is listed but no longer exists: remove it\n", name)
			ok = false
		}
	}
	return ok
}

// readAllow reads "dir.name  reason" lines; # starts a comment.
func readAllow(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		if strings.TrimSpace(reason) == "" {
			return nil, fmt.Errorf("%s:%d: %s has no reason", path, n, name)
		}
		out[name] = reason
	}
	return out, sc.Err()
}

// collect finds the package-level variables of the Go files (not tests)
// in root, and below it when deep.
func collect(root string, deep bool, found map[string]string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (!deep || strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		return fileVars(path, found)
	})
}

func fileVars(path string, found map[string]string) error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	dir := filepath.ToSlash(filepath.Dir(path))
	if dir == "." {
		dir = "main"
	}
	for _, decl := range f.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if name.Name == "_" || sentinelError(name.Name, vs, i) {
					continue
				}
				found[dir+"."+name.Name] = fmt.Sprintf("%s:%d", path, fset.Position(name.Pos()).Line)
			}
		}
	}
	return nil
}

// sentinelError reports whether the i'th name of vs is an error value
// made once: Err… or err… = errors.New(…) or fmt.Errorf(…).
func sentinelError(name string, vs *ast.ValueSpec, i int) bool {
	if !strings.HasPrefix(name, "Err") && !strings.HasPrefix(name, "err") || i >= len(vs.Values) {
		return false
	}
	call, ok := vs.Values[i].(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && (pkg.Name == "errors" && sel.Sel.Name == "New" || pkg.Name == "fmt" && sel.Sel.Name == "Errorf")
}

func sorted(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

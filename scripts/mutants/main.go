// Command mutants checks the tests catch what they are there to catch:
// each hand-made mutation below breaks one thing a family relies on, and
// some test must then fail. It copies the tracked files to a temporary
// folder, applies one mutation at a time there (the working tree is never
// touched), runs the tests named for it and reports each mutation as
// caught or MISSED. A mutation that no longer applies or does not build is
// reported too: the list must follow the code.
//
// Usage: go run ./scripts/mutants [-run substring]   (slow: minutes)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// mutation changes From to To (each must appear exactly once in File) and
// expects `go test -run Run Pkg` to fail.
type mutation struct {
	Name, File, From, To, Pkg, Run string
}

var mutations = []mutation{
	{"changes are stamped with the computer's clock, not the store's", "data/stamps.go",
		"st.Changed = tx.f.now().UTC()", "st.Changed = time.Now().UTC()", "./data/", "Stamp"},
	{"an encrypted file without its key is written in plain text", "data/crypt.go",
		"if isSealed(tx) {", "if false && isSealed(tx) {", "./data/", "Crypt|Sealed|Locked|Encrypt|Passphrase"},
	{"a new passphrase is wrapped at a fixed cheap cost", "data/passphrase.go",
		"r := cryptRecord{V: 1, KDF: k,", "r := cryptRecord{V: 1, KDF: CheapKDF(),", "./data/", "Cost"},
	{"the app's store skips the fsync", "data/store.go",
		"db.NoSync = opts.NoSync.Skips()", "db.NoSync = true", "./data/", "Sync"},
	{"a compaction forgets the store's sync setting", "data/compact.go",
		"dst.NoSync = old.NoSync", "dst.NoSync = !old.NoSync", "./data/", "Sync"},
	{"a birth date in the future is accepted", "data/children.go",
		"case c.BirthYear > now.Year() ||", "case c.BirthYear > now.Year()+1 ||", "./data/", "Child"},
	{"a shared file may ask for any scrypt cost", "sharing/file.go",
		"id.SetMaxWorkFactor(maxWork)", "id.SetMaxWorkFactor(30)", "./sharing/", "Hostile|Refuse|Damaged|Import"},
	{"placement contacts are listed after the helplines", "screens/help/who.go",
		"\t\titems = append(items, card)\n\t}\n",
		"\t\titems = append(items, card)\n\t}\n\titems = append(items[len(h.extra):], h.extra...)\n", "./screens/help/", "ExtraContacts"},
	{"Quick exit is drawn as a flat button", "app/shell.go",
		"a.sh.exit.Importance = widget.DangerImportance", "a.sh.exit.Importance = widget.LowImportance", "./app/", "^TestScreenshots$|ScreenshotRegions"},
}

func main() {
	only := flag.String("run", "", "only the mutations whose name contains this")
	flag.Parse()
	work, err := copyTracked()
	if err != nil {
		fmt.Fprintln(os.Stderr, "mutants:", err)
		os.Exit(2)
	}
	defer func() { _ = os.RemoveAll(work) }()
	missed := 0
	for _, m := range mutations {
		if !strings.Contains(m.Name, *only) {
			continue
		}
		start := time.Now()
		verdict := try(work, m)
		fmt.Printf("%-8s %-62s %s (%s)\n", verdict, m.Name, m.Pkg, time.Since(start).Round(time.Second))
		if verdict != "caught" {
			missed++
		}
	}
	if missed > 0 {
		fmt.Printf("%d mutation(s) not caught\n", missed)
		os.Exit(1)
	}
}

// try applies m in work, runs its tests and puts the file back.
func try(work string, m mutation) string {
	path := filepath.Join(work, m.File)
	orig, err := os.ReadFile(path)
	if err != nil || bytes.Count(orig, []byte(m.From)) != 1 {
		return "STALE" // the code changed: update the mutation
	}
	mutated := bytes.Replace(orig, []byte(m.From), []byte(m.To), 1)
	if err := os.WriteFile(path, mutated, 0o644); err != nil {
		return "ERROR"
	}
	defer func() { _ = os.WriteFile(path, orig, 0o644) }()
	cmd := exec.Command("go", "test", "-count=1", "-run", m.Run, m.Pkg)
	cmd.Dir = work
	out, err := cmd.CombinedOutput()
	switch {
	case err == nil:
		return "MISSED"
	case bytes.Contains(out, []byte("[build failed]")) || bytes.Contains(out, []byte("[setup failed]")):
		fmt.Printf("%s", out)
		return "NOBUILD"
	}
	return "caught"
}

// copyTracked copies the files git tracks (as they are in the working
// tree) to a new temporary folder.
func copyTracked() (string, error) {
	list, err := exec.Command("git", "ls-files", "-z").Output()
	if err != nil {
		return "", fmt.Errorf("git ls-files: %w", err)
	}
	work, err := os.MkdirTemp("", "mutants-")
	if err != nil {
		return "", err
	}
	for _, name := range strings.Split(strings.TrimRight(string(list), "\x00"), "\x00") {
		b, err := os.ReadFile(name)
		info, serr := os.Stat(name)
		if err != nil || serr != nil {
			continue // deleted in the working tree
		}
		dst := filepath.Join(work, name)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(dst, b, info.Mode().Perm()); err != nil {
			return "", err
		}
	}
	return work, nil
}

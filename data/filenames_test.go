package data

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// windowsRefuses says why Windows would refuse or change a file name, from
// Microsoft's "Naming Files, Paths, and Namespaces" rules, written out
// independently of SafeFileName so the two check each other.
func windowsRefuses(name string) string {
	if name == "" || len(name) > 255 {
		return "empty or too long"
	}
	for _, r := range name {
		if r < 32 || strings.ContainsRune(`<>:"/\|?*`, r) {
			return "forbidden character " + string(r)
		}
	}
	if strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") {
		return "trailing dot or space"
	}
	base, _, _ := strings.Cut(name, ".")
	base = strings.ToUpper(strings.TrimRight(base, " "))
	reserved := []string{"CON", "PRN", "AUX", "NUL"}
	for _, d := range "0123456789¹²³" {
		reserved = append(reserved, "COM"+string(d), "LPT"+string(d))
	}
	for _, r := range reserved {
		if base == r {
			return "reserved device name " + r
		}
	}
	return ""
}

// unixRefuses says why Linux or macOS would refuse a file name.
func unixRefuses(name string) string {
	switch {
	case name == "" || name == "." || name == "..":
		return "empty or a folder name"
	case len(name) > 255:
		return "too long"
	case strings.ContainsAny(name, "/\x00"):
		return "slash or NUL"
	}
	return ""
}

func TestSafeFileNameExamples(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ title, want string }{
		{"Ann - Family Online Safety - 2026-11-29", "Ann - Family Online Safety - 2026-11-29.txt"},
		{"Dziennik obaw Łucja 2026-11-29", "Dziennik obaw Łucja 2026-11-29.txt"},
		{"Backup 2026-11-29 07:35:00", "Backup 2026-11-29 07-35-00.txt"},
		{`a<b>c:d"e/f\g|h?i*j`, "a-b-c-d-e-f-g-h-i-j.txt"},
		{"two\nlines\tand\x00nul", "two-lines-and-nul.txt"},
		{"  Sam Jr.  ", "Sam Jr.txt"},
		{"Sam...", "Sam.txt"},
		{"CON", "_CON.txt"},
		{"nul", "_nul.txt"},
		{"Com1", "_Com1.txt"},
		{"LPT¹", "_LPT¹.txt"},
		{"con.report", "_con.report.txt"},
		{"AUX .log", "_AUX .log.txt"},
		{"CONSOLE", "CONSOLE.txt"},
		{"COM10", "COM10.txt"},
		{"", "_.txt"},
		{" . ", "_.txt"},
		{"..", "_.txt"},
	} {
		if got := SafeFileName(c.title, ".txt"); got != c.want {
			t.Errorf("SafeFileName(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestSafeFileNameCutsLongTitlesWholeCharacters(t *testing.T) {
	t.Parallel()
	got := SafeFileName("a"+strings.Repeat("ż", 300), ".txt") // ż is 2 bytes: the limit falls inside one
	if len(got) > maxNameBytes+len(".txt") || !utf8.ValidString(got) || !strings.HasSuffix(got, "ż.txt") {
		t.Fatalf("long title gave %d bytes: %q", len(got), got[len(got)-10:])
	}
}

// Whatever the title (a child's name is typed by the user), the name is
// accepted by both rule sets.
func TestSafeFileNameAcceptedEverywhere(t *testing.T) {
	t.Parallel()
	titles := []string{"CON", "a:b", "x. . .", "\x7f", "LPT9 ", "  ", "ok", strings.Repeat("a", 400) + "."}
	for _, title := range titles {
		checkEverywhere(t, title)
	}
}

func FuzzSafeFileName(f *testing.F) {
	for _, s := range []string{"CON", "Ann: 07:00", "..", "Łucja\n", strings.Repeat("é", 150)} {
		f.Add(s)
	}
	f.Fuzz(checkEverywhere)
}

func checkEverywhere(t *testing.T, title string) {
	name := SafeFileName(title, ".txt")
	if why := windowsRefuses(name); why != "" {
		t.Errorf("Windows refuses %q (from %q): %s", name, title, why)
	}
	if why := unixRefuses(name); why != "" {
		t.Errorf("Linux/macOS refuse %q (from %q): %s", name, title, why)
	}
}

func TestFileURLOnEachSystem(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		path    string
		windows bool
		want    string
	}{
		{`C:\Users\Ann Smith\AppData\Roaming\family-online-safety`, true,
			"file:///C:/Users/Ann%20Smith/AppData/Roaming/family-online-safety"},
		{`C:\Users\Łucja\AppData\Roaming\family-online-safety`, true,
			"file:///C:/Users/%C5%81ucja/AppData/Roaming/family-online-safety"},
		{`\\nas\home\ann\family`, true, "file://nas/home/ann/family"},
		{"/home/ann/.config/family-online-safety", false, "file:///home/ann/.config/family-online-safety"},
		{"/Users/ann/Library/Application Support/family-online-safety", false,
			"file:///Users/ann/Library/Application%20Support/family-online-safety"},
	} {
		if got := fileURL(c.path, c.windows).String(); got != c.want {
			t.Errorf("fileURL(%q, windows=%v) = %s, want %s", c.path, c.windows, got, c.want)
		}
	}
}

// A relative --data-dir still opens the right folder.
func TestFolderURLIsAbsolute(t *testing.T) {
	t.Chdir(t.TempDir())
	u := FolderURL("family")
	want, _ := filepath.Abs("family")
	if runtime.GOOS == "windows" {
		want = "/" + filepath.ToSlash(want)
	}
	if u.Scheme != "file" || u.Path != want {
		t.Fatalf("FolderURL(family) = %s, want path %s", u, want)
	}
}

package data

import (
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"
)

// File names the app suggests (exports) or makes (backups) must work on
// every system it runs on, and keep working when the file is copied to
// another: a USB stick from a Windows PC opened on a Mac. So one rule set,
// the strictest (Windows'), is applied everywhere.

// maxNameBytes leaves room under the 255-byte (Linux, macOS) and
// 255-character (Windows) limits for an extension and a " (2)" that a
// file dialog may add.
const maxNameBytes = 200

// SafeFileName turns a title (a child's name inside a translated phrase,
// say) into a file name every system accepts, then adds ext (".txt"),
// which must already be safe. Characters Windows forbids (<>:"/\|?* and
// control characters) become '-'; leading and trailing spaces and
// trailing dots go (Windows drops them, so the saved file would not have
// the name asked for); a device name Windows reserves (CON, NUL, COM1 and
// so on, even with an extension) gets a '_' in front; a long title is cut.
func SafeFileName(title, ext string) string {
	name := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`<>:"/\|?*`, r) {
			return '-'
		}
		return r
	}, title)
	name = trimName(cutBytes(trimName(name), maxNameBytes))
	if name == "" {
		name = "_"
	}
	base, _, _ := strings.Cut(name, ".")
	if reservedOnWindows(strings.TrimRight(base, " ")) {
		name = "_" + name
	}
	return name + ext
}

// trimName drops what Windows would drop or users would not see.
func trimName(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), ". ")
}

// cutBytes shortens s to at most n bytes without splitting a character.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// reservedOnWindows reports whether base names a DOS device, which
// Windows opens instead of a file whatever the folder or extension.
func reservedOnWindows(base string) bool {
	switch strings.ToUpper(base) {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	upper := []rune(strings.ToUpper(base))
	if len(upper) != 4 || (string(upper[:3]) != "COM" && string(upper[:3]) != "LPT") {
		return false
	}
	return strings.ContainsRune("0123456789¹²³", upper[3])
}

// FolderURL is the file: URL that opens dir in the system's file manager
// (Fyne's OpenURL passes it to xdg-open, open or, on Windows, the shell's
// URL handler). Windows needs file:///C:/Users/... with forward slashes;
// a path with backslashes would be read as a host name.
func FolderURL(dir string) *url.URL {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return fileURL(dir, runtime.GOOS == "windows")
}

// fileURL builds the URL with either system's path rules, so both are
// tested wherever the tests run.
func fileURL(path string, windows bool) *url.URL {
	if !windows {
		return &url.URL{Scheme: "file", Path: path}
	}
	path = strings.ReplaceAll(path, `\`, "/")
	if unc, ok := strings.CutPrefix(path, "//"); ok { // \\server\share\folder
		host, rest, _ := strings.Cut(unc, "/")
		return &url.URL{Scheme: "file", Host: host, Path: "/" + rest}
	}
	return &url.URL{Scheme: "file", Path: "/" + strings.TrimPrefix(path, "/")}
}

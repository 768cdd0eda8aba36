// Package translations holds the app's texts in every language it speaks,
// embedded in the binary, and the Translator that every screen uses.
//
// Files are named <area>.<lang>.toml. English (en, written as en-GB) is the
// source; Welsh (cy) and Polish (pl) must have the same keys.
package translations

import "embed"

// FS holds every translation file.
//
//go:embed *.toml
var FS embed.FS

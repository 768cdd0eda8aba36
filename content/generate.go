package content

// docs/CONTENT.md lists every built-in item for review; regenerate it
// after changing content or the English texts.
//go:generate go run ./internal/gencontent ../docs/CONTENT.md

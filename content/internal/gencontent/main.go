// Command gencontent writes docs/CONTENT.md, the reviewable list of every
// built-in item. Run it through `go generate ./content`.
package main

import (
	"fmt"
	"os"

	"family-online-safety/content/internal/catalogdoc"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gencontent OUTPUT.md")
		os.Exit(2)
	}
	out, err := catalogdoc.Render()
	if err == nil {
		err = os.WriteFile(os.Args[1], out, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencontent:", err)
		os.Exit(1)
	}
}

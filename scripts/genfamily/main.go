// genfamily writes a large family into a data folder, for
// scripts/bench-startup: go run ./scripts/genfamily -data-dir DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"family-online-safety/data"
	"family-online-safety/data/largefamily"
)

func main() {
	dir := flag.String("data-dir", "", "folder to create the family in (must not hold one yet)")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "genfamily: -data-dir is needed")
		os.Exit(2)
	}
	if err := generate(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "genfamily:", err)
		os.Exit(1)
	}
}

func generate(dir string) error {
	s, err := data.Open(dir, data.Options{})
	if err != nil {
		return err
	}
	defer func() { _ = s.Close() }()
	if _, err := largefamily.Fill(s, time.Now(), largefamily.Large); err != nil {
		return err
	}
	// Finish the first run as the welcome screen would, so the app opens
	// on Home with this family.
	return s.UpdateSettings(func(set *data.Settings) {
		set.Onboarded = true
		set.Language = "en"
		set.Region = "GB"
	})
}

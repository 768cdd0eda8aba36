package main

import (
	"strings"
	"testing"
)

// The version written into family files is FyneApp.toml's, read from the
// file embedded in the program, not typed a second time.
func TestTheAppKnowsItsVersionFromFyneAppToml(t *testing.T) {
	m, err := metadata()
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != appID || m.Version == "" || !strings.Contains(string(fyneApp), `Version = "`+m.Version+`"`) {
		t.Fatalf("metadata %+v", m)
	}
}

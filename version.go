package main

import (
	_ "embed"

	"github.com/BurntSushi/toml"

	"fyne.io/fyne/v2"
)

// fyneApp is FyneApp.toml, the one place the app's name and version are
// written. `fyne package` builds its metadata from it; a plain `go build`
// (make run) embeds it here, so the version in a family file is right
// either way.
//
//go:embed FyneApp.toml
var fyneApp []byte

// metadata reads the app's id, name, version and build from FyneApp.toml.
func metadata() (fyne.AppMetadata, error) {
	var f struct {
		Details struct {
			ID, Name, Version string
			Build             int
		}
	}
	_, err := toml.Decode(string(fyneApp), &f)
	return fyne.AppMetadata{ID: f.Details.ID, Name: f.Details.Name, Version: f.Details.Version, Build: f.Details.Build}, err
}

// Package icons holds the app's own images, bundled into the binary.
package icons

//go:generate go tool fyne bundle -o bundled.go --package icons --name AppIcon icon.svg

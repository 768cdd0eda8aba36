package main

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/test"
	_ "github.com/BurntSushi/toml"
	_ "github.com/nicksnyder/go-i18n/v2/i18n"
	_ "go.etcd.io/bbolt"
)

func main() {}

// Command appcost opens a family file as the program does (the app's
// options, no test switch) and says what came of it: the tests run it to
// show that the program refuses a key record at the tests' cost.
//
// Usage: appcost <data folder> <passphrase> <sealed copy>
package main

import (
	"fmt"
	"os"

	"family-online-safety/data"
)

func main() {
	dir, pass, copyPath := os.Args[1], os.Args[2], os.Args[3]
	fmt.Println("known test cost:", data.KnownKDF(data.CheapKDF()))
	if b, err := os.ReadFile(copyPath); err == nil {
		_, err = data.OpenSealedText(b, pass)
		fmt.Println("copy:", err)
	}
	s, err := data.Open(dir, data.Options{})
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	defer func() { _ = s.Close() }()
	err = s.Unlock(pass)
	fmt.Println("unlock:", err)
	if err == nil {
		kids, _ := s.Children()
		fmt.Println("children:", len(kids))
	}
}

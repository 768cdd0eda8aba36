package sharing_test

import (
	"bytes"
	"os"
	"regexp"
	"strconv"
	"testing"
	"time"

	"filippo.io/age"

	"family-online-safety/data"
	"family-online-safety/data/datatest"
	"family-online-safety/screens/screentest"
	"family-online-safety/sharing"
)

// costlyFile is a family file whose header asks for scrypt work 2^40
// (sealed cheaply, then the header changed).
func costlyFile(t *testing.T) []byte {
	t.Helper()
	r, err := age.NewScryptRecipient(secret)
	if err != nil {
		t.Fatal(err)
	}
	r.SetWorkFactor(10)
	var b bytes.Buffer
	b.WriteString("family-online-safety-share/1\n")
	w, err := age.Encrypt(&b, r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte(`{"format":1}`)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return regexp.MustCompile(`(?m)^(-> scrypt \S+) 10$`).ReplaceAll(b.Bytes(), []byte("${1} 40"))
}

// crowdedFile is a family file, sealed properly with pass, with more
// contacts than any family has.
func crowdedFile(t *testing.T, pass string) []byte {
	t.Helper()
	f := data.SharedFamily{FamilyID: "another family", Device: "another computer"}
	for i := range data.MaxSharedRecords + 1 {
		f.Records = append(f.Records, data.SharedRecord{Section: "contacts",
			Stamp: data.Stamp{UID: "c" + strconv.Itoa(i)}, Value: []byte(`{"name":"Someone"}`)})
	}
	var b bytes.Buffer
	if err := sharing.Export(&b, f, pass, "0.1.0", day, datatest.Options(t, nil).Share); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// A file that asks for far more work to open than the app's own, one
// with more records of a kind than any family's and one larger than any
// family's file are each refused at once, with a message saying so in
// every language, and change nothing.
func TestHostileImportsAreRefusedQuicklyWithAClearMessage(t *testing.T) {
	files := map[string][]byte{
		"sharing.error.too_costly": costlyFile(t),
		"sharing.error.too_many":   crowdedFile(t, secret),
	}
	big := make([]byte, sharing.MaxFileSize+1)
	copy(big, "family-online-safety-share/1\n")
	for _, lang := range []string{"en", "cy", "pl"} {
		for key, file := range files {
			t.Run(lang+" "+key, func(t *testing.T) {
				h, a := home(t, lang)
				if err := os.WriteFile(a.path, file, 0o600); err != nil {
					t.Fatal(err)
				}
				before := h.Store.WriteCount()
				start := time.Now()
				a.openFile(secret)
				if took := time.Since(start); took > 5*time.Second {
					t.Errorf("refusing the file took %v", took)
				}
				a.shows(key)
				if key == "sharing.error.too_many" { // naming the kind
					screentest.MustHaveText(t, h.Overlay(), h.Tr.T("sharing.error.too_many_kind",
						map[string]any{"Kind": h.Tr.T("sharing.section.contacts"), "Max": data.MaxSharedRecords}))
				}
				if h.Tr.T(key) == key {
					t.Fatalf("no %s message for %s", lang, key)
				}
				if h.Store.WriteCount() != before {
					t.Fatal("a refused file changed the family")
				}
			})
		}
	}
	h, a := home(t, "en")
	if err := os.WriteFile(a.path, big, 0o600); err != nil {
		t.Fatal(err)
	}
	a.openFile(secret)
	a.shows("sharing.error.too_large")
	if kids, _ := h.Store.Children(); len(kids) != 1 {
		t.Fatal("a file too large changed the family")
	}
}

package catalogdoc

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestContentDocIsUpToDate fails when docs/CONTENT.md no longer matches
// the content and texts: run `go generate ./content`.
func TestContentDocIsUpToDate(t *testing.T) {
	want, err := Render()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../../docs/CONTENT.md")
	if err != nil {
		t.Fatalf("%v: run `go generate ./content`", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("docs/CONTENT.md is out of date: run `go generate ./content`")
	}
}

// The document holds what a reviewer needs: every region, its crisis line,
// checked dates, and no unfilled template.
func TestContentDocCoversEveryRegion(t *testing.T) {
	out, err := Render()
	if err != nil {
		t.Fatal(err)
	}
	doc := string(out)
	for _, want := range []string{"## United Kingdom", "## New Zealand", "Samaritans (116 123)", "1737", "checked 2026-11", "## Apps and games", "## Conversation starters", "## At this age", "## Reviews at turning points", "Department of Internal Affairs"} {
		if !strings.Contains(doc, want) {
			t.Errorf("CONTENT.md lacks %q", want)
		}
	}
	for _, bad := range []string{"{{", "<no value>"} {
		if strings.Contains(doc, bad) {
			t.Errorf("CONTENT.md contains %q", bad)
		}
	}
}

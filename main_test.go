package main

import (
	"bytes"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

func TestFlags(t *testing.T) {
	cases := []struct {
		args     []string
		code     int
		saysWhat string
	}{
		{[]string{"--data-dir", "/tmp/x", "--lang", "cy", "--demo"}, -1, ""},
		{[]string{"--lang", "fr"}, 2, `unknown language "fr"`},
		{[]string{"--colour", "red"}, 2, "flag provided but not defined: -colour"},
		{[]string{"extra"}, 2, `unexpected argument "extra"`},
		{[]string{"--help"}, 0, "-data-dir"},
	}
	for _, c := range cases {
		var stderr bytes.Buffer
		_, code := parseFlags(c.args, &stderr)
		if code != c.code {
			t.Errorf("%v: exit code %d, want %d", c.args, code, c.code)
		}
		if !strings.Contains(stderr.String(), c.saysWhat) {
			t.Errorf("%v: message %q does not say %q", c.args, stderr.String(), c.saysWhat)
		}
	}
	o, _ := parseFlags(nil, &bytes.Buffer{})
	if !strings.HasSuffix(o.dataDir, "family-online-safety") {
		t.Errorf("default data folder %q", o.dataDir)
	}
}

func TestStartLanguage(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "C")
	if got := startLanguage("", ""); got != "en" {
		t.Errorf("with LANG=C: %q, want en (quietly)", got)
	}
	t.Setenv("LANG", "pl_PL.UTF-8")
	if got := startLanguage("", ""); got != "pl" {
		t.Errorf("with a Polish system: %q", got)
	}
	if got := startLanguage("", "cy"); got != "cy" {
		t.Errorf("the saved choice should win over the system: %q", got)
	}
	if got := startLanguage("en", "cy"); got != "en" {
		t.Errorf("--lang should win: %q", got)
	}
}

// The window opens at its usual size on a large screen, smaller on a small
// one, and never larger than the screen's room for it, at any scale: at
// 200% a 1280×800 laptop has 640×400 units.
func TestWindowFitsTheScreen(t *testing.T) {
	screens := []fyne.Size{fyne.NewSize(800, 600), fyne.NewSize(1280, 800), fyne.NewSize(1920, 1080)}
	for _, px := range screens {
		for _, scale := range []float32{1, 1.5, 2, 3} {
			got := fitSize(px, scale)
			if got.Width*scale > px.Width*0.9 || got.Height*scale > px.Height*0.9 {
				t.Errorf("%v at %v: window %v leaves no room for the panels", px, scale, got)
			}
			if got.Width > usualSize.Width || got.Height > usualSize.Height {
				t.Errorf("%v at %v: window %v is larger than usual", px, scale, got)
			}
			if room := px.Width * 0.9 / scale; got.Width < min(usualSize.Width, room)-1 {
				t.Errorf("%v at %v: window %v wastes the screen", px, scale, got)
			}
		}
	}
	cases := []struct {
		px    fyne.Size
		scale float32
		want  fyne.Size
	}{
		{fyne.NewSize(1920, 1080), 1, usualSize},
		{fyne.NewSize(1280, 800), 2, fyne.NewSize(576, 360)},
		{fyne.NewSize(1920, 1080), 3, fyne.NewSize(576, 324)},
		{fyne.NewSize(1280, 720), 1, fyne.NewSize(1100, 648)},
		{fyne.Size{}, 1, fyne.NewSize(800, 533)},
	}
	for _, c := range cases {
		if got := fitSize(c.px, c.scale); got != c.want {
			t.Errorf("%v at %v: window %v, want %v", c.px, c.scale, got, c.want)
		}
	}
}

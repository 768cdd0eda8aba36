package main

import (
	"bytes"
	"strings"
	"testing"
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

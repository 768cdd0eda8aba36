package sharing

import "testing"

// A version of any record is shown by the words typed in it, in order,
// without field names, codes or ids.
func TestAVersionIsShownByItsWords(t *testing.T) {
	t.Parallel()
	raw := `{"id":0,"name":"Roblox","decision":"not-yet","conditions":"In the living room","checked":["chat-off"],` +
		`"nested":{"talks_to":"School friends","when":"2026-11-02T10:00:00Z"},"list":[{"text":"Phones downstairs"}]}`
	want := "Roblox\nIn the living room\nSchool friends\nPhones downstairs"
	if got := versionWords([]byte(raw)); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := versionWords([]byte("not json")); got != "" {
		t.Fatalf("got %q from words that are not a record", got)
	}
}

func TestThePassphraseHintGrowsWithLengthAndWords(t *testing.T) {
	for p, want := range map[string]string{
		"":                              "",
		"kettle":                        "sharing.strength.short",
		"kettle12":                      "sharing.strength.weak",
		"blue kettle 12":                "sharing.strength.fair",
		"blue kettle on the windowsill": "sharing.strength.strong",
	} {
		if got := strengthKey(p); got != want {
			t.Errorf("%q: %q, want %q", p, got, want)
		}
	}
}

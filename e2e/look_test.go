//go:build e2e

package e2e

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestLook saves captures after the keys in E2E_LOOK (space-separated
// xdotool key names), for a person writing a test to look at.
func TestLook(t *testing.T) {
	keys := os.Getenv("E2E_LOOK")
	if keys == "" {
		t.Skip("E2E_LOOK not set")
	}
	r := start(t, family(t, ""), nil)
	for i, k := range strings.Fields(keys) {
		if strings.HasPrefix(k, "wheel") {
			xdo(t, "xdotool", "mousemove", "660", "400")
			for range 30 {
				xdo(t, "xdotool", "click", "5")
			}
		} else {
			r.keys(k)
		}
		time.Sleep(500 * time.Millisecond)
		t.Log(save(t, r.shot(), "look-"+string(rune('a'+i))))
	}
}

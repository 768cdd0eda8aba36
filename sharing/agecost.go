package sharing

import (
	"strconv"
	"strings"
)

// askedWork reads the scrypt work factor (log2) an age file's header asks
// for, without doing any of the work; ok is false when the header holds
// no scrypt stanza that can be read (age itself then refuses the file).
// Only the header's first lines are looked at.
func askedWork(body []byte) (logN int, ok bool) {
	head := body[:min(len(body), 4096)]
	for line := range strings.Lines(string(head)) {
		line = strings.TrimRight(line, "\n")
		if strings.HasPrefix(line, "---") {
			break
		}
		f := strings.Fields(line)
		if len(f) != 4 || f[0] != "->" || f[1] != "scrypt" {
			continue
		}
		n, err := strconv.Atoi(f[3])
		if err != nil || n < 0 {
			return 0, false
		}
		return n, true
	}
	return 0, false
}

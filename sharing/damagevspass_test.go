package sharing

import (
	"bytes"
	"errors"
	"testing"

	"family-online-safety/data/datatest"
)

// TestEveryChangedByteIsDamageNotAWrongPassphrase changes each byte of a
// shared file in turn (one bit, and all of it): every copy is refused as
// damaged, with the right passphrase and with a wrong one, so no damaged
// file sends someone looking for another passphrase.
func TestEveryChangedByteIsDamageNotAWrongPassphrase(t *testing.T) {
	t.Parallel()
	a, _, _ := family(t)
	good := exported(t, a, nil)
	cost := datatest.Options(t, nil).Share
	if _, err := Read(bytes.NewReader(good), pass, cost); err != nil {
		t.Fatalf("the sample file does not open: %v", err)
	}
	if _, err := Read(bytes.NewReader(good), "blue kettle", cost); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("a wrong passphrase on the sample: %v", err)
	}
	changes := 0
	for i := range good {
		for _, mask := range []byte{0x01, 0xff} {
			b := bytes.Clone(good)
			b[i] ^= mask
			for _, p := range []string{pass, "blue kettle"} {
				_, err := Read(bytes.NewReader(b), p, cost)
				if !errors.Is(err, ErrDamaged) {
					t.Fatalf("byte %d ^ %#x with passphrase %q: %v, want damaged", i, mask, p, err)
				}
			}
			changes++
		}
	}
	t.Logf("%d single-byte changes of a %d-byte file, each refused as damaged", changes, len(good))
}

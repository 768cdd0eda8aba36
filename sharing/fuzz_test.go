package sharing

import (
	"bytes"
	"errors"
	"testing"

	"family-online-safety/data"
)

// FuzzRead: whatever the bytes, Read never panics, refuses with one of
// the typed errors (each with its message), and a file it accepts can be
// planned against a store without a panic. The seed corpus in
// testdata/fuzz/FuzzRead (a good file, sealed with the passphrase below
// at the tests' scrypt cost, and damaged ones) is replayed by go test.
func FuzzRead(f *testing.F) {
	f.Add([]byte(magic + "1\n"))
	f.Add([]byte(magic + "2\nage-encryption.org/v1\n"))
	s, _, _ := family(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Read(bytes.NewReader(b), pass, cheap)
		if err != nil {
			for _, known := range []error{ErrTooLarge, ErrTooCostly, ErrWrongPassphrase, ErrNewerFormat, ErrDamaged} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("an untyped refusal: %v", err)
		}
		if _, err := s.PlanShared(file.Family, data.ImportMerge); err != nil && !errors.Is(err, data.ErrInvalid) {
			t.Fatalf("an untyped refusal of the records: %v", err)
		}
	})
}

package data

import (
	"testing"
)

// BenchmarkUnlock is the wait to open an encrypted family: Argon2id with
// the real costs (DefaultKDF, 64 MiB) and unwrapping the data key.
func BenchmarkUnlock(b *testing.B) {
	rec, err := wrapKey([]byte("correct horse battery"), make([]byte, 32), DefaultKDF())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := NewKeys("correct horse battery").dataKey(rec); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSavePlain and BenchmarkSaveEncrypted are the cost of one save
// (a child's details, in its own transaction, synced to disk) without and
// with a passphrase.
func BenchmarkSavePlain(b *testing.B)     { benchmarkSave(b, false) }
func BenchmarkSaveEncrypted(b *testing.B) { benchmarkSave(b, true) }

func benchmarkSave(b *testing.B, encrypted bool) {
	s, err := Open(b.TempDir(), durable())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { closeOK(b, s) })
	if encrypted {
		if err := s.SetPassphrase("correct horse battery"); err != nil {
			b.Fatal(err)
		}
	}
	c, err := s.AddChild(Child{Name: "Seren", BirthYear: 2016, BirthMonth: 4, Notes: "Year 5. Loves drawing."})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.UpdateChild(c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCodec is the codec alone, without the disk: encoding and
// decoding one child, plain and sealed.
func BenchmarkCodec(b *testing.B) {
	sl, _ := newSealer(make([]byte, 32))
	c := Child{ID: 1, Name: "Seren", BirthYear: 2016, BirthMonth: 4, Notes: "Year 5. Loves drawing."}
	for _, tc := range []struct {
		name string
		sl   *sealer
	}{{"plain", nil}, {"sealed", sl}} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				v, _ := encodeAt(tc.sl, bucketChildren, c.ID.key(), c)
				var back Child
				if err := decodeAt(tc.sl, bucketChildren, c.ID.key(), v, &back); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package data

import (
	"crypto/rand"
	"encoding/json"
	"fmt"

	"golang.org/x/crypto/chacha20poly1305"
)

// An encrypted copy of an export: the text sealed under a random key,
// wrapped by a passphrase the way the family's file is. Only this app
// (Settings, "Open an encrypted copy") with that passphrase opens it.

const sealedTextFormat = "family-online-safety sealed text"

type sealedText struct {
	Format string          `json:"format"`
	V      int             `json:"v"`
	Key    json.RawMessage `json:"key"` // a crypt record
	X      []byte          `json:"x"`
}

var sealedTextAD = []byte("export")

// SealText encrypts text with passphrase, for saving as a file, at the
// app's key-derivation cost.
func SealText(text, passphrase string) ([]byte, error) {
	return sealText(text, passphrase, DefaultKDF())
}

// SealTextAt is SealText at the key-derivation cost k (tests use
// CheapKDF: OpenSealedText reads the cost from the copy).
func SealTextAt(text, passphrase string, k KDFCost) ([]byte, error) {
	return sealText(text, passphrase, k)
}

func sealText(text, passphrase string, k KDFCost) ([]byte, error) {
	if passphrase == "" {
		return nil, fmt.Errorf("%w: an empty passphrase", ErrInvalid)
	}
	dk := make([]byte, chacha20poly1305.KeySize)
	rand.Read(dk)
	rec, err := wrapKey([]byte(passphrase), dk, k)
	if err != nil {
		return nil, err
	}
	sl, err := newSealer(dk)
	if err != nil {
		return nil, err
	}
	return json.Marshal(sealedText{Format: sealedTextFormat, V: 1, Key: rec, X: sl.seal(sealedTextAD, nil, []byte(text))})
}

// OpenSealedText reverses SealText: ErrWrongPassphrase when the
// passphrase does not fit, ErrNotDatabase when the file is not an
// encrypted copy or was changed.
func OpenSealedText(b []byte, passphrase string) (string, error) {
	var st sealedText
	if err := json.Unmarshal(b, &st); err != nil || st.Format != sealedTextFormat || st.V != 1 {
		return "", fmt.Errorf("%w: not an encrypted copy", ErrNotDatabase)
	}
	dk, err := NewKeys(passphrase).dataKey(st.Key)
	if err != nil {
		return "", err
	}
	sl, err := newSealer(dk)
	if err != nil {
		return "", err
	}
	text, err := sl.open(sealedTextAD, nil, st.X)
	if err != nil {
		return "", fmt.Errorf("%w: the encrypted copy was changed", ErrNotDatabase)
	}
	return string(text), nil
}

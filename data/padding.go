package data

import "encoding/binary"

// Padding. A sealed value is as long as what it seals, so without padding
// its length would narrow down which starter was marked or how much a
// draft holds. Before sealing, what a record seals is padded with zeros to
// a size class (padClass): every starter mark, favourite or hidden mark
// and stamp of the built-in catalogue seals to one length per kind, and
// any other value's length says only its class.
//
// Older sealed values have no padding and still open: a padded record
// says so in its own sealed bytes (the top bit of the key's length for a
// record sealed with its key, a leading zero byte, which no JSON value
// starts with, for one the codec seals), and a rewrite writes it padded.

// padStep is the largest class's step: values longer than padMax grow in
// steps of padStep.
const (
	padMin  = 256
	padMax  = 4096
	padStep = 4096
)

// padClass is the length n bytes are padded to: 256, 512, 1024, 2048,
// 4096, then the next multiple of 4096.
func padClass(n int) int {
	for c := padMin; c <= padMax; c *= 2 {
		if n <= c {
			return c
		}
	}
	return (n + padStep - 1) / padStep * padStep
}

// padded extends b with zeros to its size class.
func padded(b []byte) []byte {
	return append(b, make([]byte, padClass(len(b))-len(b))...)
}

// paddedFlag marks, in the key's length, a record sealed with its key
// whose value's length follows and whose bytes are padded.
const paddedFlag = uint64(1) << 63

// packKeyed is what a record sealed with its key seals: the key's length
// (flagged), the value's length, the key, the value, the padding.
func packKeyed(key, v []byte) []byte {
	pt := make([]byte, 16, 16+len(key)+len(v))
	binary.BigEndian.PutUint64(pt, uint64(len(key))|paddedFlag)
	binary.BigEndian.PutUint64(pt[8:], uint64(len(v)))
	return padded(append(append(pt, key...), v...))
}

// unpackKeyed reverses packKeyed, and reads an older unpadded record (the
// key's length unflagged, then the key, then the value to the end).
func unpackKeyed(pt []byte) (key, v []byte, ok bool) {
	if len(pt) < 8 {
		return nil, nil, false
	}
	kl := binary.BigEndian.Uint64(pt)
	if kl&paddedFlag == 0 {
		if kl > uint64(len(pt)-8) {
			return nil, nil, false
		}
		return pt[8 : 8+kl], pt[8+kl:], true
	}
	kl &^= paddedFlag
	if len(pt) < 16 {
		return nil, nil, false
	}
	vl := binary.BigEndian.Uint64(pt[8:])
	rest := uint64(len(pt) - 16)
	if kl > rest || vl > rest-kl {
		return nil, nil, false
	}
	return pt[16 : 16+kl], pt[16+kl : 16+kl+vl], true
}

// packPlain is what the codec seals for d: a zero byte, d's length, d,
// the padding.
func packPlain(d []byte) []byte {
	pt := make([]byte, 9, 9+len(d))
	binary.BigEndian.PutUint64(pt[1:], uint64(len(d)))
	return padded(append(pt, d...))
}

// unpackPlain reverses packPlain; a value without the leading zero byte
// is an older unpadded one, read whole.
func unpackPlain(pt []byte) ([]byte, bool) {
	if len(pt) == 0 || pt[0] != 0 {
		return pt, true
	}
	if len(pt) < 9 {
		return nil, false
	}
	l := binary.BigEndian.Uint64(pt[1:])
	if l > uint64(len(pt)-9) {
		return nil, false
	}
	return pt[9 : 9+l], true
}

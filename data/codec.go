package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"math"
)

// Every stored value goes through this codec, and only this codec, so that
// encryption at rest lives here without touching a repository.
//
// A value is stored as a small JSON envelope: {"v":1,"d":<value>,"s":<sum>}.
// "v" is the record format version, so a record can be upgraded when it is
// read. "s" is a CRC-32C of the record's key and "d": bbolt keeps no
// checksums of its own, so a flipped byte or a record under the wrong key
// is found and that one record skipped instead of shown wrong. Records
// written before "s" existed have none and are read as they are.
//
// In an encrypted file (crypt.go) the envelope is {"v":1,"x":<sealed>}:
// "x" is "d" sealed with the record's bucket and key as associated data,
// which also does the checksum's job. Where the file hashes its record
// keys (keyhash.go) the bucket seals the plain envelope with its key
// instead, and hands it back opened.

const recordVersion = 1

type envelope struct {
	V int             `json:"v"`
	D json.RawMessage `json:"d"`
	S *uint32         `json:"s,omitempty"`
	X []byte          `json:"x,omitempty"`
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

func recordSum(key, d []byte) uint32 {
	return crc32.Update(crc32.Checksum(key, crcTable), crcTable, d)
}

// encode is for values that are compared, not stored under a key.
func encode(v any) ([]byte, error) { return encodeAt(nil, nil, nil, v) }

// encodeAt encodes v to be stored under key in bucket (key nil: no
// checksum), sealed when sl is not nil.
func encodeAt(sl *sealer, bucket, key []byte, v any) ([]byte, error) {
	d, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode %T: %w", v, err)
	}
	if sl.sealsRecord(bucket) {
		return json.Marshal(envelope{V: recordVersion, X: sl.seal(bucket, key, packPlain(d))})
	}
	e := envelope{V: recordVersion, D: d}
	if key != nil {
		sum := recordSum(key, d)
		e.S = &sum
	}
	return json.Marshal(e)
}

// plainEnvelope splits a plain record written exactly as encodeAt writes
// one with a key, {"v":V,"d":D,"s":S}, without decoding D. Anything else
// (no sum, sealed, spaced or damaged framing) is not ok, and is read with
// encoding/json instead. Reading the envelope with encoding/json scanned
// and copied every record twice; at start-up, when every record of a large
// family is checked, that was most of the time the file took to open. D
// is trusted only when S, the checksum of key and D, matches.
func plainEnvelope(b []byte) (version int, d []byte, sum uint32, ok bool) {
	rest, found := bytes.CutPrefix(b, []byte(`{"v":`))
	if !found {
		return 0, nil, 0, false
	}
	v, rest, found := leadingNumber(rest)
	if !found || v > math.MaxInt32 {
		return 0, nil, 0, false
	}
	if rest, found = bytes.CutPrefix(rest, []byte(`,"d":`)); !found {
		return 0, nil, 0, false
	}
	at := bytes.LastIndex(rest, []byte(`,"s":`))
	if at < 1 || isJSONSpace(rest[0]) || isJSONSpace(rest[at-1]) {
		return 0, nil, 0, false // encoding/json writes no spaces; it would drop them from D
	}
	s, tail, found := leadingNumber(rest[at+len(`,"s":`):])
	if !found || s > math.MaxUint32 || string(tail) != "}" {
		return 0, nil, 0, false
	}
	return int(v), rest[:at], uint32(s), true
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// leadingNumber reads the JSON unsigned integer at the start of b, as
// encoding/json writes one (no sign, no leading zero, at most 10 digits).
func leadingNumber(b []byte) (n uint64, rest []byte, ok bool) {
	i := 0
	for i < len(b) && i <= 10 && b[i] >= '0' && b[i] <= '9' {
		n = n*10 + uint64(b[i]-'0')
		i++
	}
	if i == 0 || i > 10 || (b[0] == '0' && i > 1) {
		return 0, nil, false
	}
	return n, b[i:], true
}

// decode reads a value made by encode (never a stored one).
func decode(b []byte, v any) error { return decodeAt(nil, nil, nil, b, v) }

// decodeAt reads the value stored under key in bucket, checking its
// checksum, or opening it with sl in an encrypted file. A plain record in
// an encrypted file is refused: it was not written by this app.
func decodeAt(sl *sealer, bucket, key, b []byte, v any) error {
	d, ok := summedPlain(sl, bucket, key, b)
	if !ok {
		var err error
		if d, err = openEnvelope(sl, bucket, key, b); err != nil {
			return err
		}
	}
	if err := json.Unmarshal(d, v); err != nil {
		return fmt.Errorf("%w: unreadable %T: %v", ErrNotDatabase, v, err)
	}
	return nil
}

// summedPlain is the record's D when b is a plain record in a plain file,
// written as encodeAt writes one, whose checksum matches: the quick way
// most records are read.
func summedPlain(sl *sealer, bucket, key, b []byte) (d []byte, ok bool) {
	if sl.sealsRecord(bucket) || key == nil {
		return nil, false
	}
	version, d, sum, ok := plainEnvelope(b)
	if !ok || version < 1 || version > recordVersion || sum != recordSum(key, d) {
		return nil, false
	}
	return d, true
}

// newerRecord reports whether v is a record envelope written by a newer
// version of the app: its format version is above the one this app
// writes. Such a record is kept as it is, never written over.
func newerRecord(v []byte) bool {
	rest, found := bytes.CutPrefix(v, []byte(`{"v":`))
	if !found {
		return false
	}
	n, _, ok := leadingNumber(rest)
	return ok && n > recordVersion
}

// openEnvelope reads any other envelope with encoding/json, opens a
// sealed one, checks the sum when there is one, and gives its D.
func openEnvelope(sl *sealer, bucket, key, b []byte) ([]byte, error) {
	var e envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("%w: unreadable record: %v", ErrNotDatabase, err)
	}
	if e.V < 1 || e.V > recordVersion {
		return nil, fmt.Errorf("%w: record format %d", ErrNewerVersion, e.V)
	}
	switch {
	case e.X != nil && sl == nil:
		return nil, ErrLocked
	case e.X != nil:
		pt, err := sl.open(bucket, key, e.X)
		d, ok := unpackPlain(pt)
		if err != nil || !ok {
			return nil, fmt.Errorf("%w: a sealed record does not open here", ErrNotDatabase)
		}
		e.D = d
	case sl.sealsRecord(bucket):
		return nil, fmt.Errorf("%w: a plain record in an encrypted file", ErrNotDatabase)
	}
	if key != nil && e.S != nil && *e.S != recordSum(key, e.D) {
		return nil, fmt.Errorf("%w: record checksum does not match", ErrNotDatabase)
	}
	return e.D, nil
}

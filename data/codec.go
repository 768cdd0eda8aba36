package data

import (
	"encoding/json"
	"fmt"
	"hash/crc32"
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
// which also does the checksum's job.

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
	if sl != nil {
		return json.Marshal(envelope{V: recordVersion, X: sl.seal(bucket, key, d)})
	}
	e := envelope{V: recordVersion, D: d}
	if key != nil {
		sum := recordSum(key, d)
		e.S = &sum
	}
	return json.Marshal(e)
}

// decode reads a value made by encode (never a stored one).
func decode(b []byte, v any) error { return decodeAt(nil, nil, nil, b, v) }

// decodeAt reads the value stored under key in bucket, checking its
// checksum, or opening it with sl in an encrypted file. A plain record in
// an encrypted file is refused: it was not written by this app.
func decodeAt(sl *sealer, bucket, key, b []byte, v any) error {
	var e envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return fmt.Errorf("%w: unreadable record: %v", ErrNotDatabase, err)
	}
	if e.V < 1 || e.V > recordVersion {
		return fmt.Errorf("%w: record format %d", ErrNewerVersion, e.V)
	}
	switch {
	case e.X != nil && sl == nil:
		return ErrLocked
	case e.X != nil:
		d, err := sl.open(bucket, key, e.X)
		if err != nil {
			return fmt.Errorf("%w: a sealed record does not open here", ErrNotDatabase)
		}
		e.D = d
	case sl != nil:
		return fmt.Errorf("%w: a plain record in an encrypted file", ErrNotDatabase)
	}
	if key != nil && e.S != nil && *e.S != recordSum(key, e.D) {
		return fmt.Errorf("%w: record checksum does not match", ErrNotDatabase)
	}
	if err := json.Unmarshal(e.D, v); err != nil {
		return fmt.Errorf("%w: unreadable %T: %v", ErrNotDatabase, v, err)
	}
	return nil
}

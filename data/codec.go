package data

import (
	"encoding/json"
	"fmt"
)

// Every stored value goes through this codec, and only this codec, so that
// encryption at rest can later be added here without touching a repository.
//
// A value is stored as a small JSON envelope: {"v":1,"d":<value>}. "v" is the
// record format version, so a record can be upgraded when it is read.

const recordVersion = 1

type envelope struct {
	V int             `json:"v"`
	D json.RawMessage `json:"d"`
}

func encode(v any) ([]byte, error) {
	d, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode %T: %w", v, err)
	}
	return json.Marshal(envelope{V: recordVersion, D: d})
}

func decode(b []byte, v any) error {
	var e envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return fmt.Errorf("%w: unreadable record: %v", ErrNotDatabase, err)
	}
	if e.V < 1 || e.V > recordVersion {
		return fmt.Errorf("%w: record format %d", ErrNewerVersion, e.V)
	}
	if err := json.Unmarshal(e.D, v); err != nil {
		return fmt.Errorf("%w: unreadable %T: %v", ErrNotDatabase, v, err)
	}
	return nil
}

// Package sharing moves a family's records between two homes in one file
// sealed with a passphrase (issue 14): Export writes it, Read opens it,
// and the importer (import.go) says what it would change before it
// changes anything. It never imports Fyne; the data it carries comes from
// the store's sharing API (data/share.go).
package sharing

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"filippo.io/age"

	"family-online-safety/data"
)

// The file is one readable line naming the format, its version and a
// SHA-256 checksum of the whole file, then an age file
// (age-encryption.org/v1) sealed with a passphrase (scrypt). Inside is
// JSON: the format version again, the app version that made it, when,
// and the shared family. The readable line lets a file from a newer app
// be refused before the passphrase is asked for, and its checksum is
// checked before the passphrase is tried, so a changed byte anywhere
// (also in age's header, whose salt and wrapped key a passphrase cannot
// tell from a wrong one) is reported as damage, never as a wrong
// passphrase. age's own header is then authenticated with the passphrase
// and its payload with the file key. Files of line version 1 (before the
// checksum) are still read.

// FormatVersion is the shared-file format this build writes and reads.
const FormatVersion = 1

// magic starts the first line: "family-online-safety-share/2 <sum>\n".
const magic = "family-online-safety-share/"

// lineVersion is the first line's version this build writes: 2 adds the
// checksum (sumOf) after a space.
const lineVersion = 2

// MaxFileSize caps a shared file, and what is inside it, so a hostile file
// cannot make the app use much memory. A real family is far smaller (the
// large test family of data/largefamily is about 1 MiB).
const MaxFileSize = 32 << 20

// The scrypt cost a file is sealed with, and the highest one read, come
// from the store (data.ShareCost: 2^17, about 128 MiB and half a second,
// and up to 2^18), so a file cannot ask for more. Tests' stores are
// cheaper (datatest).

// costOr is c, or the app's cost when c is not set.
func costOr(c data.ShareCost) data.ShareCost {
	if c == (data.ShareCost{}) {
		return data.DefaultShareCost()
	}
	return c
}

// payload is the sealed JSON.
type payload struct {
	Format int               `json:"format"`
	App    string            `json:"app"`
	Made   time.Time         `json:"made"`
	Family data.SharedFamily `json:"family"`
}

// File is a shared file once opened.
type File struct {
	// App is the version of the app that made it, Made when.
	App    string
	Made   time.Time
	Family data.SharedFamily
}

// Export seals f into w with passphrase at scrypt cost cost.Work, saying
// it was made by app version appVersion at made.
func Export(w io.Writer, f data.SharedFamily, passphrase, appVersion string, made time.Time, cost data.ShareCost) error {
	if passphrase == "" {
		return ErrNoPassphrase
	}
	plain, err := json.Marshal(payload{Format: FormatVersion, App: appVersion, Made: made.UTC(), Family: f})
	if err != nil {
		return err
	}
	if len(plain) > MaxFileSize {
		return ErrTooLarge
	}
	rcpt, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return err
	}
	rcpt.SetWorkFactor(costOr(cost).Work)
	var body bytes.Buffer // sealed in memory: the checksum comes first
	sealed, err := age.Encrypt(&body, rcpt)
	if err != nil {
		return err
	}
	if _, err := sealed.Write(plain); err != nil {
		return err
	}
	if err := sealed.Close(); err != nil {
		return err
	}
	head := magic + strconv.Itoa(lineVersion)
	if _, err := io.WriteString(w, head+" "+sumOf(head, body.Bytes())+"\n"); err != nil {
		return err
	}
	_, err = w.Write(body.Bytes())
	return err
}

// sumOf is the checksum on the first line: the SHA-256, in hex, of the
// line before it (magic and version) and of everything after the line.
func sumOf(head string, body []byte) string {
	h := sha256.New()
	h.Write([]byte(head + "\n"))
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// Read opens a shared file with passphrase. It reads at most MaxFileSize
// bytes, and refuses a file that is larger (ErrTooLarge), from a newer
// app (ErrNewerFormat), not opened by the passphrase (ErrWrongPassphrase)
// or damaged, cut short or malformed (ErrDamaged), or sealed at a cost
// above cost.Max (ErrTooCostly, at once). It never panics.
func Read(r io.Reader, passphrase string, cost data.ShareCost) (File, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return File{}, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if len(raw) > MaxFileSize {
		return File{}, ErrTooLarge
	}
	body, err := readMagic(raw)
	if err != nil {
		return File{}, err
	}
	if passphrase == "" {
		return File{}, ErrWrongPassphrase
	}
	plain, err := open(body, passphrase, costOr(cost).Max)
	if err != nil {
		return File{}, err
	}
	return decodePayload(plain)
}

// readMagic checks the first line, and the checksum on it against the
// whole file, and returns what follows the line. A line with a checksum
// that does not match is damage, whatever version it names.
func readMagic(raw []byte) ([]byte, error) {
	line, rest, ok := bytes.Cut(raw, []byte("\n"))
	after, isShare := strings.CutPrefix(string(line), magic)
	if !ok || !isShare || len(line) > 128 {
		return nil, fmt.Errorf("%w: no shared-file line", ErrDamaged)
	}
	v, sum, summed := strings.Cut(after, " ")
	if summed && sum != sumOf(magic+v, rest) {
		return nil, fmt.Errorf("%w: the checksum does not match", ErrDamaged)
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil || n < 1:
		return nil, fmt.Errorf("%w: format %q", ErrDamaged, v)
	case n > lineVersion:
		return nil, fmt.Errorf("%w (format %d, this app reads %d)", ErrNewerFormat, n, lineVersion)
	case n >= 2 && !summed:
		return nil, fmt.Errorf("%w: no checksum", ErrDamaged)
	}
	return rest, nil
}

// open decrypts the age file, refusing more than MaxFileSize inside it,
// and a file that asks for more scrypt work than maxWork before any of
// that work is done (ErrTooCostly).
func open(body []byte, passphrase string, maxWork int) ([]byte, error) {
	if n, ok := askedWork(body); ok && n > maxWork {
		return nil, fmt.Errorf("%w: 2^%d asked, 2^%d at most", ErrTooCostly, n, maxWork)
	}
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	id.SetMaxWorkFactor(maxWork)
	dec, err := age.Decrypt(bufio.NewReader(bytes.NewReader(body)), id)
	var noMatch *age.NoIdentityMatchError
	switch {
	case errors.As(err, &noMatch) || errors.Is(err, age.ErrIncorrectIdentity):
		return nil, ErrWrongPassphrase
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	plain, err := io.ReadAll(io.LimitReader(dec, MaxFileSize+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	case len(plain) > MaxFileSize:
		return nil, ErrTooLarge
	}
	return plain, nil
}

func decodePayload(plain []byte) (File, error) {
	var head struct {
		Format int `json:"format"`
	}
	if err := json.Unmarshal(plain, &head); err != nil {
		return File{}, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if head.Format > FormatVersion {
		return File{}, fmt.Errorf("%w (format %d inside)", ErrNewerFormat, head.Format)
	}
	var p payload
	if err := json.Unmarshal(plain, &p); err != nil || p.Format != FormatVersion {
		return File{}, fmt.Errorf("%w: the contents cannot be read", ErrDamaged)
	}
	return File{App: p.App, Made: p.Made, Family: p.Family}, nil
}

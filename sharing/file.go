// Package sharing moves a family's records between two homes in one file
// sealed with a passphrase (issue 14): Export writes it, Read opens it,
// and the importer (import.go) says what it would change before it
// changes anything. It never imports Fyne; the data it carries comes from
// the store's sharing API (data/share.go).
package sharing

import (
	"bufio"
	"bytes"
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

// The file is one readable line naming the format and its version, then
// an age file (age-encryption.org/v1) sealed with a passphrase (scrypt).
// Inside is JSON: the format version again, the app version that made it,
// when, and the shared family. The readable line lets a file from a newer
// app be refused before the passphrase is asked for; age's own header is
// authenticated with the passphrase, so a changed byte anywhere else is
// found.

// FormatVersion is the shared-file format this build writes and reads.
const FormatVersion = 1

// magic starts the first line: "family-online-safety-share/1\n".
const magic = "family-online-safety-share/"

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
	if _, err := io.WriteString(w, magic+strconv.Itoa(FormatVersion)+"\n"); err != nil {
		return err
	}
	sealed, err := age.Encrypt(w, rcpt)
	if err != nil {
		return err
	}
	if _, err := sealed.Write(plain); err != nil {
		return err
	}
	return sealed.Close()
}

// Read opens a shared file with passphrase. It reads at most MaxFileSize
// bytes, and refuses a file that is larger (ErrTooLarge), from a newer
// app (ErrNewerFormat), not opened by the passphrase (ErrWrongPassphrase)
// or damaged, cut short or malformed (ErrDamaged), or sealed at a cost
// above cost.Max (ErrDamaged). It never panics.
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

// readMagic checks the first line and returns what follows it.
func readMagic(raw []byte) ([]byte, error) {
	line, rest, ok := bytes.Cut(raw, []byte("\n"))
	v, isShare := strings.CutPrefix(string(line), magic)
	if !ok || !isShare || len(line) > 64 {
		return nil, fmt.Errorf("%w: no shared-file line", ErrDamaged)
	}
	n, err := strconv.Atoi(v)
	switch {
	case err != nil || n < 1:
		return nil, fmt.Errorf("%w: format %q", ErrDamaged, v)
	case n > FormatVersion:
		return nil, fmt.Errorf("%w (format %d, this app reads %d)", ErrNewerFormat, n, FormatVersion)
	}
	return rest, nil
}

// open decrypts the age file, refusing more than MaxFileSize inside it.
func open(body []byte, passphrase string, maxWork int) ([]byte, error) {
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

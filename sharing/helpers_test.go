package sharing

import (
	"io"
	"strconv"
	"testing"

	"filippo.io/age"
)

// sealRaw writes a shared file whose sealed contents are plain, sealed at
// scrypt cost logN.
func sealRaw(t *testing.T, w io.Writer, plain string, logN int) {
	t.Helper()
	r, err := age.NewScryptRecipient(pass)
	if err != nil {
		t.Fatal(err)
	}
	r.SetWorkFactor(logN)
	must1(t)(io.WriteString(w, magic+"1\n"))
	sealed, err := age.Encrypt(w, r)
	if err != nil {
		t.Fatal(err)
	}
	must1(t)(io.WriteString(sealed, plain))
	if err := sealed.Close(); err != nil {
		t.Fatal(err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

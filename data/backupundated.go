package data

import (
	"crypto/rand"
	"encoding/hex"
)

// A family behind a passphrase does not leave a trail of the days it was
// used in its backups' names: each copy is named by a random id
// ("backup-x-<16 hex>[-kind].db"), and its date is the file's own time,
// set to when it was made. (The file times are still there for anyone who
// lists the folder with dates; the README says so.)
const (
	undatedMark  = "x-"
	undatedIDLen = 16
)

func undatedBackupName(kind BackupKind) string {
	id := make([]byte, undatedIDLen/2)
	rand.Read(id)
	name := backupPrefix + undatedMark + hex.EncodeToString(id)
	if kind != BackupDaily {
		name += "-" + string(kind)
	}
	return name + backupSuffix
}

func isHex(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

//go:build !unix

package data

// openNoWait: no such flag is needed where pipes do not block an open.
const openNoWait = 0

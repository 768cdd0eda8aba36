//go:build unix

package data

import "syscall"

// openNoWait opens a pipe without waiting for a writer.
const openNoWait = syscall.O_NONBLOCK

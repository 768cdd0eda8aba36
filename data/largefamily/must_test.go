package largefamily

import "family-online-safety/data/datatest"

// The setup checks every test here uses (datatest: one copy for all packages).
var (
	closeOK = datatest.CloseOK
)

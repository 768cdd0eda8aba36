package agreement_test

import "family-online-safety/data/datatest"

// The setup checks every test here uses (datatest: one copy for all packages).
var (
	must  = datatest.Must
	must1 = datatest.Must1
)

package sharing

import "testing"

// must stops the test when a step of its setup fails: a test that goes on
// after a failed step no longer checks what it says it does.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// must1 is must for a step that also returns a value the test does not
// need: must1(t)(s.AddChild(child)).
func must1(t testing.TB) func(any, error) {
	return func(_ any, err error) {
		t.Helper()
		must(t, err)
	}
}

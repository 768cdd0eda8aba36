package agreement_test

import "testing"

// A refused Add says every problem of the form at once, each under its
// field, and each goes as soon as its value is mended, the others staying
// until theirs are.
func TestAddSaysEveryProblemAtOnceAndClearsEachWhenMended(t *testing.T) {
	h := newAgreementScreen(t, map[string]int{"Leo": 9})
	h.Tab("Device-free")
	h.Check("Everyone") // off: nobody is chosen
	typeIn(h.entry("20:30", 0), "half eight")
	h.TapExact("Add")
	name, times, who := "Name: Please give this time a name", "From: Please type the times", "Who for: Please choose everyone"
	for _, want := range []string{name, times, who} {
		h.Shows(want)
	}
	typeIn(h.entry("For example: Bedtime", 0), "Dinner")
	h.showsNot(name)
	h.Shows(times)
	h.Shows(who)
	typeIn(h.entry("20:30", 0), "18:00")
	typeIn(h.entry("07:00", 0), "19:00")
	h.showsNot(times)
	h.Shows(who)
	h.Check("Leo")
	h.showsNot(who)
	if len(h.agreement().Windows) != 0 {
		t.Fatal("a device-free time was added without Add")
	}
	h.TapExact("Add")
	if a := h.agreement(); len(a.Windows) != 1 || a.Windows[0].Label != "Dinner" {
		t.Fatalf("after Add: %+v", a.Windows)
	}
}

package help

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"family-online-safety/content"
	"family-online-safety/screens/screentest"
)

// A refused contact says every problem at once, each under its field;
// each goes as soon as its value is mended, without another Save, and
// nothing is saved until all are.
func TestContactSaysEveryProblemAtOnceAndClearsEachWhenMended(t *testing.T) {
	h := newHelpHarness(t, content.RegionUK)
	h.help.tabs.SelectIndex(helpTabWho)
	test.Tap(screentest.Button(t, h.Root(), "Add a contact"))
	name, phone, email, _ := h.formEntries()
	test.Type(phone, "ring the surgery")
	test.Type(email, "gp at surgery")
	test.Tap(screentest.Button(t, h.mineTexts(), "Save contact"))
	nameErr, phoneErr, emailErr := "Name: Please fill this in", "Please check the number", "Please check the email address"
	for _, want := range []string{nameErr, phoneErr, emailErr} {
		screentest.MustHaveText(t, h.mineTexts(), want)
	}
	phone.SetText("01632 960552")
	if screentest.HasText(h.mineTexts(), phoneErr) {
		t.Error("the phone's problem stayed after it was mended")
	}
	screentest.MustHaveText(t, h.mineTexts(), nameErr)
	screentest.MustHaveText(t, h.mineTexts(), emailErr)
	test.Type(name, "GP surgery")
	if screentest.HasText(h.mineTexts(), nameErr) {
		t.Error("the name's problem stayed after it was mended")
	}
	screentest.MustHaveText(t, h.mineTexts(), emailErr)
	if got, _ := h.Store.Contacts(); len(got) != 0 {
		t.Fatalf("saved while refused: %+v", got)
	}
	email.SetText("gp@surgery.example.org")
	if screentest.HasText(h.mineTexts(), emailErr) {
		t.Error("the email's problem stayed after it was mended")
	}
	test.Tap(screentest.Button(t, h.mineTexts(), "Save contact"))
	if got, _ := h.Store.Contacts(); len(got) != 1 {
		t.Fatalf("not saved once mended: %+v", got)
	}
}

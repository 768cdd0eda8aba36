package children_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

func TestConcernLogAddEditAndCopy(t *testing.T) {
	h := newChildrenHarness(t, screentest.At(time.Now()), addPlacedChild("Maisie", 2022, 10))
	h.Tab("Concerns")
	h.Shows("No entries yet")
	h.Tap("New entry")
	h.Tap("Save entry")
	h.Shows("Please write briefly what happened.")
	if log, _ := h.Store.Concerns(1); len(log) != 0 {
		t.Fatalf("saved an empty entry: %+v", log)
	}

	test.Type(h.Entry("What you saw or were told, in plain words"), "Upset after a video at contact")
	date := h.Entry("For example " + time.Now().Format("02/01/2006"))
	date.SetText("2099-01-01")
	h.Shows("The date can't be in the future.")
	earlier := data.Day(time.Now().AddDate(0, 0, -2))
	date.SetText(earlier.Format("2/1/2006"))
	if log, _ := h.Store.Concerns(1); len(log) != 1 {
		t.Fatalf("typing what happened did not save the entry (a quick exit would lose it): %+v", log)
	}
	h.Tap("Save entry")

	log, _ := h.Store.Concerns(1)
	if len(log) != 1 || log[0].Happened != "Upset after a video at contact" || !log[0].Date.Equal(earlier) {
		t.Fatalf("stored log = %+v", log)
	}
	h.Shows(earlier.Format("02/01/2006"))
	h.Shows("Upset after a video at contact")
	if screentest.HasText(h.Root(), "No entries yet") {
		t.Fatal("the empty-log text stays after the first entry")
	}

	// Now it is saved, edits save as they are typed.
	test.Type(h.Entry("For example: social worker by phone, school safeguarding lead by email"), "Priya")
	log, _ = h.Store.Concerns(1)
	if log[0].Told != "Priya" {
		t.Fatalf("told saved as %q", log[0].Told)
	}

	h.Tap("Copy to clipboard")
	got := h.Actions.LastCopied()
	for _, want := range []string{"Concern log for Maisie", data.DateText(earlier), "What happened: Upset after a video at contact", "Who was told: Priya"} {
		if !strings.Contains(got, want) {
			t.Errorf("copied text lacks %q:\n%s", want, got)
		}
	}
	h.Shows("Copied")

	// Delete asks first.
	h.Tap("Delete entry")
	dlg := h.Overlay()
	if dlg == nil {
		t.Fatal("no confirmation")
	}
	test.Tap(screentest.Button(t, dlg, "Yes"))
	if log, _ = h.Store.Concerns(1); len(log) != 0 {
		t.Fatalf("entry not deleted: %+v", log)
	}
}

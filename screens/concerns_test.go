package screens_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"family-online-safety/data"
	"family-online-safety/screens/screentest"
)

func TestConcernLogAddEditAndCopy(t *testing.T) {
	pinNow(t, time.Now())
	h := newChildrenHarness(t, addPlacedChild("Maisie", 2022, 10))
	h.tab("Concerns")
	h.shows("No entries yet")
	h.tap("New entry")
	h.tap("Save entry")
	h.shows("Please write briefly what happened.")
	if log, _ := h.store.Concerns(1); len(log) != 0 {
		t.Fatalf("saved an empty entry: %+v", log)
	}

	test.Type(h.entryWithPlaceholder("What you saw or were told, in plain words"), "Upset after a video at contact")
	date := h.entryWithPlaceholder("YYYY-MM-DD")
	date.SetText("2099-01-01")
	h.shows("The date can't be in the future.")
	earlier := data.Day(time.Now().AddDate(0, 0, -2))
	date.SetText(data.DateText(earlier))
	if log, _ := h.store.Concerns(1); len(log) != 1 {
		t.Fatalf("typing what happened did not save the entry (a quick exit would lose it): %+v", log)
	}
	h.tap("Save entry")

	log, _ := h.store.Concerns(1)
	if len(log) != 1 || log[0].Happened != "Upset after a video at contact" || !log[0].Date.Equal(earlier) {
		t.Fatalf("stored log = %+v", log)
	}
	h.shows(data.DateText(earlier))
	h.shows("Upset after a video at contact")
	if screentest.HasText(h.root(), "No entries yet") {
		t.Fatal("the empty-log text stays after the first entry")
	}

	// Now it is saved, edits save as they are typed.
	test.Type(h.entryWithPlaceholder("For example: social worker by phone, school safeguarding lead by email"), "Priya")
	log, _ = h.store.Concerns(1)
	if log[0].Told != "Priya" {
		t.Fatalf("told saved as %q", log[0].Told)
	}

	h.tap("Copy to clipboard")
	got := h.actions.copied
	for _, want := range []string{"Concern log for Maisie", data.DateText(earlier), "What happened: Upset after a video at contact", "Who was told: Priya"} {
		if !strings.Contains(got, want) {
			t.Errorf("copied text lacks %q:\n%s", want, got)
		}
	}
	h.shows("Copied")

	// Delete asks first.
	h.tap("Delete entry")
	dlg := h.overlay()
	if dlg == nil {
		t.Fatal("no confirmation")
	}
	test.Tap(screentest.Button(t, dlg, "Yes"))
	if log, _ = h.store.Concerns(1); len(log) != 0 {
		t.Fatalf("entry not deleted: %+v", log)
	}
}

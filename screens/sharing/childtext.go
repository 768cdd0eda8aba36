package sharing

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// childText is a child's details as a question shows them, naming the
// placement and the social worker, so the carer sees what changes.
func childText(tr screens.Translator, raw []byte) (string, bool) {
	var c data.Child
	if json.Unmarshal(raw, &c) != nil || c.Name == "" {
		return "", false
	}
	plain := c
	plain.Placement = data.Placement{} // (said below, each with its label)
	b, _ := json.Marshal(plain)
	lines := []string{versionWords(b)} // (its name, notes and the rest)
	// Archived on one side only, both versions read the same without it.
	if c.Archived {
		lines = append(lines, tr.T("folder.asks.archived", map[string]any{"Name": c.Name}))
	}
	if !c.Placed {
		return strings.Join(append(lines, tr.T("sharing.placement.none")), "\n"), true
	}
	lines = append(lines, tr.T("placement.tick"))
	if p := c.Placement; p.SocialWorker != "" || p.SocialWorkerPhone != "" {
		lines = append(lines, tr.T("placement.social_worker")+": "+p.SocialWorker,
			tr.T("placement.social_worker_phone")+": "+p.SocialWorkerPhone)
	}
	return strings.Join(append(lines, placementRest(tr, c.Placement)...), "\n"), true
}

// placementRest are the placement's other details, each with its label.
func placementRest(tr screens.Translator, p data.Placement) []string {
	var out []string
	if !p.Start.IsZero() {
		out = append(out, tr.T("placement.start")+": "+screens.FormatDate(tr, p.Start))
	}
	for _, f := range []struct{ key, v string }{{"placement.out_of_hours", p.OutOfHoursPhone},
		{"placement.authority", p.DelegatedAuthority}, {"placement.photos", p.PhotoRules}, {"placement.contact", p.Contact}} {
		if f.v != "" {
			out = append(out, tr.T(f.key)+": "+clip(f.v, 200))
		}
	}
	return out
}

// placementLines name, under a child's details in a summary, each
// question that changes the child's placement (foster or kinship, the
// social worker): "Child's details Changed: 1" alone does not say so.
func placementLines(tr screens.Translator, s sharing.Summary, l sharing.Line) []fyne.CanvasObject {
	switch l.Section {
	case "contacts":
		return append(contactLines(tr, s), newContactLines(tr, s)...)
	case "child_words":
		return wordsLines(tr, s, l)
	}
	if l.Section != "children" {
		return nil
	}
	var out []fyne.CanvasObject
	for _, c := range append(slices.Clone(s.Asks), s.Conflicts...) {
		var mine, theirs data.Child
		if c.Section != "children" || c.Child != l.Child || json.Unmarshal(c.Mine, &mine) != nil || json.Unmarshal(c.Theirs, &theirs) != nil {
			continue // (a removal is said as one)
		}
		if mine.Placed != theirs.Placed || mine.Placement != theirs.Placement {
			out = append(out, widgets.Para("• "+tr.T("sharing.detail.placement", map[string]any{"Name": cmp.Or(theirs.Name, mine.Name)})))
		}
		if mine.Archived && !theirs.Archived {
			out = append(out, widgets.Para("• "+tr.T("sharing.detail.unarchived", map[string]any{"Name": cmp.Or(theirs.Name, mine.Name)})))
		}
	}
	return out
}

// contactLines name, under the contacts in a summary, each contact whose
// phone or email a question changes.
func contactLines(tr screens.Translator, s sharing.Summary) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, c := range append(slices.Clone(s.Asks), s.Conflicts...) {
		var mine, theirs data.Contact
		if c.Section == "contacts" && (c.Kind == data.Removed || c.RemovesThere()) && json.Unmarshal(c.Mine, &mine) == nil {
			who := whoText(sharing.NewContact{Name: mine.Name, Phone: mine.Phone, Email: mine.Email})
			out = append(out, widgets.Para("• "+tr.T("sharing.detail.contact_removed", map[string]any{"Who": who})))
			continue
		}
		if c.Section != "contacts" || json.Unmarshal(c.Mine, &mine) != nil || json.Unmarshal(c.Theirs, &theirs) != nil {
			continue
		}
		if c.LookAlike {
			out = append(out, widgets.Para("• "+tr.T("sharing.detail.contact_second", map[string]any{"Name": theirs.Name})))
		} else if mine.Phone != theirs.Phone || mine.Email != theirs.Email {
			out = append(out, widgets.Para("• "+tr.T("sharing.detail.contact", map[string]any{"Name": cmp.Or(mine.Name, theirs.Name)})))
		}
	}
	return out
}

// wordsLines name, under a child's words in a summary, each line the
// file rewords ("line reworded: … becomes …") and each line it removes
// (each asked on its own).
func wordsLines(tr screens.Translator, s sharing.Summary, l sharing.Line) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, c := range s.Words {
		if c.Child != l.Child {
			continue
		}
		for _, it := range c.Reworded {
			out = append(out, widgets.Para("• "+tr.T("sharing.detail.words_reworded", map[string]any{
				"List": tr.T("childwords.list." + string(it.Words)), "Old": it.Mine, "New": it.Theirs})))
		}
	}
	for _, c := range s.Asks {
		if c.Section != "child_words" || c.Child != l.Child {
			continue
		}
		for _, it := range c.Removals {
			out = append(out, widgets.Para("• "+tr.T("sharing.detail.words_removed", map[string]any{
				"List": tr.T("childwords.list." + string(it.Words)), "Line": it.Mine})))
		}
	}
	return out
}

package sharing

import (
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// Contacts another home's file added come in without a question (a few
// at a time), but never unnamed: the summary lists each, and Settings
// names those taken in, until the carer answers (kept in the store, so a
// restart does not hide them), with "Remove these" (the other home is
// then asked whether to remove them too) and "Keep them".

// shownNewContacts is how many new contacts a summary names one by one.
const shownNewContacts = 10

// whoText is a new contact as the carer knows them: the name, and the
// phone or email.
func whoText(c sharing.NewContact) string {
	if how := cmp.Or(c.Phone, c.Email); how != "" {
		return c.Name + " (" + how + ")"
	}
	return c.Name
}

// newContactNames names the first shownNewContacts of list, and how many
// more there are.
func newContactNames(tr screens.Translator, list []sharing.NewContact) []string {
	var out []string
	for i, c := range list {
		if i == shownNewContacts {
			return append(out, tr.T("sharing.detail.contact_more", map[string]any{"Count": len(list) - i}))
		}
		out = append(out, whoText(c))
	}
	return out
}

// newContactLines name, under the contacts in a summary, each contact
// the file adds.
func newContactLines(tr screens.Translator, s sharing.Summary) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, who := range newContactNames(tr, s.NewContacts) {
		out = append(out, widgets.Para("• "+tr.T("sharing.detail.contact_new", map[string]any{"Who": who})))
	}
	return out
}

// noteNewContacts keeps the contacts the report's files added, to name
// them in Settings; it reports whether any are new.
func (f *FolderSync) noteNewContacts(r sharing.Report) bool {
	if !slices.ContainsFunc(r.Merged, func(s sharing.Summary) bool { return len(s.NewContacts) > 0 }) {
		return false // (most rounds: the store is not read on the window's goroutine for nothing)
	}
	added := f.addedContacts()
	var any bool
	for _, s := range r.Merged {
		for _, c := range s.NewContacts {
			if !slices.ContainsFunc(added, func(a sharing.NewContact) bool { return a.UID == c.UID }) {
				added, any = append(added, c), true
			}
		}
	}
	if any {
		f.saveAdded(added)
	}
	return any
}

// addedContacts are the contacts other homes' files added that the
// carer has not answered about (none when the store cannot say).
func (f *FolderSync) addedContacts() []sharing.NewContact {
	list, err := f.store.AddedContacts()
	if err != nil {
		return nil
	}
	return list
}

// saveAdded keeps list as the contacts to name; a store that cannot
// keep it (read-only) names none, rather than fail the sync.
func (f *FolderSync) saveAdded(list []sharing.NewContact) {
	_ = f.store.SaveAddedContacts(list) // (Settings then names what the store holds)
}

// addedLines name in Settings the contacts other homes' files added,
// with Remove these and Keep them.
func (f *FolderSync) addedLines() []fyne.CanvasObject {
	added := f.addedContacts()
	if len(added) == 0 {
		return nil
	}
	tr := f.env.Tr
	line := widgets.Para(tr.T("folder.new_contacts", map[string]any{"Names": strings.Join(newContactNames(tr, added), ", ")}))
	remove := widget.NewButtonWithIcon(tr.T("folder.new_contacts.remove"), theme.DeleteIcon(), f.removeAdded)
	keep := widget.NewButton(tr.T("folder.new_contacts.keep"), func() {
		f.saveAdded(nil)
		f.redraw()
	})
	return []fyne.CanvasObject{line, container.NewHBox(remove, keep)}
}

// removeAdded removes the contacts other homes' files added (those
// still here), and tells the app the family changed.
func (f *FolderSync) removeAdded() {
	added := f.addedContacts()
	uids := make([]string, 0, len(added))
	for _, c := range added {
		uids = append(uids, c.UID)
	}
	list, err := f.store.ContactsByUID(uids)
	for _, c := range list {
		if err == nil {
			err = f.store.DeleteContact(c.ID)
		}
	}
	if err != nil {
		dialog.ShowInformation(f.env.Tr.T("error.title"), f.env.Tr.T("error.unknown"), f.win)
	}
	f.saveAdded(nil)
	f.redraw()
	f.changed()
}

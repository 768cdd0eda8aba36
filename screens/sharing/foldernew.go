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
// names those taken in while the app is open, with "Remove these" (the
// other home is then asked whether to remove them too) and "Keep them".

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
	var any bool
	for _, s := range r.Merged {
		for _, c := range s.NewContacts {
			if !slices.ContainsFunc(f.added, func(a sharing.NewContact) bool { return a.UID == c.UID }) {
				f.added, any = append(f.added, c), true
			}
		}
	}
	return any
}

// addedLines name in Settings the contacts other homes' files added,
// with Remove these and Keep them.
func (f *FolderSync) addedLines() []fyne.CanvasObject {
	if len(f.added) == 0 {
		return nil
	}
	tr := f.env.Tr
	line := widgets.Para(tr.T("folder.new_contacts", map[string]any{"Names": strings.Join(newContactNames(tr, f.added), ", ")}))
	remove := widget.NewButtonWithIcon(tr.T("folder.new_contacts.remove"), theme.DeleteIcon(), f.removeAdded)
	keep := widget.NewButton(tr.T("folder.new_contacts.keep"), func() {
		f.added = nil
		f.redraw()
	})
	return []fyne.CanvasObject{line, container.NewHBox(remove, keep)}
}

// removeAdded removes the contacts other homes' files added (those
// still here), and tells the app the family changed.
func (f *FolderSync) removeAdded() {
	uids := make([]string, 0, len(f.added))
	for _, c := range f.added {
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
	f.added = nil
	f.redraw()
	f.changed()
}

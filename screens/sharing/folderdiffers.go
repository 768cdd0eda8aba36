package sharing

import (
	"encoding/json"
	"errors"
	"strings"

	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// differsLines say plainly, one line for each, where the homes differ:
// both kept their own version of a change that waits for a yes (a
// placement, a contact's phone or email, a removal). Nil when err is not
// that.
func differsLines(tr screens.Translator, err error) []*widget.Label {
	var d *sharing.DiffersError
	if !errors.As(err, &d) {
		return nil
	}
	var out []*widget.Label
	for _, c := range d.Changes {
		for _, it := range c.Differing { // the agreement's, item by item
			what, _, words, theirs := itemConflictText(tr, it)
			if it.Order {
				out = append(out, widgets.Para(tr.T("folder.differs.order", map[string]any{"Kind": what})))
				continue
			}
			switch {
			case it.Place != "":
				what, words = tr.T("sharing.detail.list.places"), what
			case it.Mine == "" && it.MineTime == nil:
				words = theirs // (kept in the other home)
			}
			out = append(out, widgets.Para(tr.T("folder.differs.removed", map[string]any{"Kind": what, "Words": words})))
		}
		if c.Section == "agreement" {
			continue
		}
		if c.Mine == nil || c.Theirs == nil { // kept in one home, removed in the other
			kept := c.Mine
			if kept == nil {
				kept = c.Theirs
			}
			words, _, _ := strings.Cut(versionText(tr, c.Section, kept), "\n")
			out = append(out, widgets.Para(tr.T("folder.differs.removed", map[string]any{
				"Kind": tr.T("sharing.section." + c.Section), "Words": words})))
			continue
		}
		key, names := differsKey(c)
		if k, ok := names["Kind"].(string); ok {
			names["Kind"] = tr.T(k)
		}
		out = append(out, widgets.Para(tr.T(key, names)))
	}
	return out
}

// differsKey is the translation key and names of one difference.
func differsKey(c data.Change) (string, map[string]any) {
	switch c.Section {
	case "children":
		var mine, theirs data.Child
		_, _ = json.Unmarshal(c.Mine, &mine), json.Unmarshal(c.Theirs, &theirs)
		if mine.Placed != theirs.Placed || mine.Placement != theirs.Placement {
			return "folder.differs.placement", map[string]any{"Name": c.ChildName}
		}
		return "folder.differs.child", map[string]any{"Name": c.ChildName}
	case "contacts":
		var mine data.Contact
		_ = json.Unmarshal(c.Mine, &mine)
		return "folder.differs.contact", map[string]any{"Name": mine.Name}
	}
	return "folder.differs.other", map[string]any{"Kind": "sharing.section." + c.Section}
}

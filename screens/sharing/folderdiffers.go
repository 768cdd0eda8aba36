package sharing

import (
	"encoding/json"
	"errors"

	"fyne.io/fyne/v2"

	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
	"family-online-safety/sharing"
)

// differsLines say plainly, one line for each, where the homes differ:
// both kept their own version of a change that waits for a yes (a
// placement, a contact's phone or email, a removal). Nil when err is not
// that.
func differsLines(tr screens.Translator, err error) []fyne.CanvasObject {
	var d *sharing.DiffersError
	if !errors.As(err, &d) {
		return nil
	}
	var out []fyne.CanvasObject
	for _, c := range d.Changes {
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

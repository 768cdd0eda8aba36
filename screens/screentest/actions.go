package screentest

import (
	"net/url"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
)

// Actions stands in for the app: it records what a screen asks for
// (copy, open a web address, go to another screen...) and does nothing
// else. It satisfies every screen's app-side interface.
type Actions struct {
	Copied  []string
	Opened  []string
	OpenErr error // returned by OpenURL
	Shown   []screens.ID
	Child   data.ID // the last ShowChild
	ChildAt int
	// Topic is the topic of the last ShowStarters (Child its child).
	Topic content.Topic
	Asked []string // other requests, by name
	// Displayed is the text size and contrast Settings asked for.
	Displayed data.Display
}

// Copy records text put on the clipboard.
func (a *Actions) Copy(text string) { a.Copied = append(a.Copied, text) }

// LastCopied is the last text copied, or "".
func (a *Actions) LastCopied() string {
	if len(a.Copied) == 0 {
		return ""
	}
	return a.Copied[len(a.Copied)-1]
}

// OpenURL records the address and returns OpenErr.
func (a *Actions) OpenURL(u *url.URL) error {
	a.Opened = append(a.Opened, u.String())
	return a.OpenErr
}

// Show records a move to another screen.
func (a *Actions) Show(id screens.ID) { a.Shown = append(a.Shown, id) }

// Display is the text size and contrast last set (SetDisplay).
func (a *Actions) Display() data.Display { return a.Displayed }

// SetDisplay records the choice.
func (a *Actions) SetDisplay(d data.Display) { a.Displayed = d }

// ShowAddChild records a move to the add-a-child form.
func (a *Actions) ShowAddChild() {
	a.Asked = append(a.Asked, "add child")
	a.Show(screens.ChildrenID)
}

// ShowChild records a move to one child's tab.
func (a *Actions) ShowChild(child data.ID, tab int) {
	a.Child, a.ChildAt = child, tab
	a.Show(screens.ChildrenID)
}

// SetLanguage records the request.
func (a *Actions) SetLanguage(code string) { a.Asked = append(a.Asked, "language "+code) }

// SetRegion records the request.
func (a *Actions) SetRegion(r content.Region) { a.Asked = append(a.Asked, "region "+string(r)) }

// SetSchoolNation records the request.
func (a *Actions) SetSchoolNation(n content.Nation) { a.Asked = append(a.Asked, "school "+string(n)) }

// OpenDataFolder records the request.
func (a *Actions) OpenDataFolder() { a.Asked = append(a.Asked, "open folder") }

// RemoveDemo records the request.
func (a *Actions) RemoveDemo() { a.Asked = append(a.Asked, "remove demo") }

// BackupNow records the request.
func (a *Actions) BackupNow() { a.Asked = append(a.Asked, "backup") }

// RestoreBackup records the request.
func (a *Actions) RestoreBackup(name string) { a.Asked = append(a.Asked, "restore "+name) }

// Finish records the end of the welcome.
func (a *Actions) Finish(content.Region, *data.Child) error {
	a.Asked = append(a.Asked, "finish")
	return nil
}

// StartDemo records the request.
func (a *Actions) StartDemo() error {
	a.Asked = append(a.Asked, "demo")
	return nil
}

// ShowStarters records a move to the starters filtered for a child and topic.
func (a *Actions) ShowStarters(child data.ID, topic content.Topic) {
	a.Child, a.Topic = child, topic
	a.Show(screens.StartersID)
}

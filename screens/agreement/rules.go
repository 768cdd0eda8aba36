package agreement

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/data"
	"family-online-safety/screens/widgets"
)

// ---- Rules, promises, consequences ----

func (s *Screen) rulesSection() fyne.CanvasObject {
	return widgets.Page(
		widgets.Card(s.tr.T("agreement.rules.title"), s.tr.T("agreement.rules.subtitle"), s.itemList(data.ListRules, true)),
		widgets.Card(s.tr.T("agreement.promises.title"), s.tr.T("agreement.promises.subtitle"), s.itemList(data.ListPromises, true)),
		widgets.Card(s.tr.T("agreement.consequences.title"), s.tr.T("agreement.consequences.subtitle"), s.itemList(data.ListConsequences, true)),
	)
}

// suggestionKeys are the built-in suggestions offered for each list.
var suggestionKeys = map[data.List][]string{
	data.ListRules: {
		"agreement.suggest.rule.ask-download", "agreement.suggest.rule.tell-adult",
		"agreement.suggest.rule.private", "agreement.suggest.rule.dinner",
		"agreement.suggest.rule.meet-friends",
	},
	data.ListPromises: {
		"agreement.suggest.promise.calm", "agreement.suggest.promise.no-blame",
		"agreement.suggest.promise.no-taking",
	},
	data.ListConsequences: {
		"agreement.suggest.consequence.talk", "agreement.suggest.consequence.put-right",
		"agreement.suggest.consequence.shorter",
	},
}

// itemList shows an ordered list whose entries are edited in place, with
// a box to add one and, where there are any, suggestions not yet used.
func (s *Screen) itemList(l data.List, ordered bool) fyne.CanvasObject {
	box := container.NewVBox()
	items := s.a.List(l)
	msg := widgets.Problem()
	for i := range items {
		box.Add(s.itemRow(l, items, i, ordered, msg))
	}
	if len(items) == 0 {
		box.Add(widgets.Para(s.tr.T("agreement.item.none." + string(l))))
	}
	box.Add(msg)
	box.Add(s.addItem(l))
	if offers := s.itemSuggestions(l, items); offers != nil {
		suggestions := widget.NewLabelWithStyle(s.tr.T("agreement.item.suggestions"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		suggestions.Wrapping = fyne.TextWrapWord
		box.Add(suggestions)
		box.Add(offers)
	}
	return box
}

// itemRow is one entry, edited in place, with move and delete buttons. A
// refused edit (an empty entry) is said in msg and not saved.
func (s *Screen) itemRow(l data.List, items []data.Item, i int, ordered bool, msg *widget.Label) fyne.CanvasObject {
	it := items[i]
	// Wrapped over as many lines as it needs (up to 4), so a long rule
	// shows in full; a line break typed in it is kept as a space.
	e := s.env.MultiLineEntry()
	e.SetText(it.Text)
	e.SetMinRowsVisible(min(max(1, (len([]rune(it.Text))+59)/60), 4))
	s.env.LiveText(e, func(text string) bool { // an emptied entry is refused, and comes back on leaving
		err := s.store.UpdateItem(l, it.ID, strings.Join(strings.Fields(text), " "))
		widgets.SetProblem(msg, s.refusal(err))
		return s.saved(err, false)
	})
	del := widgets.IconButton(theme.DeleteIcon(), s.tr.T("a11y.delete"), func() {
		s.deleted = it.Text
		s.saved(s.store.DeleteItem(l, it.ID), true)
	})
	buttons := container.NewHBox()
	var lead fyne.CanvasObject
	if ordered {
		up := widgets.IconButton(theme.MoveUpIcon(), s.tr.T("a11y.move.up"), func() { s.saved(s.store.MoveItem(l, it.ID, -1), true) })
		down := widgets.IconButton(theme.MoveDownIcon(), s.tr.T("a11y.move.down"), func() { s.saved(s.store.MoveItem(l, it.ID, +1), true) })
		if i == 0 {
			up.Disable()
		}
		if i == len(items)-1 {
			down.Disable()
		}
		buttons.Add(up)
		buttons.Add(down)
		lead = widget.NewLabel(strconv.Itoa(i+1) + ".")
	}
	buttons.Add(del)
	return container.NewBorder(nil, nil, lead, buttons, e)
}

// addItem is the box that adds an entry, with its problem line.
func (s *Screen) addItem(l data.List) fyne.CanvasObject {
	add := s.env.Entry()
	add.SetPlaceHolder(s.tr.T("agreement.item.placeholder." + string(l)))
	addMsg := widgets.Problem()
	typed := s.env.Draft("agreement.item." + string(l))
	typed.Entry("text", add)
	submit := func() {
		_, err := s.store.AddItem(l, add.Text)
		widgets.SetProblem(addMsg, s.refusal(err))
		if err == nil {
			typed.Done()
		}
		s.saved(err, err == nil)
	}
	add.OnSubmitted = func(string) { submit() }
	addBtn := widget.NewButtonWithIcon(s.tr.T("agreement.item.add."+string(l)), theme.ContentAddIcon(), submit)
	return container.NewVBox(container.NewBorder(nil, nil, nil, addBtn, add), addMsg)
}

// itemSuggestions offers the built-in entries not on the list yet; nil
// when there are none.
func (s *Screen) itemSuggestions(l data.List, items []data.Item) fyne.CanvasObject {
	var offers []fyne.CanvasObject
	for _, key := range suggestionKeys[l] {
		text := s.tr.T(key)
		if slices.ContainsFunc(items, func(it data.Item) bool { return it.Text == text }) {
			continue
		}
		// The words wrap beside their button: a button's text never wraps,
		// and a long one would widen the page past a small window.
		b := widget.NewButtonWithIcon(s.tr.T("agreement.item.suggestion.add"), theme.ContentAddIcon(), func() {
			_, err := s.store.AddItem(l, text)
			s.saved(err, true)
		})
		b.Importance = widget.LowImportance
		offers = append(offers, container.NewBorder(nil, nil, b, nil, widgets.Para(text)))
	}
	if len(offers) == 0 {
		return nil
	}
	return container.NewVBox(offers...)
}

package starters

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// ownForm adds one of the family's own starters, or changes one. The
// store's rules decide what it takes; a refusal is shown under its field
// and everything typed stays.
type ownForm struct {
	s        *Screen
	draft    data.OwnStarter
	question *widgets.Entry
	tip      *widgets.Entry
	bands    *widget.CheckGroup
	topic    *widget.Select
	problems *screens.FieldProblems
	typed    *screens.Draft // a new starter's fields, kept as typed
	tried    bool           // Save was refused: each problem goes as soon as it is mended
}

// draftOwnStarter names the draft of a new own starter.
const draftOwnStarter = "starter.own"

// showOwnForm shows the form to add an own starter (o nil) or edit one.
func (s *Screen) showOwnForm(o *data.OwnStarter) {
	s.tabs.SelectIndex(0)
	f := &ownForm{s: s, problems: screens.NewFieldProblems(s.tr, messages)}
	title := s.tr.T("starters.own.add.title")
	if o != nil {
		title = s.tr.T("starters.own.edit.title")
		f.draft = *o
	} else {
		if s.filter.band != "" {
			f.draft.Bands = []content.Band{s.filter.band}
		}
		f.draft.Topic = s.filter.topic
		f.typed = s.env.Draft(draftOwnStarter)
		f.fromTyped()
	}
	save := widget.NewButtonWithIcon(s.tr.T("starters.own.save"), theme.DocumentSaveIcon(), f.save)
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(s.tr.T("starters.own.cancel"), func() {
		if f.typed != nil {
			f.typed.Done()
		}
		s.showDetail(s.open)
		if o == nil && s.ownAdd != nil {
			screens.FocusOn(s.ownAdd) // the keyboard goes on from where the form was opened
		}
	})
	s.env.OnEscape(cancel.OnTapped)
	s.setDetail(container.NewVScroll(container.NewPadded(container.NewVBox(
		widgets.Heading(title),
		widgets.Para(s.tr.T("starters.own.why")),
		f.form(), f.problems.Form, container.NewHBox(save, cancel)))))
	f.keepTyped()
	s.formShown = true
	screens.FocusOn(f.question) // the keyboard starts in the form
}

func (f *ownForm) form() fyne.CanvasObject {
	s, draft := f.s, f.draft
	f.question = s.env.MultiLineEntry()
	f.question.SetText(draft.Question)
	f.question.SetPlaceHolder(s.tr.T("starters.own.question.placeholder"))
	f.question.SetMinRowsVisible(2)
	f.tip = s.env.MultiLineEntry()
	f.tip.SetText(draft.Tip)
	f.tip.SetPlaceHolder(s.tr.T("starters.own.tip.placeholder"))
	f.tip.SetMinRowsVisible(3)
	var bandNames []string
	for _, b := range content.Bands {
		bandNames = append(bandNames, s.tr.T(content.BandKey(b)))
	}
	f.bands = widget.NewCheckGroup(bandNames, nil)
	for _, b := range draft.Bands {
		f.bands.Selected = append(f.bands.Selected, s.tr.T(content.BandKey(b)))
	}
	var topicNames []string
	for _, t := range content.Topics {
		topicNames = append(topicNames, s.tr.T(content.TopicKey(t)))
	}
	f.topic = widget.NewSelect(topicNames, nil)
	f.topic.PlaceHolder = s.tr.T("starters.own.topic.placeholder")
	if i := slices.Index(content.Topics, draft.Topic); i >= 0 {
		f.topic.SetSelectedIndex(i)
	}
	f.question.OnChanged = func(string) { f.recheck() } // a draft keeps this and adds its own
	f.tip.OnChanged = func(string) { f.recheck() }
	f.bands.OnChanged = func([]string) { f.recheck() }
	f.topic.OnChanged = func(string) { f.recheck() }
	under := func(o fyne.CanvasObject, field, name string) fyne.CanvasObject {
		return container.NewVBox(o, f.problems.Under(field, name))
	}
	return widgets.NewForm(
		widget.NewFormItem(s.tr.T("starters.own.question"), under(f.question, data.FieldOwnQuestion, s.tr.T("starters.own.question"))),
		widget.NewFormItem(s.tr.T("starters.own.tip"), under(f.tip, data.FieldOwnTip, s.tr.T("starters.own.tip"))),
		widget.NewFormItem(s.tr.T("starters.own.bands"), under(f.bands, data.FieldOwnBands, s.tr.T("starters.own.bands"))),
		widget.NewFormItem(s.tr.T("starters.own.topic"), under(f.topic, data.FieldOwnTopic, s.tr.T("starters.own.topic"))),
	)
}

// read turns what is on the form into the draft.
func (f *ownForm) read() {
	f.draft.Question, f.draft.Tip = f.question.Text, f.tip.Text
	f.draft.Bands = nil
	for _, b := range content.Bands {
		if slices.Contains(f.bands.Selected, f.s.tr.T(content.BandKey(b))) {
			f.draft.Bands = append(f.draft.Bands, b)
		}
	}
	f.draft.Topic = ""
	if i := f.topic.SelectedIndex(); i >= 0 {
		f.draft.Topic = content.Topics[i]
	}
}

// recheck says the problems again after a refused Save, so each goes
// as soon as it is mended.
func (f *ownForm) recheck() {
	if f.tried {
		f.read()
		f.problems.ShowAll(f.draft.Problems(), nil)
	}
}

func (f *ownForm) save() {
	f.read()
	if f.tried = f.problems.ShowAll(f.draft.Problems(), nil); f.tried {
		f.problems.GoToFirst()
		return // every problem at once, under its field
	}
	var err error
	if f.draft.ID == 0 {
		var added data.OwnStarter
		if added, err = f.s.store.AddOwnStarter(f.draft); err == nil {
			f.draft = added
		}
	} else {
		err = f.s.store.UpdateOwnStarter(f.draft)
	}
	if f.problems.Show(err) {
		return
	}
	if f.typed != nil {
		f.typed.Done()
	}
	f.s.reload()
	f.s.showDetail(f.draft.StarterID())
}

// fromTyped starts a new starter from what was typed before a quick exit.
func (f *ownForm) fromTyped() {
	if !f.typed.Found() {
		return
	}
	f.draft.Question, f.draft.Tip = f.typed.Value("question"), f.typed.Value("tip")
	f.draft.Topic = content.Topic(f.typed.Value("topic"))
	f.draft.Bands = nil
	for _, b := range strings.Split(f.typed.Value("bands"), ",") {
		if slices.Contains(content.Bands, content.Band(b)) {
			f.draft.Bands = append(f.draft.Bands, content.Band(b))
		}
	}
}

// keepTyped keeps a new starter's fields in its draft as they change.
func (f *ownForm) keepTyped() {
	if f.typed == nil {
		return
	}
	f.typed.Entry("question", f.question)
	f.typed.Entry("tip", f.tip)
	f.typed.Keep("topic", func() string { f.read(); return string(f.draft.Topic) })
	f.typed.Keep("bands", func() string {
		f.read()
		var ids []string
		for _, b := range f.draft.Bands {
			ids = append(ids, string(b))
		}
		return strings.Join(ids, ",")
	})
	f.bands.OnChanged = func([]string) { f.typed.Changed(); f.recheck() }
	f.topic.OnChanged = func(string) { f.typed.Changed(); f.recheck() }
}

package starters

import (
	"hash/fnv"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"family-online-safety/content"
	"family-online-safety/data"
	"family-online-safety/screens"
	"family-online-safety/screens/widgets"
)

// RecentDays is how long a discussed starter rests before it can be the
// starter for today again.
const RecentDays = 30

// PickForToday chooses a built-in starter for a child on a day:
// one from the child's age band, not hidden, and not talked about in the
// RecentDays before that day. Talks on the day itself do not count, so the
// choice stays the same all day. The choice is a hash of the child's id
// and the date, so it is stable and needs nothing stored. When every
// starter in the band was discussed lately, any starter in the band may
// be chosen. ok is false when the band has no starter to offer.
func PickForToday(catalogue []content.Starter, child data.Child, day time.Time, discussed []data.Discussion, hidden map[string]bool) (st content.Starter, ok bool) {
	today := day.Format(data.DateLayout)
	since := day.AddDate(0, 0, -RecentDays).Format(data.DateLayout)
	recent := map[string]bool{}
	for _, d := range discussed {
		if d.Date >= since && d.Date < today {
			recent[d.StarterID] = true
		}
	}
	band := content.BandForAge(child.AgeOn(day))
	var fresh, inBand []content.Starter
	for _, s := range catalogue {
		if !s.HasBand(band) || hidden[s.ID] {
			continue
		}
		inBand = append(inBand, s)
		if !recent[s.ID] {
			fresh = append(fresh, s)
		}
	}
	pool := fresh
	if len(pool) == 0 {
		pool = inBand
	}
	if len(pool) == 0 {
		return content.Starter{}, false
	}
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatUint(uint64(child.ID), 10) + "|" + today))
	return pool[h.Sum64()%uint64(len(pool))], true
}

// TodaySection is Home's section with one starter per child for today,
// to copy or to mark as talked about.
func TodaySection(env screens.Env, store TodayStore, copier screens.Copier, nav screens.Navigator) screens.HomeSection {
	return func(child data.Child) fyne.CanvasObject {
		day := env.Now()
		discussed, err := store.Discussions(child.ID)
		if err != nil {
			return nil
		}
		marks, err := store.StarterMarks()
		if err != nil {
			return nil
		}
		hidden := map[string]bool{}
		for id, m := range marks {
			hidden[id] = m.Hidden
		}
		st, ok := PickForToday(content.Starters, child, day, discussed, hidden)
		if !ok {
			return nil
		}
		return todayCard(env.Tr, store, copier, nav, child, st, day.Format(data.DateLayout), discussed)
	}
}

// todayCard shows today's starter with Copy, "We talked about it" and a
// way to more starters.
func todayCard(tr screens.Translator, store TodayStore, copier screens.Copier, nav screens.Navigator,
	child data.Child, st content.Starter, today string, discussed []data.Discussion) fyne.CanvasObject {
	question := tr.T(st.QuestionKey())

	title := widget.NewLabelWithStyle(tr.T("starters.today.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	// The status line keeps its room while empty: "Copied" or "Noted"
	// appearing moves nothing below it.
	status := widget.NewLabel("")
	status.Importance = widget.SuccessImportance
	status.Wrapping = fyne.TextWrapWord // a long refusal wraps under the card, never widening Home
	for _, d := range discussed {
		if d.StarterID == st.ID && d.Date == today {
			status.SetText(tr.T("starters.today.done"))
		}
	}
	copyBtn := widget.NewButtonWithIcon(tr.T("starters.copy"), theme.ContentCopyIcon(), func() {
		copier.Copy(question)
		status.SetText(tr.T("starters.copied"))
	})
	var talked *widget.Button
	talked = widget.NewButtonWithIcon(tr.T("starters.today.talked"), theme.ConfirmIcon(), func() {
		if _, err := store.MarkDiscussed(data.Discussion{ChildID: child.ID, StarterID: st.ID, Date: today}); err != nil {
			status.Importance = widget.DangerImportance
			status.SetText(messages.Say(tr, err))
			return
		}
		status.SetText(tr.T("starters.today.done"))
		talked.Disable()
	})
	if status.Text != "" {
		talked.Disable()
	}
	more := widget.NewButtonWithIcon(tr.T("starters.today.more"), theme.NavigateNextIcon(), func() { nav.Show(screens.StartersID) })
	return container.NewVBox(title, widgets.Para(question),
		widgets.WrapRow(copyBtn, talked, more), status)
}

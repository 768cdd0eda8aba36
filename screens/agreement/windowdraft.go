package agreement

import (
	"slices"
	"strconv"
	"strings"

	"family-online-safety/data"
)

// keepTyped keeps a new device-free time in its draft as it is typed, and
// brings back one typed before a quick exit or a crash.
func (f *windowForm) keepTyped() {
	f.typed = f.s.env.Draft("agreement.window")
	if f.typed.Found() {
		f.fromDraft()
	}
	f.typed.Keep("label", func() string { return f.label.Text })
	f.typed.Keep("start", func() string { return f.start.Text })
	f.typed.Keep("end", func() string { return f.end.Text })
	f.typed.Keep("days", func() string {
		var b strings.Builder
		for _, c := range f.days {
			b.WriteString(map[bool]string{true: "1", false: "0"}[c.Checked])
		}
		return b.String()
	})
	f.typed.Keep("period", func() string { return string(f.chosenPeriod()) })
	f.typed.Keep("who", func() string {
		if f.everyone.Checked {
			return "everyone"
		}
		var ids []string
		for i, c := range f.kids {
			if c.Checked {
				ids = append(ids, strconv.FormatUint(uint64(f.s.kids[i].ID), 10))
			}
		}
		return strings.Join(ids, ",")
	})
}

func (f *windowForm) fromDraft() {
	d := f.typed
	f.quiet = true
	defer func() { f.quiet = false }()
	f.label.SetText(d.Value("label"))
	f.start.SetText(d.Value("start"))
	f.end.SetText(d.Value("end"))
	if days := d.Value("days"); len(days) == len(f.days) {
		for i, c := range f.days {
			c.SetChecked(days[i] == '1')
		}
	}
	f.setPeriod(data.Period(d.Value("period")))
	who := d.Value("who")
	f.everyone.SetChecked(who == "everyone")
	ids := strings.Split(who, ",")
	for i, c := range f.kids {
		c.SetChecked(who != "everyone" && slices.Contains(ids, strconv.FormatUint(uint64(f.s.kids[i].ID), 10)))
	}
}

package catalogdoc

import (
	"fmt"
	"strings"

	"family-online-safety/content"
)

func (d *doc) apps() {
	d.line("## Apps and games")
	d.line("")
	d.line("Minimum ages are the terms' own; see each region for ages its law sets higher.")
	d.line("")
	for _, a := range content.Apps {
		d.line("### %s", a.Name)
		d.line("")
		var facts []string
		facts = append(facts, d.tr.T(content.KindKey(a.Kind)))
		if a.MinAge > 0 {
			facts = append(facts, fmt.Sprintf("minimum age %d", a.MinAge))
		}
		if a.YearlyEditions {
			facts = append(facts, "a new edition most years: each is rated on its own")
		}
		if a.AdultAccount {
			facts = append(facts, "only adults hold the account")
		}
		if a.Discontinued {
			facts = append(facts, "closed")
		}
		d.line("- %s", strings.Join(facts, "; "))
		d.line("- %s", d.tr.T(a.RiskNoteKey()))
		if a.Discontinued {
			d.line("- %s", d.tr.T(a.DiscontinuedKey()))
		}
		if len(a.Features) > 0 {
			var fs []string
			for _, f := range a.Features {
				fs = append(fs, d.tr.T(content.FeatureKey(f)))
			}
			d.line("- Things to know about: %s", strings.Join(fs, "; "))
		}
		if len(a.Settings) > 0 {
			var ss []string
			for _, s := range a.Settings {
				ss = append(ss, d.tr.T(a.SettingKey(s)))
			}
			d.line("- Settings worth checking: %s", strings.Join(ss, "; "))
		}
		d.line("- Source: %s", source(a.Source))
		d.ratings(a)
		d.line("")
	}
}

// ratings lists a game's rating by each board, or that the app names no
// figure for that board's regions.
func (d *doc) ratings(a content.App) {
	if a.Kind != content.KindGame || a.Discontinued {
		return
	}
	for _, b := range content.Boards {
		name := d.tr.T(content.BoardKey(b))
		if rt, ok := a.Ratings[b]; ok && rt.Label != "" {
			d.line("- Rating, %s: %s, for %s (source: %s)", name, rt.Label, rt.Edition, source(rt.Source))
			continue
		}
		d.line("- Rating, %s: not verified; the app names no figure and says to check the box or the app store", name)
	}
}

func clock(minutes int) string { return fmt.Sprintf("%02d:%02d", minutes/60, minutes%60) }

func (d *doc) screenTime() {
	d.line("## Screen-time starting points")
	d.line("")
	d.line("Offered as starting points the family changes, never as rules.")
	d.line("")
	for _, s := range content.ScreenTimeSuggestions {
		fields := map[string]any{"Name": "your child", "Start": clock(s.Start), "End": clock(s.End)}
		what := string(s.Kind)
		switch s.Kind {
		case content.SuggestLimit:
			what = fmt.Sprintf("limit of %d minutes a day", s.Minutes)
		case content.SuggestWindow:
			what = fmt.Sprintf("device-free %s to %s", clock(s.Start), clock(s.End))
		case content.SuggestPlace:
			what = "device-free place: " + s.Place
		}
		d.line("- **Ages %d to %d**, %s: %s", s.MinAge, s.MaxAge, what, d.tr.T(s.TextKey(), fields))
		if s.AlternativeTo != "" {
			d.line("  - An alternative to `%s`, shown at the same age.", s.AlternativeTo)
		}
		d.line("  - Source: %s", source(s.Source))
		for _, also := range s.Also {
			d.line("  - Also: %s", source(also))
		}
	}
	d.line("")
}

func (d *doc) starters() {
	d.line("## Conversation starters")
	d.line("")
	for _, t := range content.Topics {
		d.line("### %s", d.tr.T(content.TopicKey(t)))
		d.line("")
		for _, s := range content.Starters {
			if s.Topic != t {
				continue
			}
			var bands []string
			for _, b := range s.Bands {
				bands = append(bands, d.tr.T(content.BandKey(b)))
			}
			tags := strings.Join(bands, ", ")
			if s.Simple {
				tags += "; simple words"
			}
			if s.Crisis {
				tags += "; shows the crisis line"
			}
			d.line("- **%s** (%s)", d.tr.T(s.QuestionKey()), tags)
			d.line("  - Tip: %s", d.tr.T(s.TipKey()))
			d.line("  - Source: %s", source(s.Source))
		}
		d.line("")
	}
}

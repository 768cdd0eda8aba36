package content

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"family-online-safety/translations"
)

// Each region sees its own board's ratings: PEGI in the UK and Ireland,
// the ESRB in the US and Canada, the Classification Board in Australia and
// the Classification Office in New Zealand.
func TestBoardOfEachRegion(t *testing.T) {
	t.Parallel()
	want := map[Region]Board{
		RegionUK: BoardPEGI, RegionIE: BoardPEGI,
		RegionUS: BoardESRB, RegionCA: BoardESRB,
		RegionAU: BoardACB, RegionNZ: BoardNZ,
	}
	for _, r := range Regions {
		if got := BoardOf(r); got != want[r] {
			t.Errorf("%s: board %s, want %s", r, got, want[r])
		}
	}
}

// A 7-year-old, every game in the catalogue, every region: where the
// region's board has a checked rating the warning follows it; where it
// has none the app names no figure and sends the family to the box or
// the app store; a PEGI figure never reaches a region with another board.
func TestSevenYearOldAndEveryGameInEveryRegion(t *testing.T) {
	t.Parallel()
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	figure := regexp.MustCompile(`PEGI|\b(3|7|12|16|18)\b`)
	for _, r := range Regions {
		tr.SetRegion(r)
		for _, a := range Apps {
			if a.Kind != KindGame {
				continue
			}
			rt, rated := a.RatingIn(r)
			young := TooYoungIn(a, 7, r)
			switch {
			case rated:
				if BoardOf(r) != BoardPEGI {
					t.Errorf("%s in %s: a rating by %s that nobody has checked", a.ID, r, BoardOf(r))
				}
				if young != (7 < rt.MinAge) {
					t.Errorf("%s in %s: rated %s, too young at 7 = %v", a.ID, r, rt.Label, young)
				}
				if rt.Edition == "" || rt.Source.URL == "" || rt.Source.Checked == "" {
					t.Errorf("%s in %s: rating without edition, source or date: %+v", a.ID, r, rt)
				}
			default:
				if !a.RatingUnknownIn(r) {
					t.Errorf("%s in %s: no rating, but not sent to check the box", a.ID, r)
				}
				if young && a.MinAgeIn(r) == 0 {
					t.Errorf("%s in %s: too young at 7 on a rating the app does not know", a.ID, r)
				}
			}
			if r != RegionUK && r != RegionIE {
				if note := tr.T(a.RiskNoteKey()); figure.MatchString(note) {
					t.Errorf("%s in %s: the note names a rating figure: %q", a.ID, r, note)
				}
			}
		}
	}
}

// Roblox for a 7-year-old: PEGI 7 in the UK and Ireland, so old enough
// there; in the US, Canada, Australia and New Zealand no figure is known,
// so the family is told where to look instead of being told nothing.
func TestRobloxForASevenYearOld(t *testing.T) {
	t.Parallel()
	roblox := mustApp(t, "roblox")
	for _, r := range Regions {
		_, rated := roblox.RatingIn(r)
		wantRated := r == RegionUK || r == RegionIE
		if rated != wantRated || roblox.RatingUnknownIn(r) == wantRated {
			t.Errorf("Roblox in %s: rated %v, want %v", r, rated, wantRated)
		}
	}
}

// EA Sports FC: a new edition most years, so no figure; every region's
// note says to check the edition, and Australia's names its loot-box rule.
func TestEASportsFCNamesTheEditionNotAFigure(t *testing.T) {
	t.Parallel()
	fc := mustApp(t, "ea-sports-fc")
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Regions {
		tr.SetRegion(r)
		note := tr.T(fc.RiskNoteKey())
		if !strings.Contains(note, "edition") || regexp.MustCompile(`PEGI 3\b`).MatchString(note) {
			t.Errorf("%s: %q", r, note)
		}
		if r == RegionAU && !strings.Contains(note, "22 September 2024") {
			t.Errorf("AU: the note should give the loot-box rule: %q", note)
		}
		if slices.Contains([]Region{RegionUS, RegionCA, RegionAU, RegionNZ}, r) && strings.Contains(note, "PEGI") {
			t.Errorf("%s: the note names PEGI: %q", r, note)
		}
	}
}

// Australia's list of age-restricted platforms is eSafety's whole list,
// Kick included, and every catalogue app that is 16+ there is on it.
func TestAustraliasListIsWhole(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"Facebook", "Instagram", "Kick", "Reddit", "Snapchat", "Threads", "TikTok", "Twitch", "X", "YouTube"} {
		if !slices.Contains(AURestrictedPlatforms, name) {
			t.Errorf("%s is missing from Australia's list", name)
		}
	}
	for _, a := range Apps {
		name, _, _ := strings.Cut(a.Name, " (")
		if a.MinAgeIn(RegionAU) == 16 && !slices.Contains(AURestrictedPlatforms, name) {
			t.Errorf("%s is 16+ in Australia but not on the list", a.Name)
		}
	}
	if !strings.Contains(SrcAUMinAge.URL, "social-media-age-restrictions") {
		t.Errorf("Australia's minimum age cites %q, not eSafety's page on the restrictions", SrcAUMinAge.URL)
	}
}

// The only game ratings the catalogue states are the ones FACTS.md gives,
// all PEGI: Roblox 7, Minecraft 7 and Fortnite 12. Every other game and
// board has no figure, so the card says to check the box or the store.
func TestOnlyTheRatingsFACTSStatesAreStored(t *testing.T) {
	t.Parallel()
	facts := map[string]string{"roblox": "7", "minecraft": "7", "fortnite": "12"}
	for _, a := range Apps {
		for board, r := range a.Ratings {
			if board != BoardPEGI || facts[a.ID] != r.Label {
				t.Errorf("%s: %s rating %q is not in FACTS.md", a.ID, board, r.Label)
			}
		}
		if want, ok := facts[a.ID]; ok {
			if r, _ := a.RatingIn(RegionUK); r.Label != want {
				t.Errorf("%s: PEGI %q, FACTS.md gives %s", a.ID, r.Label, want)
			}
		}
	}
}

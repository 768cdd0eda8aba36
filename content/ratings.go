package content

import (
	"net/url"
	"strconv"
	"strings"
)

// Game ratings follow the family's region: PEGI in the UK and Ireland,
// the ESRB in the United States and Canada, the Classification Board in
// Australia and the Classification Office's labels in New Zealand. A
// rating is stated only where its source has been checked; elsewhere the
// app names no figure and says where to look (the box or the app store).

// Board is a body that rates games for age.
type Board string

// The boards, one per group of regions.
const (
	BoardPEGI Board = "pegi" // UK and Ireland
	BoardESRB Board = "esrb" // United States and Canada
	BoardACB  Board = "acb"  // Australia's Classification Board
	BoardNZ   Board = "nzco" // New Zealand's Classification Office
)

// Boards lists every board.
var Boards = []Board{BoardPEGI, BoardESRB, BoardACB, BoardNZ}

// BoardKey is the translation key of a board's name.
func BoardKey(b Board) string { return "board." + string(b) }

// BoardOf is the board whose ratings families in region r see.
func BoardOf(r Region) Board {
	switch r.OrDefault() {
	case RegionUS, RegionCA:
		return BoardESRB
	case RegionAU:
		return BoardACB
	case RegionNZ:
		return BoardNZ
	}
	return BoardPEGI
}

// Rating is one board's rating of one edition of a title.
type Rating struct {
	Label string // as the board writes it: "7", "12", "M", "R13"
	// MinAge is the age the rating restricts or advises the game to; 0
	// for a rating that sets no age.
	MinAge  int
	Edition string // the edition or version the rating belongs to
	Source  Source
}

// RatingIn is the title's rating by the board of region r, and whether it
// is known. A game whose rating there is not verified has none: the app
// then says to check the box or the app store.
func (a App) RatingIn(r Region) (Rating, bool) {
	rt, ok := a.Ratings[BoardOf(r)]
	return rt, ok && rt.Label != ""
}

// RatingUnknownIn reports whether a is a game whose rating in region r the
// app does not know, so it must send the family to the box or the store.
func (a App) RatingUnknownIn(r Region) bool {
	if a.Kind != KindGame || a.Discontinued {
		return false
	}
	_, ok := a.RatingIn(r)
	return !ok
}

// checkedRatings is when the ratings were compared with their sources.
const checkedRatings Checked = "2026-12"

// pegi is a PEGI rating of one edition, with the PEGI database's page
// for the title as its source.
func pegi(age int, title, edition string) Rating {
	return Rating{Label: strconv.Itoa(age), MinAge: age, Edition: edition, Source: pegiSource(title)}
}

// pegiSource is the PEGI database's search page for a title, which shows
// each edition's rating and content descriptors (such as in-game
// purchases).
func pegiSource(title string) Source {
	return Source{
		Name:    "PEGI rating search: " + title,
		URL:     pegiSearch + "search-pegi?q=" + url.QueryEscape(title),
		Checked: checkedRatings,
	}
}

// pegiSearch is where pegiSource's pages start.
const pegiSearch = "https://pegi.info/"

// SourceIn is the source the card of a in region r names, and whether it
// names one: a game's PEGI search page is named only where PEGI rates
// games, since elsewhere no PEGI figure is shown.
func (a App) SourceIn(r Region) (Source, bool) {
	if s, ok := a.RegionSources[r]; ok {
		return s, true
	}
	if strings.HasPrefix(a.Source.URL, pegiSearch) && BoardOf(r) != BoardPEGI {
		return Source{}, false
	}
	return a.Source, true
}

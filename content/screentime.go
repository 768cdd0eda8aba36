package content

// Age-based starting points for the family agreement: screen-time limits,
// device-free times and places, each from a named health body. The app
// offers them as suggestions the family accepts or changes, never as rules.
// The words are in translations/agreement.*.toml under TextKey (and
// LabelKey for a device-free time).

// screenTimeChecked is when these were last compared with their sources.
const screenTimeChecked Checked = "2026-11"

// The guidance the suggestions follow.
var (
	srcWHO2019 = Source{Name: "World Health Organization (2019)",
		URL:     "https://www.who.int/publications/i/item/9789241550536",
		Checked: screenTimeChecked}
	srcAAP2016 = Source{Name: "American Academy of Pediatrics (2016), Media and Young Minds",
		URL:     "https://publications.aap.org/pediatrics/article/138/5/e20162591/60503/Media-and-Young-Minds",
		Checked: screenTimeChecked}
	// Pediatrics 2016;138(5):e20162592, for ages 6 and over.
	srcAAP2016School = Source{Name: "American Academy of Pediatrics (2016), Media Use in School-Aged Children and Adolescents",
		URL:     "https://doi.org/10.1542/peds.2016-2592",
		Checked: screenTimeChecked}
	srcCMO2019 = Source{Name: "UK Chief Medical Officers (2019)",
		URL:     "https://www.gov.uk/government/publications/uk-cmo-commentary-on-screen-time-and-social-media-map-of-reviews",
		Checked: screenTimeChecked}
	srcRCPCH2019 = Source{Name: "Royal College of Paediatrics and Child Health (2019)",
		URL:     "https://www.rcpch.ac.uk/resources/health-impacts-screen-time-guide-clinicians-parents",
		Checked: screenTimeChecked}
)

// alsoCMO cites the UK CMOs for the overnight part of a bedtime window.
var alsoCMO = []Source{srcCMO2019}

// SuggestionKind says what accepting a suggestion does.
type SuggestionKind string

// The kinds of suggestion.
const (
	SuggestLimit  SuggestionKind = "limit"  // set the child's daily limit to Minutes, every day
	SuggestWindow SuggestionKind = "window" // add a device-free time for the child
	SuggestPlace  SuggestionKind = "place"  // switch on a built-in device-free place
	SuggestNote   SuggestionKind = "note"   // advice to talk about; nothing to apply
)

// ScreenTimeSuggestion is one age-based starting point.
type ScreenTimeSuggestion struct {
	ID     string // stable, lowercase; part of the translation keys
	MinAge int    // whole years, inclusive
	MaxAge int    // whole years, inclusive
	Kind   SuggestionKind
	// Minutes per day for SuggestLimit; 0 means no screen time.
	Minutes int
	// Start and End (minutes since midnight) for SuggestWindow: example
	// times the family changes to fit the child; End before Start runs
	// past midnight.
	Start, End int
	// Place is the built-in place key for SuggestPlace (as in data.BuiltinPlaces).
	Place string
	// Text names the message under "screentime.<Text>.text" (and
	// ".label"); suggestions that say the same thing for different ages
	// share it.
	Text   string
	Source Source
	// Also lists other sources the text cites, such as the UK Chief
	// Medical Officers for keeping devices out of the bedroom overnight.
	Also []Source
	// AlternativeTo names the suggestion this one differs from at the same
	// age; the text offers the two as a choice, not as two rules.
	AlternativeTo string
}

// TextKey is the translation key of the sentence shown to the family.
func (s ScreenTimeSuggestion) TextKey() string { return "screentime." + s.Text + ".text" }

// LabelKey is the translation key of a suggested device-free time's name.
func (s ScreenTimeSuggestion) LabelKey() string { return "screentime." + s.Text + ".label" }

// ScreenTimeSuggestions is the whole table, youngest first within each source.
var ScreenTimeSuggestions = []ScreenTimeSuggestion{
	// WHO 2019, children under 5.
	{ID: "who-under1", MinAge: 0, MaxAge: 0, Kind: SuggestLimit, Minutes: 0, Text: "who-under1", Source: srcWHO2019},
	{ID: "who-age1", MinAge: 1, MaxAge: 1, Kind: SuggestLimit, Minutes: 0, Text: "who-age1", Source: srcWHO2019},
	{ID: "who-2to4", MinAge: 2, MaxAge: 4, Kind: SuggestLimit, Minutes: 60, Text: "who-2to4", Source: srcWHO2019},

	// AAP 2016, Media and Young Minds.
	{ID: "aap-under2", MinAge: 0, MaxAge: 1, Kind: SuggestNote, Text: "aap-under2", Source: srcAAP2016},
	{ID: "aap-2to4", MinAge: 2, MaxAge: 4, Kind: SuggestLimit, Minutes: 60, Text: "aap-2to4", Source: srcAAP2016},
	// At 5 the AAP's hour a day and the CMOs' "no fixed limit" both
	// apply; the texts offer them as alternatives.
	{ID: "aap-age5", MinAge: 5, MaxAge: 5, Kind: SuggestLimit, Minutes: 60, Text: "aap-age5", Source: srcAAP2016, AlternativeTo: "cmo-age5"},
	{ID: "aap-6plus", MinAge: 6, MaxAge: 17, Kind: SuggestNote, Text: "aap-6plus", Source: srcAAP2016School},

	// UK Chief Medical Officers 2019.
	{ID: "cmo-age5", MinAge: 5, MaxAge: 5, Kind: SuggestNote, Text: "cmo-age5", Source: srcCMO2019, AlternativeTo: "aap-age5"},
	{ID: "cmo-no-fixed-limit", MinAge: 6, MaxAge: 17, Kind: SuggestNote, Text: "cmo-no-fixed-limit", Source: srcCMO2019},
	{ID: "cmo-mealtimes", MinAge: 0, MaxAge: 17, Kind: SuggestPlace, Place: "dinner-table", Text: "cmo-mealtimes", Source: srcCMO2019},
	{ID: "cmo-bedroom", MinAge: 0, MaxAge: 17, Kind: SuggestPlace, Place: "bedrooms-night", Text: "cmo-bedroom", Source: srcCMO2019},
	{ID: "cmo-breaks", MinAge: 5, MaxAge: 17, Kind: SuggestNote, Text: "cmo-breaks", Source: srcCMO2019},

	// The overnight windows join two pieces of advice, and the text says
	// whose is whose: RCPCH 2019, no screens in the hour before bed; the UK
	// CMOs 2019, phones out of the bedroom at night. The times are examples
	// by age; the text asks the family to set their own.
	{ID: "rcpch-bed-under5", MinAge: 0, MaxAge: 4, Kind: SuggestWindow, Start: 18 * 60, End: 7 * 60, Text: "rcpch-bed", Source: srcRCPCH2019, Also: alsoCMO},
	{ID: "rcpch-bed-5to10", MinAge: 5, MaxAge: 10, Kind: SuggestWindow, Start: 19 * 60, End: 7 * 60, Text: "rcpch-bed", Source: srcRCPCH2019, Also: alsoCMO},
	{ID: "rcpch-bed-11to13", MinAge: 11, MaxAge: 13, Kind: SuggestWindow, Start: 20 * 60, End: 7 * 60, Text: "rcpch-bed", Source: srcRCPCH2019, Also: alsoCMO},
	{ID: "rcpch-bed-14plus", MinAge: 14, MaxAge: 17, Kind: SuggestWindow, Start: 21 * 60, End: 7 * 60, Text: "rcpch-bed", Source: srcRCPCH2019, Also: alsoCMO},
}

// ScreenTimeFor returns the suggestions for a child of the given age in
// whole years, in table order. Anyone over 17 gets the 17-year-old's.
func ScreenTimeFor(age int) []ScreenTimeSuggestion {
	age = min(max(age, 0), 17)
	var out []ScreenTimeSuggestion
	for _, s := range ScreenTimeSuggestions {
		if age >= s.MinAge && age <= s.MaxAge {
			out = append(out, s)
		}
	}
	return out
}

package content

import (
	"family-online-safety/translations"

	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

const (
	minPerBand       = 18
	minPerTopic      = 8
	minSimplePerBand = 4
	minStarters      = 130
	maxTipRunesEN    = 220
	// maxSimpleQuestionEN keeps "simple words" questions short.
	maxSimpleQuestionEN = 100
)

// youngWords must not appear in a starter for under-5s or 5 to 7s: at that
// age starters keep to body-safety ideas ("tell a grown-up").
var youngWords = []string{"nude", "naked", "sex", "deepfake", "drug", "gang", "groom", "exploit", "blackmail", "ceop", "clothes off"}

// olderWords mark topics (nudes, sextortion, deepfakes, county lines) that
// belong to starters for 11 and over.
var olderWords = []string{"nude", "naked", "sextortion", "deepfake", "drug", "gang", "'job'"}

func TestStarterCount(t *testing.T) {
	t.Parallel()
	if len(Starters) < minStarters {
		t.Errorf("have %d starters, want at least %d", len(Starters), minStarters)
	}
}

func TestStarterIDsUniqueAndWellFormed(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, s := range Starters {
		if !idPattern.MatchString(s.ID) {
			t.Errorf("starter id %q: want lowercase words of [a-z0-9] joined by single hyphens", s.ID)
		}
		if seen[s.ID] {
			t.Errorf("starter id %q is used twice", s.ID)
		}
		seen[s.ID] = true
	}
}

func TestStarterMetadata(t *testing.T) {
	t.Parallel()
	for _, s := range Starters {
		if len(s.Bands) == 0 || len(s.Bands) > 3 {
			t.Errorf("%s: has %d bands, want 1 to 3", s.ID, len(s.Bands))
		}
		prev := -1
		for _, b := range s.Bands {
			i := slices.Index(Bands, b)
			if i < 0 {
				t.Errorf("%s: unknown band %q", s.ID, b)
				continue
			}
			if prev >= 0 && i != prev+1 {
				t.Errorf("%s: bands %v are not adjacent and youngest first", s.ID, s.Bands)
			}
			prev = i
		}
		if !slices.Contains(Topics, s.Topic) {
			t.Errorf("%s: unknown topic %q", s.ID, s.Topic)
		}
		src := s.Source
		if strings.TrimSpace(src.Name) == "" {
			t.Errorf("%s: source has no name", s.ID)
		}
		if !strings.HasPrefix(src.URL, "https://") {
			t.Errorf("%s: source URL %q is not https", s.ID, src.URL)
		}
		if !checkedPattern.MatchString(string(src.Checked)) {
			t.Errorf("%s: source checked date %q, want YYYY-MM", s.ID, src.Checked)
		}
		if src == srcCMO && s.Topic != TopicScreenTime {
			t.Errorf("%s: the Chief Medical Officers' commentary is cited for screen time only, not %q", s.ID, s.Topic)
		}
	}
}

func TestStarterCoverage(t *testing.T) {
	t.Parallel()
	perBand := map[Band]int{}
	simplePerBand := map[Band]int{}
	perTopic := map[Topic]int{}
	for _, s := range Starters {
		for _, b := range s.Bands {
			perBand[b]++
			if s.Simple {
				simplePerBand[b]++
			}
		}
		perTopic[s.Topic]++
	}
	for _, b := range Bands {
		if perBand[b] < minPerBand {
			t.Errorf("band %s has %d starters, want at least %d", b, perBand[b], minPerBand)
		}
		if simplePerBand[b] < minSimplePerBand {
			t.Errorf("band %s has %d simple-words starters, want at least %d", b, simplePerBand[b], minSimplePerBand)
		}
	}
	for _, tp := range Topics {
		if perTopic[tp] < minPerTopic {
			t.Errorf("topic %s has %d starters, want at least %d", tp, perTopic[tp], minPerTopic)
		}
	}
	t.Logf("per band: %v; simple per band: %v; per topic: %v", perBand, simplePerBand, perTopic)
}

// wantedKeys lists every key the starter library needs in each file.
func wantedKeys() []string {
	var keys []string
	for _, s := range Starters {
		keys = append(keys, s.QuestionKey(), s.TipKey())
	}
	for _, tp := range Topics {
		keys = append(keys, TopicKey(tp))
	}
	for _, b := range Bands {
		keys = append(keys, BandKey(b))
	}
	return keys
}

func TestStarterEnglishTipsShort(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "starters", "en")
	for _, s := range Starters {
		for _, r := range append([]Region{""}, Regions...) {
			key := s.TipKey()
			if r != "" {
				key = translations.VariantKey(key, r.Code())
			}
			if n := utf8.RuneCountInString(en[key]); n > maxTipRunesEN {
				t.Errorf("%s: English tip %s has %d characters, want at most %d", s.ID, key, n, maxTipRunesEN)
			}
		}
	}
}

func TestStarterSimpleQuestionsShort(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "starters", "en")
	for _, s := range Starters {
		if !s.Simple {
			continue
		}
		if n := utf8.RuneCountInString(en[s.QuestionKey()]); n > maxSimpleQuestionEN {
			t.Errorf("%s: simple-words question has %d characters, want at most %d", s.ID, n, maxSimpleQuestionEN)
		}
	}
}

func TestStarterWordsSuitAge(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "starters", "en")
	for _, s := range Starters {
		text := strings.ToLower(en[s.QuestionKey()] + " " + en[s.TipKey()])
		if s.HasBand(BandUnder5) || s.HasBand(Band5to7) {
			for _, w := range youngWords {
				if strings.Contains(text, w) {
					t.Errorf("%s: starter for young children mentions %q", s.ID, w)
				}
			}
		}
		if s.HasBand(Band8to10) {
			for _, w := range olderWords {
				if strings.Contains(text, w) {
					t.Errorf("%s: starter for 8 to 10 mentions %q, which belongs to 11 and over", s.ID, w)
				}
			}
		}
	}
}

func TestStarterHasBand(t *testing.T) {
	t.Parallel()
	s := Starter{ID: "x", Bands: []Band{Band8to10, Band11to12}}
	tests := []struct {
		band Band
		want bool
	}{
		{BandUnder5, false},
		{Band5to7, false},
		{Band8to10, true},
		{Band11to12, true},
		{Band13to15, false},
		{Band16to17, false},
		{Band("unknown"), false},
	}
	for _, tt := range tests {
		if got := s.HasBand(tt.band); got != tt.want {
			t.Errorf("HasBand(%q) = %v, want %v", tt.band, got, tt.want)
		}
	}
	if (Starter{}).HasBand(Band8to10) {
		t.Error("a starter with no bands reports a band")
	}
}

func TestStarterByID(t *testing.T) {
	t.Parallel()
	first := Starters[0]
	last := Starters[len(Starters)-1]
	tests := []struct {
		id     string
		wantOK bool
		want   Starter
	}{
		{first.ID, true, first},
		{last.ID, true, last},
		{"", false, Starter{}},
		{"no-such-starter", false, Starter{}},
		{strings.ToUpper(first.ID), false, Starter{}},
	}
	for _, tt := range tests {
		got, ok := StarterByID(tt.id)
		if ok != tt.wantOK {
			t.Errorf("StarterByID(%q) ok = %v, want %v", tt.id, ok, tt.wantOK)
			continue
		}
		if ok && got.ID != tt.want.ID {
			t.Errorf("StarterByID(%q) = %q, want %q", tt.id, got.ID, tt.want.ID)
		}
	}
}

func TestStarterKeys(t *testing.T) {
	t.Parallel()
	s := Starter{ID: "games-favourite-play-together"}
	if got, want := s.QuestionKey(), "starter.games-favourite-play-together.question"; got != want {
		t.Errorf("QuestionKey() = %q, want %q", got, want)
	}
	if got, want := s.TipKey(), "starter.games-favourite-play-together.tip"; got != want {
		t.Errorf("TipKey() = %q, want %q", got, want)
	}
	if got, want := TopicKey(TopicScreenTime), "topic.screen-time"; got != want {
		t.Errorf("TopicKey() = %q, want %q", got, want)
	}
	if got, want := BandKey(Band13to15), "band.13-15"; got != want {
		t.Errorf("BandKey() = %q, want %q", got, want)
	}
}

func TestStarterTranslations(t *testing.T) { checkCatalogueTexts(t, "starters", wantedKeys()) }

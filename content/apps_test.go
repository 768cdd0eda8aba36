package content

import (
	"slices"
	"strings"
	"testing"
)

// appWantedKeys lists every key the catalogue needs a text for.
func appWantedKeys() []string {
	var keys []string
	for _, k := range Kinds {
		keys = append(keys, KindKey(k))
	}
	for _, f := range Features {
		keys = append(keys, FeatureKey(f))
	}
	for _, b := range Boards {
		keys = append(keys, BoardKey(b))
	}
	for _, a := range Apps {
		keys = append(keys, a.RiskNoteKey())
		for _, s := range a.Settings {
			keys = append(keys, a.SettingKey(s))
		}
		if a.Discontinued {
			keys = append(keys, a.DiscontinuedKey())
		}
	}
	return keys
}

func TestAppsCount(t *testing.T) {
	t.Parallel()
	if len(Apps) < 32 {
		t.Errorf("catalogue has %d apps, want at least 32", len(Apps))
	}
}

func TestAppsIDsUniqueAndWellFormed(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for _, a := range Apps {
		if !idPattern.MatchString(a.ID) {
			t.Errorf("app id %q does not match %s", a.ID, idPattern)
		}
		if seen[a.ID] {
			t.Errorf("app id %q used twice", a.ID)
		}
		seen[a.ID] = true
	}
}

func TestAppsFields(t *testing.T) {
	t.Parallel()
	pegi := []string{"3", "7", "12", "16", "18"}
	for _, a := range Apps {
		if strings.TrimSpace(a.Name) == "" {
			t.Errorf("%s: no Name", a.ID)
		}
		if !slices.Contains(Kinds, a.Kind) {
			t.Errorf("%s: unknown kind %q", a.ID, a.Kind)
		}
		if rt, ok := a.Ratings[BoardPEGI]; ok && !slices.Contains(pegi, rt.Label) {
			t.Errorf("%s: PEGI %q is not a PEGI rating", a.ID, rt.Label)
		}
		if a.MinAge < 0 || a.MinAge > 18 {
			t.Errorf("%s: MinAge %d out of range", a.ID, a.MinAge)
		}
		for _, f := range a.Features {
			if !slices.Contains(Features, f) {
				t.Errorf("%s: unknown feature %q", a.ID, f)
			}
		}
		if len(a.Features) != len(uniqueFeatures(a.Features)) {
			t.Errorf("%s: a feature is listed twice", a.ID)
		}
		if !a.Discontinued && len(a.Settings) == 0 {
			t.Errorf("%s: no settings to check", a.ID)
		}
		settings := map[string]bool{}
		for _, s := range a.Settings {
			if !idPattern.MatchString(s) {
				t.Errorf("%s: setting id %q does not match %s", a.ID, s, idPattern)
			}
			if settings[s] {
				t.Errorf("%s: setting %q listed twice", a.ID, s)
			}
			settings[s] = true
		}
		src := a.Source
		if strings.TrimSpace(src.Name) == "" {
			t.Errorf("%s: source has no Name", a.ID)
		}
		if src.URL != "" && (!strings.HasPrefix(src.URL, "https://") || len(src.URL) <= len("https://")) { // none: the organisation is the source
			t.Errorf("%s: source URL %q is not an https address", a.ID, src.URL)
		}
		if !checkedPattern.MatchString(string(src.Checked)) {
			t.Errorf("%s: source Checked %q is not YYYY-MM", a.ID, src.Checked)
		}
	}
}

func uniqueFeatures(fs []Feature) map[Feature]bool {
	m := map[Feature]bool{}
	for _, f := range fs {
		m[f] = true
	}
	return m
}

func TestAppsKnownFacts(t *testing.T) {
	t.Parallel()
	for _, id := range []string{"skype", "houseparty"} {
		a, ok := AppByID(id)
		if !ok {
			t.Errorf("%s missing from the catalogue", id)
			continue
		}
		if !a.Discontinued {
			t.Errorf("%s should be marked discontinued", id)
		}
	}
	for _, id := range []string{"tiktok", "instagram", "snapchat", "whatsapp", "discord", "youtube"} {
		a, ok := AppByID(id)
		if !ok {
			t.Errorf("%s missing from the catalogue", id)
			continue
		}
		if a.MinAge != 13 {
			t.Errorf("%s MinAge = %d, want 13", id, a.MinAge)
		}
	}
	for id, want := range map[string]int{"roblox": 7, "minecraft": 7, "fortnite": 12} {
		a, ok := AppByID(id)
		if !ok {
			t.Errorf("%s missing from the catalogue", id)
			continue
		}
		if rt, ok := a.RatingIn(RegionUK); !ok || rt.MinAge != want {
			t.Errorf("%s PEGI = %+v, want %d", id, rt, want)
		}
	}
	if _, ok := AppByID("no-such-app"); ok {
		t.Error("AppByID found an app that does not exist")
	}
}

func TestAppsKeys(t *testing.T) {
	t.Parallel()
	a := App{ID: "demo"}
	for got, want := range map[string]string{
		a.RiskNoteKey():             "app.demo.risk",
		a.SettingKey("dm-off"):      "app.demo.setting.dm-off",
		a.DiscontinuedKey():         "app.demo.discontinued",
		FeatureKey(FeatureLocation): "feature.location-sharing",
		KindKey(KindGaming):         "kind.gaming-platform",
	} {
		if got != want {
			t.Errorf("key %q, want %q", got, want)
		}
	}
}

func TestTooYoung(t *testing.T) {
	t.Parallel()
	noAge := App{ID: "no-age"}
	both := App{ID: "both", Kind: KindGame, MinAge: 13, Ratings: map[Board]Rating{BoardPEGI: {Label: "16", MinAge: 16}}}
	tests := []struct {
		app  string
		a    App
		age  int
		want bool
	}{
		{"tiktok", mustApp(t, "tiktok"), 12, true},
		{"tiktok", mustApp(t, "tiktok"), 13, false},
		{"roblox", mustApp(t, "roblox"), 6, true},
		{"roblox", mustApp(t, "roblox"), 7, false},
		{"fortnite", mustApp(t, "fortnite"), 11, true},
		{"fortnite", mustApp(t, "fortnite"), 12, false},
		{"no-age", noAge, 0, false},
		{"no-age", noAge, 3, false},
		{"both", both, 15, true},
		{"both", both, 16, false},
	}
	for _, tt := range tests {
		if got := TooYoungIn(tt.a, tt.age, RegionUK); got != tt.want {
			t.Errorf("TooYoungIn(%s, %d, GB) = %v, want %v", tt.app, tt.age, got, tt.want)
		}
	}
	if got := both.EffectiveMinAgeIn(RegionUK); got != 16 {
		t.Errorf("EffectiveMinAgeIn = %d, want 16", got)
	}
}

// A 14-year-old may hold a TikTok, Instagram or YouTube account in the UK
// (13+), but not in Australia, where the law sets 16 for the platforms
// eSafety lists; WhatsApp, Discord and Roblox are not on that list.
func TestFourteenYearOldInTheUKAndAustralia(t *testing.T) {
	t.Parallel()
	tests := []struct {
		app    string
		region Region
		minAge int
		young  bool
	}{
		{"tiktok", RegionUK, 13, false},
		{"tiktok", RegionAU, 16, true},
		{"instagram", RegionAU, 16, true},
		{"snapchat", RegionAU, 16, true},
		{"youtube", RegionAU, 16, true},
		{"facebook", RegionAU, 16, true},
		{"x", RegionAU, 16, true},
		{"threads", RegionAU, 16, true},
		{"reddit", RegionAU, 16, true},
		{"twitch", RegionAU, 16, true},
		{"youtube", RegionUK, 13, false},
		{"youtube", RegionUS, 13, false},
		{"youtube-kids", RegionAU, 0, false},
		{"whatsapp", RegionAU, 13, false},
		{"discord", RegionAU, 13, false},
		{"messenger", RegionAU, 13, false},
		{"roblox", RegionAU, 0, false},
	}
	for _, tt := range tests {
		a := mustApp(t, tt.app)
		if got := a.MinAgeIn(tt.region); got != tt.minAge {
			t.Errorf("%s in %s: minimum age %d, want %d", tt.app, tt.region, got, tt.minAge)
		}
		if got := TooYoungIn(a, 14, tt.region); got != tt.young {
			t.Errorf("%s in %s: too young at 14 = %v, want %v", tt.app, tt.region, got, tt.young)
		}
	}
	// Every other region keeps the terms' age.
	for _, a := range Apps {
		for _, r := range Regions {
			if r != RegionAU && a.MinAgeIn(r) != a.MinAge {
				t.Errorf("%s in %s: minimum age %d, want the terms' %d", a.ID, r, a.MinAgeIn(r), a.MinAge)
			}
		}
	}
}

func mustApp(t *testing.T, id string) App {
	t.Helper()
	a, ok := AppByID(id)
	if !ok {
		t.Fatalf("%s missing from the catalogue", id)
	}
	return a
}

// The discontinued note exists only for discontinued apps; a stray one
// would also show up as an orphan key, but this names the cause.
func TestAppsDiscontinuedOnlyWhenClosed(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "apps", "en")
	for _, a := range Apps {
		_, has := en[a.DiscontinuedKey()]
		if has != a.Discontinued {
			t.Errorf("%s: Discontinued=%v but discontinued text present=%v", a.ID, a.Discontinued, has)
		}
	}
}

func TestAppsTranslations(t *testing.T) { checkCatalogueTexts(t, "apps", appWantedKeys()) }

package content

// "At this age": for each age band, a few short notes on what children of
// that age meet online and what to look out for, each from a named source
// and linking to the starter topics and catalogue apps that suit it. The
// words are in translations/growing.*.toml under TextKey, with region
// variants ("<key>@AU") where a note names an age that differs there.
// Only what FACTS.md and the family's seed pages support is said: no
// figures from surveys.

// checkedGuide is when the guide was last compared with its sources.
const checkedGuide Checked = "2026-11"

// Sources only the guide uses.
var (
	srcGuideWHO = Source{Name: srcWHO2019.Name, URL: srcWHO2019.URL, Checked: checkedGuide}
	srcGuideAAP = Source{Name: srcAAP2016.Name, URL: srcAAP2016.URL, Checked: checkedGuide}
	srcGuideCMO = Source{Name: srcCMO2019.Name, URL: srcCMO2019.URL, Checked: checkedGuide}
	// srcGuideAAPSchool is the AAP's advice for ages 6 and over.
	srcGuideAAPSchool = Source{Name: srcAAP2016School.Name, URL: srcAAP2016School.URL, Checked: checkedGuide}
	srcGuideVVU       = Source{Name: srcVVU.Name, Checked: checkedGuide}
	// srcSafeAndSound is the seed page on children with special
	// educational needs and disabilities trusting people online. The note
	// citing it gives its advice only, with no claim of fact: the page has
	// no address to check a claim against.
	srcSafeAndSound = Source{Name: "Safe and Sound (Derby)", Checked: checkedGuide}
	// srcNCASextortion is the NCA's alert to UK schools of 29 April 2024,
	// as the UK Safer Internet Centre published it that day.
	srcNCASextortion = Source{Name: "National Crime Agency alert to UK schools on sextortion (29 April 2024), via the UK Safer Internet Centre",
		URL: "https://saferinternet.org.uk/blog/national-crime-agency-issues-financially-motivated-sexual-extortion-alert-to-uk-schools", Checked: checkedRatings}
	// srcUKImageLaw is the UK law on indecent images of under-18s.
	srcUKImageLaw = Source{Name: "Protection of Children Act 1978", URL: "https://www.legislation.gov.uk/ukpga/1978/37", Checked: checkedRatings}
	// srcRobloxChat is Roblox's own age checks for chat, worldwide from
	// January 2026 (FACTS.md). FACTS.md gives no page for it, so the
	// company is named without a link.
	srcRobloxChat = Source{Name: "Roblox, age checks for chat (January 2026)", Checked: checkedRatings}
	srcGuidePEGI  = Source{Name: "PEGI, interactive risks in ratings from June 2026", Checked: checkedGuide}
	// srcGuideAULootBoxes is Australia's minimum classifications for
	// games with paid loot boxes (M) and simulated gambling (R18+).
	srcGuideAULootBoxes = Source{Name: "Australian Government, mandatory minimum classifications for gambling-like game content",
		URL: "https://www.infrastructure.gov.au/department/media/news/new-mandatory-minimum-classifications-gambling-games-content", Checked: checkedRatings}
	srcGuideESRB = Source{Name: "ESRB ratings guide", URL: "https://www.esrb.org/ratings-guide/", Checked: checkedRatings}
	srcGuideApps = Source{Name: srcAppTerms.Name, Checked: checkedGuide}
	srcDiscord   = Source{Name: "Discord terms of service", URL: "https://discord.com/terms", Checked: checkedGuide}
)

// pegiRegions cite PEGI, and Australia its own rules, for a note about
// game ratings.
var pegiRegions = map[Region]Source{RegionUK: srcGuidePEGI, RegionIE: srcGuidePEGI, RegionAU: srcGuideAULootBoxes}

// GuideNote is one note of the "At this age" guide.
type GuideNote struct {
	ID     string // stable, lowercase; part of the translation key
	Bands  []Band // the bands it is shown for, youngest first
	Topics []Topic
	Apps   []string // catalogue ids the note is about
	Source Source
	// Also lists other bodies the general text quotes or relies on.
	Also []Source
	// RegionSources replace Source (and Also) where the note has a
	// region's variant; RegionAlso adds to them.
	RegionSources map[Region]Source
	RegionAlso    map[Region][]Source
}

// SourceIn is the main source of the text a family in region r reads.
func (g GuideNote) SourceIn(r Region) Source { return sourceIn(g.Source, g.RegionSources, r) }

// SourcesIn lists every source of the text a family in region r reads,
// the main one first.
func (g GuideNote) SourcesIn(r Region) []Source {
	if s, ok := g.RegionSources[r]; ok {
		return append([]Source{s}, g.RegionAlso[r]...)
	}
	return append([]Source{g.Source}, g.Also...)
}

// TextKey is the translation key of the note.
func (g GuideNote) TextKey() string { return "guide." + g.ID }

// Guide is the whole guide, youngest first.
var Guide = []GuideNote{
	{ID: "under5-screens", Bands: []Band{BandUnder5}, Topics: []Topic{TopicScreenTime, TopicVideoChat},
		Apps: []string{"youtube-kids", "facetime"}, Source: srcGuideWHO, Also: []Source{srcGuideAAP}},
	{ID: "talk-early", Bands: []Band{BandUnder5, Band5to7}, Topics: []Topic{TopicFeelings},
		Source: srcGuideCMO},
	{ID: "first-games", Bands: []Band{Band5to7, Band8to10}, Topics: []Topic{TopicGames, TopicMoney},
		Apps: []string{"roblox", "minecraft"}, Source: srcRobloxChat},
	{ID: "habits", Bands: []Band{Band5to7, Band8to10, Band11to12}, Topics: []Topic{TopicScreenTime},
		Source: srcGuideCMO},
	{ID: "chat-moves", Bands: []Band{Band8to10, Band11to12}, Topics: []Topic{TopicGames, TopicFriends},
		Apps: []string{"roblox", "fortnite", "discord"}, Source: srcDiscord},
	{ID: "video-live", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topics: []Topic{TopicVideoChat},
		Apps: []string{"facetime", "tiktok", "twitch"}, Source: termsOf("tiktok")[0]},
	{ID: "send-trust", Bands: []Band{Band8to10, Band11to12, Band13to15, Band16to17}, Topics: []Topic{TopicFriends, TopicPressure},
		Source: srcSafeAndSound},
	{ID: "pre-teen", Bands: []Band{Band11to12}, Topics: []Topic{TopicPressure, TopicSocialMedia},
		Source: srcGuideVVU},
	{ID: "too-young", Bands: []Band{Band11to12}, Topics: []Topic{TopicSocialMedia, TopicPrivacy},
		Apps: []string{"tiktok", "snapchat", "whatsapp"}, Source: srcGuideApps, Also: termsOf("tiktok", "snapchat", "whatsapp"), RegionSources: auMinAge},
	{ID: "teen-accounts", Bands: []Band{Band13to15}, Topics: []Topic{TopicSocialMedia, TopicPrivacy},
		Apps: []string{"tiktok", "instagram", "snapchat"}, Source: srcGuideApps, Also: termsOf("tiktok", "instagram", "snapchat"), RegionSources: auMinAge},
	{ID: "nudes-sextortion", Bands: []Band{Band13to15, Band16to17}, Topics: []Topic{TopicImages, TopicPressure},
		Apps: []string{"snapchat", "instagram"}, Source: srcNCASextortion,
		RegionSources: map[Region]Source{RegionUK: srcNCASextortion}, RegionAlso: map[Region][]Source{RegionUK: {srcUKImageLaw}}},
	{ID: "sixteen", Bands: []Band{Band16to17}, Topics: []Topic{TopicFriends, TopicSocialMedia},
		Apps: []string{"tiktok", "instagram"}, Source: srcGuideApps, Also: termsOf("tiktok", "instagram"), RegionSources: auMinAge},
	{ID: "pegi-risks", Bands: []Band{Band13to15, Band16to17}, Topics: []Topic{TopicMoney, TopicGames},
		Apps: []string{"ea-sports-fc", "fortnite"}, Source: srcGuideESRB, RegionSources: pegiRegions},
	{ID: "limits-school-age", Bands: []Band{Band13to15, Band16to17}, Topics: []Topic{TopicScreenTime},
		Source: srcGuideAAPSchool, Also: []Source{srcGuideCMO}},
}

// termsOf lists the catalogue's sources (the terms) of the apps a note
// names, so each age it states points at the page that states it.
func termsOf(ids ...string) []Source {
	var out []Source
	for _, id := range ids {
		if a, ok := AppByID(id); ok && a.Source.URL != "" {
			out = append(out, a.Source)
		}
	}
	return out
}

// GuideFor lists the notes for band b, in guide order.
func GuideFor(b Band) []GuideNote {
	var out []GuideNote
	for _, g := range Guide {
		for _, gb := range g.Bands {
			if gb == b {
				out = append(out, g)
			}
		}
	}
	return out
}

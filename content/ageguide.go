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
	srcGuideWHO  = Source{Name: srcWHO2019.Name, URL: srcWHO2019.URL, Checked: checkedGuide}
	srcGuideCMO  = Source{Name: srcCMO2019.Name, URL: srcCMO2019.URL, Checked: checkedGuide}
	srcGuideAAP  = Source{Name: srcAAP2016School.Name, URL: srcAAP2016School.URL, Checked: checkedGuide}
	srcGuidePEGI = Source{Name: "PEGI", URL: "https://pegi.info/", Checked: checkedGuide}
	srcGuideVVU  = Source{Name: srcVVU.Name, Checked: checkedGuide}
	// srcSafeAndSound is the seed page on children with special
	// educational needs and disabilities trusting people online.
	srcSafeAndSound = Source{Name: "Safe and Sound (Derby)", URL: "https://www.safeandsoundgroup.org.uk/", Checked: checkedGuide}
	// srcNCASextortion is the NCA's alert to UK schools of 29 April 2024.
	srcNCASextortion = Source{Name: "National Crime Agency, sextortion alert to schools (April 2024)", URL: "https://www.nationalcrimeagency.gov.uk/", Checked: checkedGuide}
	srcGuideApps     = Source{Name: srcAppTerms.Name, Checked: checkedGuide}
)

// GuideNote is one note of the "At this age" guide.
type GuideNote struct {
	ID     string // stable, lowercase; part of the translation key
	Bands  []Band // the bands it is shown for, youngest first
	Topics []Topic
	Apps   []string // catalogue ids the note is about
	Source Source
	// RegionSources replace Source where the note has a region's variant.
	RegionSources map[Region]Source
}

// SourceIn is the source of the text a family in region r reads.
func (g GuideNote) SourceIn(r Region) Source { return sourceIn(g.Source, g.RegionSources, r) }

// TextKey is the translation key of the note.
func (g GuideNote) TextKey() string { return "guide." + g.ID }

// Guide is the whole guide, youngest first.
var Guide = []GuideNote{
	{ID: "under5-screens", Bands: []Band{BandUnder5}, Topics: []Topic{TopicScreenTime, TopicVideoChat},
		Apps: []string{"youtube-kids", "facetime"}, Source: srcGuideWHO},
	{ID: "talk-early", Bands: []Band{BandUnder5, Band5to7}, Topics: []Topic{TopicFeelings},
		Source: srcGuideVVU},
	{ID: "first-games", Bands: []Band{Band5to7, Band8to10}, Topics: []Topic{TopicGames, TopicMoney},
		Apps: []string{"roblox", "minecraft"}, Source: srcGuidePEGI},
	{ID: "habits", Bands: []Band{Band5to7, Band8to10, Band11to12}, Topics: []Topic{TopicScreenTime},
		Source: srcGuideCMO},
	{ID: "chat-moves", Bands: []Band{Band8to10, Band11to12}, Topics: []Topic{TopicGames, TopicFriends},
		Apps: []string{"roblox", "fortnite", "discord"}, Source: srcGuideVVU},
	{ID: "video-live", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topics: []Topic{TopicVideoChat},
		Apps: []string{"facetime", "twitch"}, Source: srcGuideVVU},
	{ID: "send-trust", Bands: []Band{Band8to10, Band11to12, Band13to15, Band16to17}, Topics: []Topic{TopicFriends, TopicPressure},
		Source: srcSafeAndSound},
	{ID: "pre-teen", Bands: []Band{Band11to12}, Topics: []Topic{TopicPressure, TopicSocialMedia},
		Source: srcGuideVVU},
	{ID: "too-young", Bands: []Band{Band11to12}, Topics: []Topic{TopicSocialMedia, TopicPrivacy},
		Apps: []string{"tiktok", "snapchat", "whatsapp"}, Source: srcGuideApps, RegionSources: auMinAge},
	{ID: "teen-accounts", Bands: []Band{Band13to15}, Topics: []Topic{TopicSocialMedia, TopicPrivacy},
		Apps: []string{"tiktok", "instagram", "snapchat"}, Source: srcGuideApps, RegionSources: auMinAge},
	{ID: "nudes-sextortion", Bands: []Band{Band13to15, Band16to17}, Topics: []Topic{TopicImages, TopicPressure},
		Apps: []string{"snapchat", "instagram"}, Source: srcNCASextortion},
	{ID: "sixteen", Bands: []Band{Band16to17}, Topics: []Topic{TopicFriends, TopicSocialMedia},
		Apps: []string{"tiktok", "instagram"}, Source: srcGuideApps, RegionSources: auMinAge},
	{ID: "pegi-risks", Bands: []Band{Band13to15, Band16to17}, Topics: []Topic{TopicMoney, TopicGames},
		Apps: []string{"ea-sports-fc", "fortnite"}, Source: srcGuidePEGI},
	{ID: "limits-school-age", Bands: []Band{Band13to15, Band16to17}, Topics: []Topic{TopicScreenTime},
		Source: srcGuideAAP},
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

package content

// Feature is something an app or game can do that carries a risk for a
// child: talking to strangers, showing where they are, spending money.
type Feature string

// The features the catalogue tracks.
const (
	FeatureStrangerChat    Feature = "stranger-chat"
	FeatureDirectMessages  Feature = "direct-messages"
	FeatureLivestreaming   Feature = "livestreaming"
	FeatureLocation        Feature = "location-sharing"
	FeatureDisappearing    Feature = "disappearing-messages"
	FeaturePurchases       Feature = "in-app-purchases"
	FeatureVoiceChat       Feature = "voice-chat"
	FeatureVideoChat       Feature = "video-chat"
	FeatureAlgorithmicFeed Feature = "endless-feed"
)

// Features lists every feature, in the order the app shows them.
var Features = []Feature{
	FeatureStrangerChat,
	FeatureDirectMessages,
	FeatureLivestreaming,
	FeatureLocation,
	FeatureDisappearing,
	FeaturePurchases,
	FeatureVoiceChat,
	FeatureVideoChat,
	FeatureAlgorithmicFeed,
}

// FeatureKey is the translation key of a feature's name.
func FeatureKey(f Feature) string { return "feature." + string(f) }

// Kind is what sort of service an app is.
type Kind string

// The kinds of app in the catalogue.
const (
	KindSocial    Kind = "social"
	KindMessaging Kind = "messaging"
	KindVideo     Kind = "video"
	KindGame      Kind = "game"
	KindGaming    Kind = "gaming-platform"
)

// Kinds lists every kind.
var Kinds = []Kind{KindSocial, KindMessaging, KindVideo, KindGame, KindGaming}

// KindKey is the translation key of a kind's name.
func KindKey(k Kind) string { return "kind." + string(k) }

// App is one app, game or gaming platform in the catalogue. Its texts (the
// note for parents, the setting labels) live in translations/apps.*.toml.
type App struct {
	ID   string
	Name string // brand name, not translated
	Kind Kind
	// MinAge is the minimum age in the service's terms, or 0 when the terms
	// set none for a child using it under a parent's supervision (or the
	// service has closed).
	MinAge int
	// RegionalMinAge is a higher minimum age set by a region's law, such
	// as Australia's under-16 rule; MinAgeIn applies it.
	RegionalMinAge map[Region]int
	// Ratings holds the game's rating by each board that has been checked,
	// with the edition it belongs to; see RatingIn.
	Ratings map[Board]Rating
	// YearlyEditions marks a title with a new edition each year, which may
	// be rated differently from the last (PEGI has rated interactive risks
	// since June 2026; Australia rates loot boxes since September 2024).
	YearlyEditions bool
	// AdultAccount marks a service whose account only an adult can hold;
	// children use a profile on it.
	AdultAccount bool
	Discontinued bool
	Features     []Feature
	Settings     []string // setting ids; labels in translations
	Source       Source
	// RegionSources replace Source in the regions listed, where Source
	// is one country's page (see SourceIn).
	RegionSources map[Region]Source
}

// otherThanUKIE gives s to every region but the UK and Ireland.
func otherThanUKIE(s Source) map[Region]Source {
	out := map[Region]Source{}
	for _, r := range Regions {
		if r != RegionUK && r != RegionIE {
			out[r] = s
		}
	}
	return out
}

// RiskNoteKey is the translation key of the app's note for parents.
func (a App) RiskNoteKey() string { return "app." + a.ID + ".risk" }

// SettingKey is the translation key of the label of one of the app's
// settings.
func (a App) SettingKey(s string) string { return "app." + a.ID + ".setting." + s }

// DiscontinuedKey is the translation key of the note saying the service has
// closed. Only discontinued apps have this text.
func (a App) DiscontinuedKey() string { return "app." + a.ID + ".discontinued" }

// MinAgeIn is the minimum age for holding an account in region r: the
// service's terms, or a higher age set by the region's law (16 in
// Australia for the platforms eSafety lists). 0 means none.
func (a App) MinAgeIn(r Region) int { return max(a.MinAge, a.RegionalMinAge[r]) }

// EffectiveMinAgeIn is the higher of MinAgeIn(r) and the age of the
// game's rating in region r (when the app knows it), 0 when neither is set.
func (a App) EffectiveMinAgeIn(r Region) int {
	rt, _ := a.RatingIn(r)
	return max(a.MinAgeIn(r), rt.MinAge)
}

// AppByID finds an app in the catalogue.
func AppByID(id string) (App, bool) {
	for _, a := range Apps {
		if a.ID == id {
			return a, true
		}
	}
	return App{}, false
}

// TooYoungIn reports whether a child of ageYears in region r is below the
// app's minimum age there or the age of its rating by the region's board.
// An app with neither is never too old for anyone.
func TooYoungIn(app App, ageYears int, r Region) bool {
	m := app.EffectiveMinAgeIn(r)
	return m > 0 && ageYears < m
}

// checkedApps is when the app catalogue was last compared with its sources.
const checkedApps Checked = "2026-11"

// Sources shared by several entries.
var (
	srcMeta      = Source{Name: "Meta terms of service", URL: "https://www.facebook.com/terms.php", Checked: checkedApps}
	srcInstagram = Source{Name: "Instagram terms of use", URL: "https://help.instagram.com/581066165581870", Checked: checkedApps}
	// SrcAUMinAge is the source of Australia's minimum age of 16 for the
	// platforms eSafety lists (from 10 December 2025).
	SrcAUMinAge = Source{Name: "eSafety Commissioner, social media age restrictions", URL: "https://www.esafety.gov.au/about-us/industry-regulation/social-media-age-restrictions", Checked: checkedRatings}
)

// AURestrictedPlatforms are the platforms eSafety lists as age-restricted
// from 10 December 2025 (under-16s may not hold accounts), whether or not
// the catalogue has an entry for them. YouTube Kids, Messenger, WhatsApp,
// Discord and Roblox are not on the list.
var AURestrictedPlatforms = []string{"Facebook", "Instagram", "Kick", "Reddit", "Snapchat", "Threads", "TikTok", "Twitch", "X", "YouTube"}

// au16 is Australia's minimum age for the platforms eSafety lists.
var au16 = map[Region]int{RegionAU: 16}

// Apps is the catalogue, grouped by kind.
var Apps = []App{
	// Social media.
	{
		ID: "tiktok", Name: "TikTok", Kind: KindSocial, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureAlgorithmicFeed, FeatureDirectMessages, FeatureLivestreaming, FeaturePurchases},
		Settings: []string{"family-pairing", "private-account", "dm-off", "screen-time-limit", "restricted-mode"},
		Source:   Source{Name: "TikTok terms of service", URL: "https://www.tiktok.com/legal/page/eea/terms-of-service/en", Checked: checkedApps},
	},
	{
		ID: "instagram", Name: "Instagram", Kind: KindSocial, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureAlgorithmicFeed, FeatureDirectMessages, FeatureLivestreaming, FeatureLocation, FeatureDisappearing},
		Settings: []string{"teen-account", "private-account", "parental-supervision", "hidden-words", "map-sharing-off"},
		Source:   srcInstagram,
	},
	{
		ID: "facebook", Name: "Facebook", Kind: KindSocial, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureAlgorithmicFeed, FeatureDirectMessages, FeatureLivestreaming, FeatureLocation},
		Settings: []string{"friends-only-posts", "friend-requests-limited", "tag-review", "parental-supervision"},
		Source:   srcMeta,
	},
	{
		ID: "snapchat", Name: "Snapchat", Kind: KindSocial, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureDisappearing, FeatureLocation, FeatureDirectMessages, FeatureAlgorithmicFeed, FeatureVoiceChat, FeatureVideoChat},
		Settings: []string{"ghost-mode", "family-centre", "contact-friends-only", "quick-add-off", "story-friends-only"},
		Source:   Source{Name: "Snap terms of service", URL: "https://snap.com/en-GB/terms", Checked: checkedApps},
	},
	{
		ID: "x", Name: "X (Twitter)", Kind: KindSocial, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureAlgorithmicFeed, FeatureDirectMessages, FeatureLivestreaming},
		Settings: []string{"protect-posts", "message-requests-off", "sensitive-media-hidden", "location-off"},
		Source:   Source{Name: "X terms of service", URL: "https://x.com/en/tos", Checked: checkedApps},
	},
	{
		ID: "threads", Name: "Threads", Kind: KindSocial, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureAlgorithmicFeed},
		Settings: []string{"private-profile", "hidden-words", "mentions-limited"},
		Source:   srcInstagram,
	},
	{
		ID: "pinterest", Name: "Pinterest", Kind: KindSocial, MinAge: 13,
		Features: []Feature{FeatureAlgorithmicFeed, FeatureDirectMessages},
		Settings: []string{"private-profile", "search-engines-off"},
		Source:   Source{Name: "Pinterest terms of service", URL: "https://policy.pinterest.com/en/terms-of-service", Checked: checkedApps},
	},
	{
		ID: "reddit", Name: "Reddit", Kind: KindSocial, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureStrangerChat, FeatureDirectMessages, FeatureAlgorithmicFeed},
		Settings: []string{"mature-content-off", "chat-requests-limited"},
		Source:   Source{Name: "Reddit user agreement", URL: "https://redditinc.com/policies/user-agreement", Checked: checkedApps},
	},
	{
		ID: "bereal", Name: "BeReal", Kind: KindSocial, MinAge: 13,
		Features: []Feature{FeatureLocation},
		Settings: []string{"friends-only", "location-off"},
		Source:   Source{Name: "BeReal", Checked: checkedApps},
	},

	// Messaging and calls.
	{
		ID: "messenger", Name: "Messenger", Kind: KindMessaging, MinAge: 13,
		Features: []Feature{FeatureDirectMessages, FeatureVoiceChat, FeatureVideoChat, FeatureDisappearing, FeatureLocation},
		Settings: []string{"message-delivery", "parental-supervision", "active-status-off"},
		Source:   srcMeta,
	},
	{
		ID: "whatsapp", Name: "WhatsApp", Kind: KindMessaging, MinAge: 13,
		Features: []Feature{FeatureDirectMessages, FeatureDisappearing, FeatureLocation, FeatureVoiceChat, FeatureVideoChat},
		Settings: []string{"who-can-add-to-groups", "profile-photo-contacts", "last-seen-contacts", "silence-unknown-callers"},
		Source:   Source{Name: "WhatsApp terms of service (EEA and UK)", URL: "https://www.whatsapp.com/legal/terms-of-service-eea", Checked: checkedApps},
		// FACTS.md states the age for the UK and the EU only: elsewhere
		// the terms are named without the European page.
		RegionSources: otherThanUKIE(Source{Name: "WhatsApp terms of service", Checked: checkedApps}),
	},
	{
		ID: "discord", Name: "Discord", Kind: KindMessaging, MinAge: 13,
		Features: []Feature{FeatureStrangerChat, FeatureDirectMessages, FeatureVoiceChat, FeatureVideoChat, FeatureLivestreaming},
		Settings: []string{"family-centre", "sensitive-media-filter", "server-dms-off", "friend-requests-limited"},
		Source:   Source{Name: "Discord terms of service", URL: "https://discord.com/terms", Checked: checkedApps},
	},
	{
		ID: "signal", Name: "Signal", Kind: KindMessaging, MinAge: 13,
		Features: []Feature{FeatureDirectMessages, FeatureDisappearing, FeatureVoiceChat, FeatureVideoChat},
		Settings: []string{"number-hidden", "find-by-number-off"},
		Source:   Source{Name: "Signal terms and privacy policy", URL: "https://signal.org/legal/", Checked: checkedApps},
	},
	{
		ID: "kik", Name: "Kik", Kind: KindMessaging, MinAge: 13,
		Features: []Feature{FeatureStrangerChat, FeatureDirectMessages, FeatureVideoChat},
		Settings: []string{"new-chats-review"},
		Source:   Source{Name: "Kik", Checked: checkedApps},
	},
	{
		ID: "facetime", Name: "FaceTime", Kind: KindMessaging,
		Features: []Feature{FeatureVideoChat, FeatureVoiceChat},
		Settings: []string{"family-sharing", "communication-limits", "communication-safety"},
		Source:   Source{Name: "Apple, Family Sharing", Checked: checkedApps}, // FACTS.md gives no page; one country's page would mislead the others
	},
	{
		ID: "skype", Name: "Skype", Kind: KindMessaging, Discontinued: true,
		Features: []Feature{FeatureDirectMessages, FeatureVoiceChat, FeatureVideoChat},
		Source:   Source{Name: "Microsoft (Skype retired May 2025)", Checked: checkedApps},
	},
	{
		ID: "houseparty", Name: "Houseparty", Kind: KindMessaging, Discontinued: true,
		Features: []Feature{FeatureVideoChat, FeatureStrangerChat},
		Source:   Source{Name: "Epic Games (Houseparty closed 2021)", Checked: checkedApps},
	},
	{
		ID: "omegle", Name: "Omegle", Kind: KindMessaging, Discontinued: true,
		Features: []Feature{FeatureStrangerChat, FeatureVideoChat},
		Source:   Source{Name: "Omegle closing statement (November 2023)", Checked: checkedApps},
	},

	// Video and streaming.
	{
		ID: "youtube", Name: "YouTube", Kind: KindVideo, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureAlgorithmicFeed, FeatureLivestreaming},
		Settings: []string{"supervised-account", "restricted-mode", "autoplay-off", "take-a-break"},
		Source:   Source{Name: "YouTube terms of service", URL: "https://www.youtube.com/t/terms", Checked: checkedApps},
	},
	{
		ID: "youtube-kids", Name: "YouTube Kids", Kind: KindVideo,
		Settings: []string{"content-level", "search-off", "approved-only", "timer"},
		Source:   Source{Name: "YouTube Kids (Google)", Checked: checkedApps}, // FACTS.md gives no page, only the help centre's front page exists here
	},
	{
		ID: "twitch", Name: "Twitch", Kind: KindVideo, MinAge: 13, RegionalMinAge: au16,
		Features: []Feature{FeatureLivestreaming, FeatureStrangerChat, FeatureDirectMessages, FeaturePurchases},
		Settings: []string{"block-stranger-whispers", "chat-filters"},
		Source:   Source{Name: "Twitch terms of service", URL: "https://www.twitch.tv/p/legal/terms-of-service/", Checked: checkedApps},
	},
	{
		ID: "netflix", Name: "Netflix", Kind: KindVideo, AdultAccount: true,
		Settings: []string{"kids-profile", "maturity-rating", "profile-lock", "autoplay-off"},
		Source:   Source{Name: "Netflix terms of use", URL: "https://help.netflix.com/legal/termsofuse", Checked: checkedApps},
	},
	{
		ID: "disney-plus", Name: "Disney+", Kind: KindVideo, AdultAccount: true,
		Settings: []string{"kids-profile", "content-rating", "profile-pin"},
		Source:   Source{Name: "Disney+ help centre", Checked: checkedApps},
	},

	// Games: ratings by board are in Ratings, only those FACTS.md states
	// (PEGI for Roblox, Minecraft and Fortnite); for every other game and
	// board the card names no figure and says where to look.
	{
		ID: "roblox", Name: "Roblox", Kind: KindGame,
		Features: []Feature{FeatureStrangerChat, FeatureDirectMessages, FeatureVoiceChat, FeaturePurchases},
		Settings: []string{"parent-account-linked", "age-check", "chat-limited", "spending-limit", "content-maturity"},
		Ratings:  map[Board]Rating{BoardPEGI: pegi(7, "Roblox", "Roblox")},
		Source:   pegiSource("Roblox"),
	},
	{
		ID: "minecraft", Name: "Minecraft", Kind: KindGame,
		Features: []Feature{FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"multiplayer-limited", "chat-friends-only", "purchase-approval"},
		Ratings:  map[Board]Rating{BoardPEGI: pegi(7, "Minecraft", "Minecraft")},
		Source:   pegiSource("Minecraft"),
	},
	{
		ID: "fortnite", Name: "Fortnite", Kind: KindGame,
		Features: []Feature{FeatureVoiceChat, FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"parental-pin", "voice-chat-friends", "text-chat-friends", "friend-requests-pin"},
		Ratings:  map[Board]Rating{BoardPEGI: pegi(12, "Fortnite", "Fortnite")},
		Source:   pegiSource("Fortnite"),
	},
	{
		ID: "among-us", Name: "Among Us", Kind: KindGame,
		Features: []Feature{FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"quick-chat-only", "censor-chat", "private-games"},
		Source:   pegiSource("Among Us"),
	},
	{
		ID: "rocket-league", Name: "Rocket League", Kind: KindGame,
		Features: []Feature{FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"epic-parental-controls", "console-spending-limit"},
		Source:   pegiSource("Rocket League"),
	},
	{
		ID: "ea-sports-fc", Name: "EA Sports FC", Kind: KindGame, YearlyEditions: true,
		Features: []Feature{FeaturePurchases},
		Settings: []string{"console-spending-limit"},
		Source:   pegiSource("EA Sports FC"),
	},
	{
		ID: "overwatch-2", Name: "Overwatch 2", Kind: KindGame,
		Features: []Feature{FeatureVoiceChat, FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"voice-chat-off", "text-chat-off"},
		Source:   pegiSource("Overwatch 2"),
	},
	{
		ID: "apex-legends", Name: "Apex Legends", Kind: KindGame,
		Features: []Feature{FeatureVoiceChat, FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"console-age-limit", "voice-chat-off"},
		Source:   pegiSource("Apex Legends"),
	},
	{
		ID: "call-of-duty", Name: "Call of Duty", Kind: KindGame,
		Features: []Feature{FeatureVoiceChat, FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"console-age-limit", "voice-chat-off", "text-chat-off"},
		Source:   pegiSource("Call of Duty"),
	},
	{
		ID: "gta-v", Name: "Grand Theft Auto V", Kind: KindGame,
		Features: []Feature{FeatureVoiceChat, FeatureStrangerChat, FeaturePurchases},
		Settings: []string{"console-age-limit"},
		Source:   pegiSource("Grand Theft Auto V"),
	},

	// Gaming platforms and stores.
	{
		ID: "steam", Name: "Steam", Kind: KindGaming, MinAge: 13,
		Features: []Feature{FeatureStrangerChat, FeatureDirectMessages, FeatureVoiceChat, FeaturePurchases},
		Settings: []string{"steam-families", "profile-friends-only", "purchase-approval"},
		Source:   Source{Name: "Steam subscriber agreement", URL: "https://store.steampowered.com/subscriber_agreement/", Checked: checkedApps},
	},
	{
		ID: "xbox", Name: "Xbox", Kind: KindGaming,
		Features: []Feature{FeatureStrangerChat, FeatureDirectMessages, FeatureVoiceChat, FeaturePurchases},
		Settings: []string{"family-settings-app", "purchase-approval", "communication-friends", "screen-time"},
		Source:   Source{Name: "Xbox family settings", URL: "https://www.xbox.com/en-GB/family-hub", Checked: checkedApps},
	},
	{
		ID: "playstation", Name: "PlayStation Network", Kind: KindGaming,
		Features: []Feature{FeatureStrangerChat, FeatureDirectMessages, FeatureVoiceChat, FeaturePurchases},
		Settings: []string{"child-account", "communication-restricted", "spending-limit", "playtime"},
		Source:   Source{Name: "PlayStation parental controls", URL: "https://www.playstation.com/en-gb/parental-controls/", Checked: checkedApps},
	},
	{
		ID: "nintendo-switch-online", Name: "Nintendo Switch Online", Kind: KindGaming,
		Features: []Feature{FeatureVoiceChat, FeaturePurchases},
		Settings: []string{"parental-controls-app", "communication-restricted", "eshop-restricted"},
		Source:   Source{Name: "Nintendo", Checked: checkedApps}, // FACTS.md gives no page: named, not linked
	},
}

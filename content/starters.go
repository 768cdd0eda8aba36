package content

import "slices"

// Topic is what a conversation starter is about.
type Topic string

// The topics, in the order the app lists them.
const (
	TopicGames       Topic = "games"        // games and in-game chat
	TopicVideoChat   Topic = "video-chat"   // video chat and livestreaming
	TopicFriends     Topic = "friends"      // online friends and strangers
	TopicImages      Topic = "images"       // sharing pictures and nudes
	TopicBullying    Topic = "bullying"     // bullying and unkindness
	TopicPrivacy     Topic = "privacy"      // privacy, passwords and location
	TopicFakes       Topic = "fakes"        // fake news, deepfakes and scams
	TopicScreenTime  Topic = "screen-time"  // screen time and sleep
	TopicFeelings    Topic = "feelings"     // feeling upset and who to tell
	TopicMoney       Topic = "money"        // money and in-game spending
	TopicPressure    Topic = "pressure"     // pressure, secrets and exploitation, including "jobs"
	TopicSocialMedia Topic = "social-media" // social media and self-image
)

// Topics lists every topic in display order.
var Topics = []Topic{
	TopicGames, TopicVideoChat, TopicFriends, TopicImages, TopicBullying, TopicPrivacy,
	TopicFakes, TopicScreenTime, TopicFeelings, TopicMoney, TopicPressure, TopicSocialMedia,
}

// starterChecked is when the starters were last compared with their sources.
const starterChecked Checked = "2026-11"

// The guidance the starters follow. Each starter points at one of these.
var (
	srcCEOPEducation   = Source{Name: "CEOP Education (National Crime Agency)", URL: "https://www.ceopeducation.co.uk/", Checked: starterChecked}
	srcNSPCC           = Source{Name: "NSPCC", URL: "https://www.nspcc.org.uk/keeping-children-safe/online-safety/", Checked: starterChecked}
	srcUKSICAdvice     = Source{Name: "UK Safer Internet Centre", URL: "https://saferinternet.org.uk/", Checked: starterChecked}
	srcChildnet        = Source{Name: "Childnet", URL: "https://www.childnet.com/", Checked: starterChecked}
	srcInternetMatters = Source{Name: "Internet Matters", URL: "https://www.internetmatters.org/", Checked: starterChecked}
	// srcCMO is cited for screen time and sleep only.
	srcCMO = Source{Name: "UK Chief Medical Officers (2019)", URL: "https://www.gov.uk/government/publications/uk-cmo-commentary-on-screen-time-and-social-media-map-of-reviews", Checked: starterChecked}
)

// Starter is one conversation starter: a question a grown-up can ask a
// child, with a tip for the grown-up. Only metadata lives here; the words
// are in the translation files under QuestionKey and TipKey.
type Starter struct {
	ID     string // stable, lowercase [a-z0-9-]; part of the translation keys and of saved records
	Bands  []Band // one to three adjacent age bands, youngest first
	Topic  Topic
	Simple bool // "simple words": short, concrete, literal wording for children with special educational needs
	// Crisis marks a starter about self-harm content or a child in
	// despair: its tip shows the region's crisis line.
	Crisis bool
	Source Source
}

// HasBand reports whether the starter suits children in band b.
func (s Starter) HasBand(b Band) bool {
	return slices.Contains(s.Bands, b)
}

// QuestionKey is the translation key of the question the grown-up asks.
func (s Starter) QuestionKey() string {
	return "starter." + s.ID + ".question"
}

// TipKey is the translation key of the tip for the grown-up.
func (s Starter) TipKey() string {
	return "starter." + s.ID + ".tip"
}

// StarterByID returns the built-in starter with the given id.
func StarterByID(id string) (Starter, bool) {
	for _, s := range Starters {
		if s.ID == id {
			return s, true
		}
	}
	return Starter{}, false
}

// TopicKey is the translation key of a topic's name.
func TopicKey(t Topic) string {
	return "topic." + string(t)
}

// BandKey is the translation key of an age band's name.
func BandKey(b Band) string {
	return "band." + string(b)
}

// Starters is the built-in library, grouped by topic. Texts live in
// translations/starters.*.toml under QuestionKey and TipKey.
var Starters = []Starter{
	// Games and in-game chat
	{ID: "games-favourite-play-together", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicGames, Simple: true, Source: srcChildnet},
	{ID: "games-under5-big-screen", Bands: []Band{BandUnder5}, Topic: TopicGames, Simple: true, Source: srcInternetMatters},
	{ID: "games-show-me-how", Bands: []Band{Band5to7, Band8to10}, Topic: TopicGames, Source: srcInternetMatters},
	{ID: "games-simple-who-to-tell", Bands: []Band{Band5to7, Band8to10}, Topic: TopicGames, Simple: true, Source: srcChildnet},
	{ID: "games-simple-game-name", Bands: []Band{Band5to7, Band8to10}, Topic: TopicGames, Simple: true, Source: srcChildnet},
	{ID: "games-who-can-talk", Bands: []Band{Band8to10, Band11to12}, Topic: TopicGames, Source: srcNSPCC},
	{ID: "games-free-gifts-from-players", Bands: []Band{Band8to10, Band11to12}, Topic: TopicGames, Source: srcCEOPEducation},
	{ID: "games-age-ratings", Bands: []Band{Band8to10, Band11to12}, Topic: TopicGames, Source: srcInternetMatters},
	{ID: "games-losing-and-rudeness", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topic: TopicGames, Source: srcChildnet},
	{ID: "games-player-asks-personal", Bands: []Band{Band11to12, Band13to15}, Topic: TopicGames, Source: srcCEOPEducation},
	{ID: "games-chat-moves-elsewhere", Bands: []Band{Band11to12, Band13to15}, Topic: TopicGames, Source: srcCEOPEducation},
	{ID: "games-servers-communities", Bands: []Band{Band13to15, Band16to17}, Topic: TopicGames, Source: srcInternetMatters},
	// Video chat and livestreaming
	{ID: "videochat-who-shall-we-call", Bands: []Band{BandUnder5}, Topic: TopicVideoChat, Simple: true, Source: srcChildnet},
	{ID: "videochat-red-button", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicVideoChat, Simple: true, Source: srcChildnet},
	{ID: "videochat-simple-who-is-ok", Bands: []Band{Band5to7}, Topic: TopicVideoChat, Simple: true, Source: srcNSPCC},
	{ID: "videochat-strange-request", Bands: []Band{Band5to7, Band8to10}, Topic: TopicVideoChat, Source: srcCEOPEducation},
	{ID: "videochat-which-room", Bands: []Band{Band5to7, Band8to10}, Topic: TopicVideoChat, Source: srcInternetMatters},
	{ID: "videochat-simple-clothes-off", Bands: []Band{Band8to10, Band11to12}, Topic: TopicVideoChat, Simple: true, Source: srcCEOPEducation},
	{ID: "videochat-livestreamers", Bands: []Band{Band8to10, Band11to12}, Topic: TopicVideoChat, Source: srcInternetMatters},
	{ID: "videochat-going-live", Bands: []Band{Band11to12, Band13to15}, Topic: TopicVideoChat, Source: srcInternetMatters},
	{ID: "videochat-dares-in-chat", Bands: []Band{Band11to12, Band13to15}, Topic: TopicVideoChat, Source: srcCEOPEducation},
	{ID: "videochat-random-chat-sites", Bands: []Band{Band13to15, Band16to17}, Topic: TopicVideoChat, Source: srcNSPCC},
	{ID: "videochat-can-be-recorded", Bands: []Band{Band13to15, Band16to17}, Topic: TopicVideoChat, Source: srcCEOPEducation},
	// Online friends and strangers
	{ID: "friends-simple-someone-new-talks", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicFriends, Simple: true, Source: srcChildnet},
	{ID: "friends-simple-game-friend-school-friend", Bands: []Band{Band5to7}, Topic: TopicFriends, Simple: true, Source: srcChildnet},
	{ID: "friends-who-do-you-talk-to", Bands: []Band{Band8to10, Band11to12}, Topic: TopicFriends, Source: srcNSPCC},
	{ID: "friends-friend-requests", Bands: []Band{Band8to10, Band11to12}, Topic: TopicFriends, Source: srcUKSICAdvice},
	{ID: "friends-how-old-really", Bands: []Band{Band8to10, Band11to12}, Topic: TopicFriends, Source: srcCEOPEducation},
	{ID: "friends-simple-can-we-be-sure", Bands: []Band{Band11to12, Band13to15, Band16to17}, Topic: TopicFriends, Simple: true, Source: srcCEOPEducation},
	{ID: "friends-feeling-special-secret", Bands: []Band{Band11to12, Band13to15}, Topic: TopicFriends, Source: srcCEOPEducation},
	{ID: "friends-meeting-up", Bands: []Band{Band11to12, Band13to15}, Topic: TopicFriends, Source: srcCEOPEducation},
	{ID: "friends-strangers-in-group-chats", Bands: []Band{Band11to12, Band13to15}, Topic: TopicFriends, Source: srcInternetMatters},
	{ID: "friends-online-boyfriend-girlfriend", Bands: []Band{Band13to15, Band16to17}, Topic: TopicFriends, Source: srcCEOPEducation},
	{ID: "friends-helping-a-friend", Bands: []Band{Band13to15, Band16to17}, Topic: TopicFriends, Source: srcCEOPEducation},
	{ID: "friends-adult-befriending-older-teen", Bands: []Band{Band16to17}, Topic: TopicFriends, Source: srcCEOPEducation},
	// Sharing pictures and nudes
	{ID: "images-ask-before-photo", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicImages, Simple: true, Source: srcNSPCC},
	{ID: "images-simple-privates-are-private", Bands: []Band{Band5to7}, Topic: TopicImages, Simple: true, Source: srcNSPCC},
	{ID: "images-what-to-post", Bands: []Band{Band8to10}, Topic: TopicImages, Source: srcChildnet},
	{ID: "images-friends-photos-consent", Bands: []Band{Band8to10, Band11to12}, Topic: TopicImages, Source: srcChildnet},
	{ID: "images-asked-for-a-photo", Bands: []Band{Band8to10, Band11to12}, Topic: TopicImages, Source: srcCEOPEducation},
	{ID: "images-simple-say-no-to-pictures", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topic: TopicImages, Simple: true, Source: srcCEOPEducation},
	{ID: "images-received-a-nude", Bands: []Band{Band11to12, Band13to15}, Topic: TopicImages, Source: srcUKSICAdvice},
	{ID: "images-nudes-and-the-law", Bands: []Band{Band13to15, Band16to17}, Topic: TopicImages, Source: srcNSPCC},
	{ID: "images-simple-never-send-nudes", Bands: []Band{Band13to15, Band16to17}, Topic: TopicImages, Simple: true, Source: srcNSPCC},
	{ID: "images-why-people-send", Bands: []Band{Band13to15, Band16to17}, Topic: TopicImages, Source: srcChildnet},
	{ID: "images-if-a-photo-got-shared", Bands: []Band{Band13to15, Band16to17}, Topic: TopicImages, Source: srcNSPCC},
	{ID: "images-threatened-pay-or-share", Bands: []Band{Band13to15, Band16to17}, Topic: TopicImages, Source: srcCEOPEducation},
	// Bullying and unkindness
	{ID: "bullying-simple-kind-messages", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicBullying, Simple: true, Source: srcChildnet},
	{ID: "bullying-simple-someone-mean", Bands: []Band{Band5to7, Band8to10}, Topic: TopicBullying, Simple: true, Source: srcChildnet},
	{ID: "bullying-how-would-they-feel", Bands: []Band{Band5to7, Band8to10}, Topic: TopicBullying, Source: srcChildnet},
	{ID: "bullying-joke-or-bullying", Bands: []Band{Band8to10, Band11to12}, Topic: TopicBullying, Source: srcChildnet},
	{ID: "bullying-seeing-someone-picked-on", Bands: []Band{Band8to10, Band11to12}, Topic: TopicBullying, Source: srcChildnet},
	{ID: "bullying-simple-not-your-fault", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topic: TopicBullying, Simple: true, Source: srcChildnet},
	{ID: "bullying-left-out-of-group-chat", Bands: []Band{Band11to12, Band13to15}, Topic: TopicBullying, Source: srcChildnet},
	{ID: "bullying-said-something-regret", Bands: []Band{Band11to12, Band13to15}, Topic: TopicBullying, Source: srcChildnet},
	{ID: "bullying-keep-evidence-block", Bands: []Band{Band11to12, Band13to15, Band16to17}, Topic: TopicBullying, Source: srcUKSICAdvice},
	{ID: "bullying-fake-account-of-you", Bands: []Band{Band13to15, Band16to17}, Topic: TopicBullying, Source: srcUKSICAdvice},
	{ID: "bullying-when-police-should-know", Bands: []Band{Band16to17}, Topic: TopicBullying, Source: srcUKSICAdvice},
	// Privacy, passwords and location
	{ID: "privacy-simple-what-is-private", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicPrivacy, Simple: true, Source: srcChildnet},
	{ID: "privacy-simple-passwords-like-keys", Bands: []Band{Band5to7}, Topic: TopicPrivacy, Simple: true, Source: srcChildnet},
	{ID: "privacy-settings-together", Bands: []Band{Band8to10, Band11to12}, Topic: TopicPrivacy, Source: srcInternetMatters},
	{ID: "privacy-simple-address-school", Bands: []Band{Band8to10, Band11to12}, Topic: TopicPrivacy, Simple: true, Source: srcChildnet},
	{ID: "privacy-lending-your-device", Bands: []Band{Band8to10, Band11to12}, Topic: TopicPrivacy, Source: srcUKSICAdvice},
	{ID: "privacy-spot-location-clues", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topic: TopicPrivacy, Source: srcUKSICAdvice},
	{ID: "privacy-location-sharing", Bands: []Band{Band11to12, Band13to15}, Topic: TopicPrivacy, Source: srcInternetMatters},
	{ID: "privacy-strong-passwords", Bands: []Band{Band11to12, Band13to15}, Topic: TopicPrivacy, Source: srcUKSICAdvice},
	{ID: "privacy-account-hacked", Bands: []Band{Band13to15, Band16to17}, Topic: TopicPrivacy, Source: srcUKSICAdvice},
	{ID: "privacy-digital-footprint", Bands: []Band{Band13to15, Band16to17}, Topic: TopicPrivacy, Source: srcChildnet},
	{ID: "privacy-what-apps-know", Bands: []Band{Band16to17}, Topic: TopicPrivacy, Source: srcInternetMatters},
	// Fake news, deepfakes and scams
	{ID: "fakes-simple-real-or-pretend", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicFakes, Simple: true, Source: srcChildnet},
	{ID: "fakes-under5-pop-ups", Bands: []Band{BandUnder5}, Topic: TopicFakes, Simple: true, Source: srcInternetMatters},
	{ID: "fakes-simple-you-won-a-prize", Bands: []Band{Band5to7, Band8to10}, Topic: TopicFakes, Simple: true, Source: srcUKSICAdvice},
	{ID: "fakes-is-it-true", Bands: []Band{Band8to10, Band11to12}, Topic: TopicFakes, Source: srcUKSICAdvice},
	{ID: "fakes-simple-people-can-pretend", Bands: []Band{Band8to10, Band11to12}, Topic: TopicFakes, Simple: true, Source: srcCEOPEducation},
	{ID: "fakes-scary-challenges", Bands: []Band{Band8to10, Band11to12}, Topic: TopicFakes, Source: srcUKSICAdvice},
	{ID: "fakes-spot-a-fake-profile", Bands: []Band{Band11to12, Band13to15}, Topic: TopicFakes, Source: srcChildnet},
	{ID: "fakes-ai-videos", Bands: []Band{Band11to12, Band13to15}, Topic: TopicFakes, Source: srcInternetMatters},
	{ID: "fakes-paid-influencers", Bands: []Band{Band11to12, Band13to15}, Topic: TopicFakes, Source: srcInternetMatters},
	{ID: "fakes-phishing-messages", Bands: []Band{Band13to15, Band16to17}, Topic: TopicFakes, Source: srcUKSICAdvice},
	{ID: "fakes-ai-fake-nudes", Bands: []Band{Band13to15, Band16to17}, Topic: TopicFakes, Source: srcUKSICAdvice},
	// Screen time and sleep
	{ID: "screentime-simple-screens-away-meals", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicScreenTime, Simple: true, Source: srcCMO},
	{ID: "screentime-under5-watch-together", Bands: []Band{BandUnder5}, Topic: TopicScreenTime, Simple: true, Source: srcInternetMatters},
	{ID: "screentime-under5-bye-bye-tablet", Bands: []Band{BandUnder5}, Topic: TopicScreenTime, Simple: true, Source: srcInternetMatters},
	{ID: "screentime-simple-timer", Bands: []Band{Band5to7}, Topic: TopicScreenTime, Simple: true, Source: srcInternetMatters},
	{ID: "screentime-simple-what-next", Bands: []Band{Band5to7, Band8to10}, Topic: TopicScreenTime, Simple: true, Source: srcInternetMatters},
	{ID: "screentime-where-devices-sleep", Bands: []Band{Band5to7, Band8to10}, Topic: TopicScreenTime, Source: srcCMO},
	{ID: "screentime-how-do-you-feel-after", Bands: []Band{Band8to10, Band11to12}, Topic: TopicScreenTime, Source: srcCMO},
	{ID: "screentime-fair-family-rules", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topic: TopicScreenTime, Source: srcCMO},
	{ID: "screentime-hard-to-stop-scrolling", Bands: []Band{Band11to12, Band13to15}, Topic: TopicScreenTime, Source: srcInternetMatters},
	{ID: "screentime-sleep-after-phone", Bands: []Band{Band11to12, Band13to15}, Topic: TopicScreenTime, Source: srcCMO},
	{ID: "screentime-late-night-replies", Bands: []Band{Band13to15, Band16to17}, Topic: TopicScreenTime, Source: srcCMO},
	{ID: "screentime-balance-older-teens", Bands: []Band{Band16to17}, Topic: TopicScreenTime, Source: srcInternetMatters},
	// Feeling upset and who to tell
	{ID: "feelings-simple-funny-feeling", Bands: []Band{BandUnder5}, Topic: TopicFeelings, Simple: true, Source: srcCEOPEducation},
	{ID: "feelings-simple-happy-or-sad", Bands: []Band{BandUnder5}, Topic: TopicFeelings, Simple: true, Source: srcChildnet},
	{ID: "feelings-simple-worry-in-body", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicFeelings, Simple: true, Source: srcNSPCC},
	{ID: "feelings-simple-helping-hand", Bands: []Band{Band5to7}, Topic: TopicFeelings, Simple: true, Source: srcNSPCC},
	{ID: "feelings-simple-worry-scale", Bands: []Band{Band5to7, Band8to10}, Topic: TopicFeelings, Simple: true, Source: srcChildnet},
	{ID: "feelings-seen-something-upsetting", Bands: []Band{Band5to7, Band8to10}, Topic: TopicFeelings, Source: srcChildnet},
	{ID: "feelings-never-in-trouble", Bands: []Band{Band8to10, Band11to12}, Topic: TopicFeelings, Source: srcNSPCC},
	{ID: "feelings-someone-else-to-talk-to", Bands: []Band{Band11to12, Band13to15}, Topic: TopicFeelings, Source: srcNSPCC},
	{ID: "feelings-easier-way-to-tell", Bands: []Band{Band11to12, Band13to15, Band16to17}, Topic: TopicFeelings, Source: srcNSPCC},
	{ID: "feelings-harmful-posts", Bands: []Band{Band13to15, Band16to17}, Topic: TopicFeelings, Crisis: true, Source: srcChildnet},
	{ID: "feelings-worried-about-a-friend", Bands: []Band{Band13to15, Band16to17}, Topic: TopicFeelings, Crisis: true, Source: srcChildnet},
	{ID: "feelings-simple-my-tell-list", Bands: []Band{Band13to15, Band16to17}, Topic: TopicFeelings, Simple: true, Source: srcNSPCC},
	// Money and in-game spending
	{ID: "money-simple-game-asks-to-buy", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicMoney, Simple: true, Source: srcInternetMatters},
	{ID: "money-simple-close-adverts", Bands: []Band{Band5to7}, Topic: TopicMoney, Simple: true, Source: srcChildnet},
	{ID: "money-coins-cost-real-money", Bands: []Band{Band5to7, Band8to10}, Topic: TopicMoney, Source: srcInternetMatters},
	{ID: "money-loot-boxes", Bands: []Band{Band8to10, Band11to12}, Topic: TopicMoney, Source: srcInternetMatters},
	{ID: "money-free-currency-offers", Bands: []Band{Band8to10, Band11to12}, Topic: TopicMoney, Source: srcUKSICAdvice},
	{ID: "money-spent-by-mistake", Bands: []Band{Band8to10, Band11to12}, Topic: TopicMoney, Source: srcInternetMatters},
	{ID: "money-simple-ask-before-buying", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topic: TopicMoney, Simple: true, Source: srcInternetMatters},
	{ID: "money-asked-to-send-money", Bands: []Band{Band11to12, Band13to15}, Topic: TopicMoney, Source: srcUKSICAdvice},
	{ID: "money-pocket-money-budget", Bands: []Band{Band11to12, Band13to15}, Topic: TopicMoney, Source: srcInternetMatters},
	{ID: "money-simple-never-send-money", Bands: []Band{Band13to15, Band16to17}, Topic: TopicMoney, Simple: true, Source: srcUKSICAdvice},
	{ID: "money-gambling-style-features", Bands: []Band{Band13to15, Band16to17}, Topic: TopicMoney, Source: srcInternetMatters},
	{ID: "money-subscriptions-and-trials", Bands: []Band{Band16to17}, Topic: TopicMoney, Source: srcInternetMatters},
	// Pressure, secrets and exploitation
	{ID: "pressure-simple-body-belongs-to-you", Bands: []Band{BandUnder5}, Topic: TopicPressure, Simple: true, Source: srcNSPCC},
	{ID: "pressure-simple-secrets-and-surprises", Bands: []Band{BandUnder5, Band5to7}, Topic: TopicPressure, Simple: true, Source: srcNSPCC},
	{ID: "pressure-no-secrets-from-grown-ups", Bands: []Band{Band5to7, Band8to10}, Topic: TopicPressure, Source: srcCEOPEducation},
	{ID: "pressure-dared-online", Bands: []Band{Band8to10, Band11to12}, Topic: TopicPressure, Source: srcChildnet},
	{ID: "pressure-simple-no-im-leaving", Bands: []Band{Band8to10, Band11to12, Band13to15}, Topic: TopicPressure, Simple: true, Source: srcCEOPEducation},
	{ID: "pressure-how-people-trick", Bands: []Band{Band11to12, Band13to15}, Topic: TopicPressure, Source: srcCEOPEducation},
	{ID: "pressure-asked-to-do-a-job", Bands: []Band{Band11to12, Band13to15}, Topic: TopicPressure, Source: srcNSPCC},
	{ID: "pressure-threatened-with-a-picture", Bands: []Band{Band13to15, Band16to17}, Topic: TopicPressure, Source: srcCEOPEducation},
	{ID: "pressure-gifts-then-debts", Bands: []Band{Band13to15, Band16to17}, Topic: TopicPressure, Source: srcNSPCC},
	{ID: "pressure-simple-online-partner", Bands: []Band{Band13to15, Band16to17}, Topic: TopicPressure, Simple: true, Source: srcCEOPEducation},
	{ID: "pressure-worried-about-a-friend-jobs", Bands: []Band{Band16to17}, Topic: TopicPressure, Source: srcNSPCC},
	// Social media and self-image
	{ID: "social-under5-choose-photo-to-send", Bands: []Band{BandUnder5}, Topic: TopicSocialMedia, Simple: true, Source: srcChildnet},
	{ID: "social-video-that-made-you-laugh", Bands: []Band{Band5to7, Band8to10}, Topic: TopicSocialMedia, Source: srcChildnet},
	{ID: "social-why-age-13", Bands: []Band{Band8to10, Band11to12}, Topic: TopicSocialMedia, Source: srcInternetMatters},
	{ID: "social-simple-how-old-for-tiktok", Bands: []Band{Band8to10, Band11to12}, Topic: TopicSocialMedia, Simple: true, Source: srcInternetMatters},
	{ID: "social-think-before-posting", Bands: []Band{Band8to10, Band11to12}, Topic: TopicSocialMedia, Source: srcChildnet},
	{ID: "social-first-account-together", Bands: []Band{Band11to12, Band13to15}, Topic: TopicSocialMedia, Source: srcInternetMatters},
	{ID: "social-likes-and-mood", Bands: []Band{Band11to12, Band13to15}, Topic: TopicSocialMedia, Source: srcChildnet},
	{ID: "social-filters-and-editing", Bands: []Band{Band11to12, Band13to15, Band16to17}, Topic: TopicSocialMedia, Source: srcChildnet},
	{ID: "social-body-image", Bands: []Band{Band13to15, Band16to17}, Topic: TopicSocialMedia, Source: srcInternetMatters},
	{ID: "social-why-your-feed", Bands: []Band{Band13to15, Band16to17}, Topic: TopicSocialMedia, Source: srcInternetMatters},
	{ID: "social-creators-friends-follow", Bands: []Band{Band13to15, Band16to17}, Topic: TopicSocialMedia, Source: srcInternetMatters},
	{ID: "social-best-thing-found-online", Bands: []Band{Band16to17}, Topic: TopicSocialMedia, Source: srcChildnet},
}

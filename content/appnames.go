package content

import (
	"strings"
	"unicode"
)

// appAliases are the short and common spellings people type for a
// catalogue app, written as nameKey writes them.
var appAliases = map[string]string{
	"insta": "instagram", "ig": "instagram", "gram": "instagram",
	"yt": "youtube", "ytkids": "youtube-kids",
	"fb": "facebook", "fbmessenger": "messenger", "facebookmessenger": "messenger",
	"snap": "snapchat", "sc": "snapchat",
	"twitter": "x", "xtwitter": "x",
	"whatsup": "whatsapp", "wa": "whatsapp",
	"cod": "call-of-duty", "warzone": "call-of-duty",
	"gta": "gta-v", "gta5": "gta-v", "gtav": "gta-v", "grandtheftauto": "gta-v",
	"fifa": "ea-sports-fc", "eafc": "ea-sports-fc",
	"psn": "playstation", "playstation": "playstation", "ps5": "playstation", "ps4": "playstation",
	"switch": "nintendo-switch-online", "nintendo": "nintendo-switch-online", "nintendoswitch": "nintendo-switch-online",
	"disney": "disney-plus", "disneyplus": "disney-plus",
	"overwatch": "overwatch-2", "apex": "apex-legends", "amongus": "among-us",
	"mc": "minecraft", "rl": "rocket-league",
	"xboxlive": "xbox",
}

// nameKey is how an app's name is compared: lower case, letters and
// digits only, so "Tik Tok", "tiktok" and "TikTok!" are the same.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// MatchApp finds the catalogue app a typed name means: its name or id in
// any case and spacing ("tik tok", "whats app"), or a common short name
// ("insta", "yt").
func MatchApp(typed string) (App, bool) {
	key := nameKey(typed)
	if key == "" {
		return App{}, false
	}
	if id, ok := appAliases[key]; ok {
		return AppByID(id)
	}
	for _, a := range Apps {
		if nameKey(a.Name) == key || nameKey(a.ID) == key {
			return a, true
		}
	}
	return App{}, false
}

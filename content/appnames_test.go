package content

import "testing"

func TestTypedAppNamesFindTheCatalogue(t *testing.T) {
	t.Parallel()
	for typed, want := range map[string]string{
		"tik tok": "tiktok", "TIKTOK": "tiktok", "insta": "instagram", "Instagram ": "instagram",
		"whats app": "whatsapp", "yt": "youtube", "YouTube Kids": "youtube-kids", "Twitter": "x",
		"Among us": "among-us", "fortnite": "fortnite", "Disney+": "disney-plus",
	} {
		if app, ok := MatchApp(typed); !ok || app.ID != want {
			t.Errorf("%q found %q (%v), want %q", typed, app.ID, ok, want)
		}
	}
	for _, typed := range []string{"", "   ", "Grandma's quiz app", "tok"} {
		if app, ok := MatchApp(typed); ok {
			t.Errorf("%q found %q", typed, app.ID)
		}
	}
	for alias, id := range appAliases {
		if _, ok := AppByID(id); !ok {
			t.Errorf("alias %q points at %q, which is not in the catalogue", alias, id)
		}
	}
}

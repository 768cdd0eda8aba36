package translations

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Region is what the Translator needs to know about the family's country
// or region. content.Region provides it; this package does not import
// content, so that content's tests can read the translation files.
type Region interface {
	// Code picks region variants of texts: "<id>@<code>".
	Code() string
	// Facts gives the names and numbers every text may use, such as
	// {{.Emergency}} or {{.CrisisLine}}. A fact the region lacks is left
	// out, and the text shows the general words under "fact.<Name>".
	Facts() map[string]string
}

// FactNames lists the facts a text may use, in the order the
// documentation shows them. Each has general words under "fact.<Name>".
var FactNames = []string{"Emergency", "ChildLine", "CrisisLine", "PoliceNonEmergency"}

// VariantKey is the id of region code's own version of message id. A
// region variant replaces the general text only in that region; every
// language has the same variants (the parity test holds for them too).
func VariantKey(id, code string) string { return id + "@" + code }

// SetRegion makes every later text follow region r: its variants are used
// and its facts fill the placeholders. A nil r goes back to general texts.
func (t *Translator) SetRegion(r Region) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.region = r
}

// RegionCode is the code of the region in use, "" before SetRegion.
func (t *Translator) RegionCode() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	if t.region == nil {
		return ""
	}
	return t.region.Code()
}

// facts fills every fact name: the region's own value, or the general
// words ("the emergency number") when the region has none.
func (t *Translator) facts(loc *i18n.Localizer, r Region) map[string]any {
	var own map[string]string
	if r != nil {
		own = r.Facts()
	}
	out := make(map[string]any, len(FactNames)+4)
	for _, name := range FactNames {
		if v := own[name]; v != "" {
			out[name] = v
			continue
		}
		general, err := loc.Localize(&i18n.LocalizeConfig{MessageID: "fact." + name})
		if err != nil {
			general = ""
		}
		out[name] = general
	}
	return out
}

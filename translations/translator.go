package translations

import (
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// Language is one language the app speaks.
type Language struct {
	Code string // file suffix and setting value: "en", "cy", "pl"
	Name string // the language's own name, shown in the language picker
}

// Source is the language every other file is checked against.
const Source = "en"

// Languages lists the languages the app ships, English (UK) first.
var Languages = []Language{
	{Code: "en", Name: "English (UK)"},
	{Code: "cy", Name: "Cymraeg"},
	{Code: "pl", Name: "Polski"},
}

// Supported reports whether code is one of Languages.
func Supported(code string) bool {
	for _, l := range Languages {
		if l.Code == code {
			return true
		}
	}
	return false
}

// FromLocale picks the supported language for an OS locale such as
// "cy_GB.UTF-8", "pl-PL" or "C". Anything unknown means English (UK).
func FromLocale(locale string) string {
	code := strings.ToLower(locale)
	if i := strings.IndexAny(code, "_-.@"); i >= 0 {
		code = code[:i]
	}
	if Supported(code) {
		return code
	}
	return Source
}

// Translator turns message ids into text in the chosen language. It is safe
// for use from several goroutines. Missing texts fall back to English, then
// to the id itself, so a gap shows up as a readable key rather than a blank.
type Translator struct {
	bundle *i18n.Bundle
	ids    map[string]bool // every message id in any file, variants included

	mu     sync.RWMutex
	lang   string
	loc    *i18n.Localizer
	region Region // nil until SetRegion
}

// New loads every embedded translation file and selects lang.
func New(lang string) (*Translator, error) {
	files, err := parsed()
	if err != nil {
		return nil, err
	}
	t := &Translator{bundle: files.bundle, ids: files.ids}
	if err := t.SetLanguage(lang); err != nil {
		return nil, err
	}
	return t, nil
}

// messageFiles are the embedded message files, parsed: the bundle of every
// language and the id of every message. Nothing changes them once parsed.
type messageFiles struct {
	bundle *i18n.Bundle
	ids    map[string]bool
}

// parsed reads the message files once per process: every Translator (one
// per window in the app, hundreds in the tests) only reads them, through
// its own Localizer, which go-i18n allows at the same time.
var parsed = sync.OnceValues(func() (messageFiles, error) {
	bundle := i18n.NewBundle(language.BritishEnglish)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(FS, "*.toml")
	if err != nil {
		return messageFiles{}, err
	}
	ids := map[string]bool{}
	for _, name := range files {
		buf, err := fs.ReadFile(FS, name)
		if err != nil {
			return messageFiles{}, err
		}
		mf, err := bundle.ParseMessageFileBytes(buf, fileForBundle(name))
		if err != nil {
			return messageFiles{}, fmt.Errorf("translation file %s: %w", name, err)
		}
		for _, m := range mf.Messages {
			ids[m.ID] = true
		}
	}
	return messageFiles{bundle: bundle, ids: ids}, nil
})

// fileForBundle maps "area.en.toml" to a name go-i18n reads as en-GB, so
// that British English is the bundle's default and not a separate language.
func fileForBundle(name string) string {
	if strings.HasSuffix(name, "."+Source+".toml") {
		return strings.TrimSuffix(name, Source+".toml") + "en-GB.toml"
	}
	return name
}

// SetLanguage switches every later call to T to the given language.
func (t *Translator) SetLanguage(lang string) error {
	if !Supported(lang) {
		return fmt.Errorf("unknown language %q: choose one of %s", lang, codes())
	}
	tag := lang
	if lang == Source {
		tag = "en-GB"
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lang = lang
	t.loc = i18n.NewLocalizer(t.bundle, tag, "en-GB")
	return nil
}

// Language is the code of the language in use.
func (t *Translator) Language() string {
	t.mu.RLock()
	defer t.mu.RUnlock()
	return t.lang
}

// T returns the text for id, filling {{.Field}} placeholders from data and
// from the region's facts (see SetRegion). When the region has its own
// variant of id, that variant is used.
func (t *Translator) T(id string, data ...map[string]any) string {
	return t.localize(id, nil, data)
}

// N returns the plural form of id for count; {{.Count}} holds the count.
func (t *Translator) N(id string, count int, data ...map[string]any) string {
	return t.localize(id, count, data)
}

// localize picks the region's variant of id, if any, and renders it with
// the region's facts under the caller's fields (the caller's win).
func (t *Translator) localize(id string, count any, data []map[string]any) string {
	t.mu.RLock()
	loc, region := t.loc, t.region
	t.mu.RUnlock()
	fields := t.facts(loc, region)
	if count != nil {
		fields["Count"] = count
	}
	if len(data) > 0 {
		for k, v := range data[0] {
			fields[k] = v
		}
	}
	msg := id
	if region != nil && t.ids[VariantKey(id, region.Code())] {
		msg = VariantKey(id, region.Code())
	}
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: msg, PluralCount: count, TemplateData: fields})
	if err != nil && s == "" {
		return id
	}
	return s
}

func codes() string {
	var c []string
	for _, l := range Languages {
		c = append(c, l.Code)
	}
	return strings.Join(c, ", ")
}

// Messages reads one embedded file into id → text. A plural message gives
// its "other" form. Tests use it to compare files and catalogues.
func Messages(name string) (map[string]string, error) {
	buf, err := fs.ReadFile(FS, path.Clean(name))
	if err != nil {
		return nil, err
	}
	raw := map[string]any{}
	if err := toml.Unmarshal(buf, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make(map[string]string, len(raw))
	for id, v := range raw {
		switch v := v.(type) {
		case string:
			out[id] = v
		case map[string]any:
			other, _ := v["other"].(string)
			out[id] = other
		default:
			return nil, fmt.Errorf("%s: %q is neither text nor plural forms", name, id)
		}
	}
	return out, nil
}

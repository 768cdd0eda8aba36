package content

// Where to get help: emergency numbers, reporting services, helplines and
// crisis lines for each region the app knows, and a "What happened?" guide
// that routes each situation to the right contacts in order. Everything
// here works offline.
//
// Names, numbers and addresses are facts from public sources and are never
// translated. Every sentence a user reads lives in translations/*.toml; a
// text that names a service or number either uses the region's facts
// ({{.Emergency}}, {{.ChildLine}}, {{.CrisisLine}}, {{.PoliceNonEmergency}})
// or has a region variant ("<key>@GB").

// Region is a country or group of countries with its own emergency number
// and reporting services. Its value is the ISO 3166-1 alpha-2 code.
type Region string

// The regions the app has contacts for.
const (
	RegionUK Region = "GB"
	RegionUS Region = "US"
	RegionAU Region = "AU"
	RegionIE Region = "IE"
	RegionCA Region = "CA"
	RegionNZ Region = "NZ"

	// RegionAny marks a contact that is not tied to one region, such as
	// NCMEC's Take It Down. It is not in Regions: such a contact is listed
	// for a region only where that region's routes use it.
	RegionAny Region = "*"
)

// Regions lists every region, the default (United Kingdom) first.
var Regions = []Region{RegionUK, RegionUS, RegionAU, RegionIE, RegionCA, RegionNZ}

// DefaultRegion is the region used until the user picks another.
const DefaultRegion = RegionUK

// RegionKey is the translation key of the region's name.
func RegionKey(r Region) string { return "region." + string(r) }

// Known reports whether r is one of Regions.
func (r Region) Known() bool {
	for _, k := range Regions {
		if k == r {
			return true
		}
	}
	return false
}

// OrDefault is r when it is a known region, else DefaultRegion (for a
// setting that is empty or from an older version).
func (r Region) OrDefault() Region {
	if r.Known() {
		return r
	}
	return DefaultRegion
}

// Code is the region's code; with Facts it lets the Translator follow the
// region (translations.Region).
func (r Region) Code() string { return string(r) }

// Facts gives the names and numbers a text may use for this region, taken
// from its contacts: the emergency number, the children's helpline, the
// crisis line and the police outside an emergency. A fact the region has
// no contact for is left out.
func (r Region) Facts() map[string]string {
	facts := map[string]string{}
	if n := EmergencyNumber(r); n != "" {
		facts["Emergency"] = n
	}
	for _, c := range ContactsFor(r) {
		name := factName[c.Role]
		if name == "" || facts[name] != "" {
			continue
		}
		facts[name] = c.Label()
	}
	return facts
}

// factName maps a contact's role to the fact it fills.
var factName = map[Role]string{
	RoleChildLine:          "ChildLine",
	RoleCrisis:             "CrisisLine",
	RolePoliceNonEmergency: "PoliceNonEmergency",
}

// RegionOf returns the region a translator follows (one with a
// RegionCode method, as translations.Translator has), or DefaultRegion.
// Screens use it to apply regional rules, such as minimum ages, through
// the translator they already hold.
func RegionOf(tr any) Region {
	if rc, ok := tr.(interface{ RegionCode() string }); ok {
		return Region(rc.RegionCode()).OrDefault()
	}
	return DefaultRegion
}

// EmergencyNumber is the number to call when a child is in danger right now,
// or "" for an unknown region. Where a region has a second number (112 in the
// UK, 999 in Ireland) the emergency contact's purpose text mentions it.
func EmergencyNumber(r Region) string {
	switch r {
	case RegionUK:
		return "999"
	case RegionUS, RegionCA:
		return "911"
	case RegionAU:
		return "000"
	case RegionIE:
		return "112"
	case RegionNZ:
		return "111"
	}
	return ""
}

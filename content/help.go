package content

import "strconv"

// Where to get help: emergency numbers, reporting services and helplines for
// each region the app knows, and a "What happened?" guide that routes each
// situation to the right contacts in order. Everything here works offline.
//
// Names, numbers and addresses are facts taken from public sources and are
// never translated. Every sentence a user reads (what a contact is for, its
// hours, the situation guides) lives in translations/help.*.toml under the
// keys built by the methods below.

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

// Tristate is a yes/no answer that may not be known.
type Tristate int

// The Tristate values; the zero value is TristateUnknown.
const (
	TristateUnknown Tristate = iota
	TristateYes
	TristateNo
)

// Contact is a service a family can phone, email or report to.
type Contact struct {
	ID     string
	Region Region // RegionAny for a service usable from any region
	Name   string // organisation name as it calls itself; not translated
	Phone  string // as dialled, spaces or hyphens allowed; empty if none
	Web    string // https address to open; empty if none
	Email  string // empty if none
	// Anonymous says whether a report or call can be made without giving
	// a name.
	Anonymous Tristate
	// MinAge and MaxAge bound who the service is for, in whole years;
	// 0 means no bound.
	MinAge, MaxAge int
	// Hours is true when the source states opening hours; the text is
	// under HoursKey.
	Hours  bool
	Source Source
}

// PurposeKey is the translation key of what the contact is for.
func (c Contact) PurposeKey() string { return "contact." + c.ID + ".purpose" }

// HoursKey is the translation key of the contact's hours. The key exists
// only when HasHours is true.
func (c Contact) HoursKey() string { return "contact." + c.ID + ".hours" }

// HasHours reports whether the contact has an hours text.
func (c Contact) HasHours() bool { return c.Hours }

// TelURI is a tel: link for the contact's phone number (digits only), or ""
// when it has no phone.
func (c Contact) TelURI() string {
	digits := make([]byte, 0, len(c.Phone))
	for i := 0; i < len(c.Phone); i++ {
		if ch := c.Phone[i]; ch >= '0' && ch <= '9' {
			digits = append(digits, ch)
		}
	}
	if len(digits) == 0 {
		return ""
	}
	return "tel:" + string(digits)
}

// checkedHelp is when the contacts were last compared with their sources.
const checkedHelp Checked = "2026-11"

// Sources shared by several contacts.
var (
	srcPoliceUK   = Source{Name: "Police.uk", URL: "https://www.police.uk/", Checked: checkedHelp}
	srcChildline  = Source{Name: "Childline", URL: "https://www.childline.org.uk/", Checked: checkedHelp}
	srcUKSIC      = Source{Name: "UK Safer Internet Centre", URL: "https://saferinternet.org.uk/", Checked: checkedHelp}
	srcCybertipCA = Source{Name: "Canadian Centre for Child Protection", URL: "https://www.cybertip.ca/", Checked: checkedHelp}
)

// contacts holds every contact, grouped by region. The order a region shows
// them in is regionOrder, not this.
var contacts = []Contact{
	// United Kingdom.
	{ID: "uk-police-999", Region: RegionUK, Name: "999", Phone: "999", Source: srcPoliceUK},
	{ID: "uk-police-101", Region: RegionUK, Name: "101", Phone: "101", Source: srcPoliceUK},
	{
		ID: "uk-ceop", Region: RegionUK, Name: "CEOP Safety Centre",
		Web: "https://www.ceop.police.uk/Safety-Centre/", Anonymous: TristateNo,
		Source: Source{Name: "CEOP, National Crime Agency", URL: "https://www.ceop.police.uk/Safety-Centre/", Checked: checkedHelp},
	},
	{
		ID: "uk-childline", Region: RegionUK, Name: "Childline",
		Phone: "0800 1111", Web: "https://www.childline.org.uk/", Hours: true,
		Source: srcChildline,
	},
	{
		ID: "uk-nspcc", Region: RegionUK, Name: "NSPCC Helpline",
		Phone: "0808 800 5000", Web: "https://www.nspcc.org.uk/", Email: "help@nspcc.org.uk",
		Source: Source{Name: "NSPCC", URL: "https://www.nspcc.org.uk/", Checked: checkedHelp},
	},
	{
		ID: "uk-iwf", Region: RegionUK, Name: "Internet Watch Foundation",
		Web: "https://report.iwf.org.uk/", Anonymous: TristateYes,
		Source: Source{Name: "Internet Watch Foundation", URL: "https://www.iwf.org.uk/", Checked: checkedHelp},
	},
	{
		ID: "uk-report-remove", Region: RegionUK, Name: "Report Remove",
		Web:    "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/",
		MaxAge: 17,
		Source: Source{Name: "Childline and Internet Watch Foundation", URL: "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove/", Checked: checkedHelp},
	},
	{
		ID: "uk-report-harmful-content", Region: RegionUK, Name: "Report Harmful Content",
		Web: "https://reportharmfulcontent.com/", MinAge: 13,
		Source: Source{Name: "UK Safer Internet Centre (SWGfL)", URL: "https://reportharmfulcontent.com/", Checked: checkedHelp},
	},
	{
		ID: "uk-crimestoppers", Region: RegionUK, Name: "Crimestoppers",
		Phone: "0800 555 111", Web: "https://crimestoppers-uk.org/", Anonymous: TristateYes,
		Source: Source{Name: "Crimestoppers", URL: "https://crimestoppers-uk.org/", Checked: checkedHelp},
	},
	{
		ID: "uk-posh", Region: RegionUK, Name: "Professionals Online Safety Helpline",
		Phone: "0344 381 4772", Email: "helpline@saferinternet.org.uk", Hours: true,
		Source: srcUKSIC,
	},
	{
		ID: "uk-ceop-education", Region: RegionUK, Name: "CEOP Education",
		Web:    "https://www.ceopeducation.co.uk/",
		Source: Source{Name: "CEOP Education, National Crime Agency", URL: "https://www.ceopeducation.co.uk/", Checked: checkedHelp},
	},

	// Usable from any region where a route calls for it.
	{
		ID: "take-it-down", Region: RegionAny, Name: "Take It Down (NCMEC)",
		Web:    "https://takeitdown.ncmec.org/",
		Source: Source{Name: "National Center for Missing & Exploited Children", URL: "https://takeitdown.ncmec.org/", Checked: checkedHelp},
	},

	// United States.
	{ID: "us-911", Region: RegionUS, Name: "911", Phone: "911", Source: Source{Name: "911.gov", URL: "https://www.911.gov/", Checked: checkedHelp}},
	{
		ID: "us-cybertipline", Region: RegionUS, Name: "NCMEC CyberTipline",
		Phone: "1-800-843-5678", Web: "https://report.cybertip.org/",
		Source: Source{Name: "National Center for Missing & Exploited Children", URL: "https://report.cybertip.org/", Checked: checkedHelp},
	},
	{
		ID: "us-childhelp", Region: RegionUS, Name: "Childhelp",
		Phone:  "1-800-422-4453",
		Source: Source{Name: "Childhelp", URL: "https://www.childhelp.org/", Checked: checkedHelp},
	},

	// Australia.
	{ID: "au-000", Region: RegionAU, Name: "000", Phone: "000", Source: Source{Name: "Triple Zero", URL: "https://www.triplezero.gov.au/", Checked: checkedHelp}},
	{
		ID: "au-accce", Region: RegionAU, Name: "ACCCE",
		Web:    "https://www.accce.gov.au/report",
		Source: Source{Name: "Australian Centre to Counter Child Exploitation", URL: "https://www.accce.gov.au/report", Checked: checkedHelp},
	},
	{
		ID: "au-esafety", Region: RegionAU, Name: "eSafety Commissioner",
		Web:    "https://www.esafety.gov.au/report",
		Source: Source{Name: "eSafety Commissioner", URL: "https://www.esafety.gov.au/report", Checked: checkedHelp},
	},
	{
		ID: "au-kids-helpline", Region: RegionAU, Name: "Kids Helpline",
		Phone:  "1800 55 1800",
		Source: Source{Name: "Kids Helpline", URL: "https://kidshelpline.com.au/", Checked: checkedHelp},
	},

	// Ireland.
	{ID: "ie-112", Region: RegionIE, Name: "112", Phone: "112", Source: Source{Name: "An Garda Síochána", URL: "https://www.garda.ie/", Checked: checkedHelp}},
	{
		ID: "ie-hotline", Region: RegionIE, Name: "Hotline.ie",
		Web:    "https://hotline.ie/",
		Source: Source{Name: "Hotline.ie", URL: "https://hotline.ie/", Checked: checkedHelp},
	},
	{
		ID: "ie-childline", Region: RegionIE, Name: "ISPCC Childline",
		Phone:  "1800 66 66 66",
		Source: Source{Name: "ISPCC", URL: "https://www.ispcc.ie/", Checked: checkedHelp},
	},

	// Canada.
	{ID: "ca-911", Region: RegionCA, Name: "911", Phone: "911", Source: Source{Name: "Government of Canada", URL: "https://www.canada.ca/", Checked: checkedHelp}},
	{
		ID: "ca-cybertip", Region: RegionCA, Name: "Cybertip.ca",
		Phone: "1-866-658-9022", Web: "https://www.cybertip.ca/",
		Source: srcCybertipCA,
	},
	{
		ID: "ca-needhelpnow", Region: RegionCA, Name: "NeedHelpNow.ca",
		Web:    "https://needhelpnow.ca/",
		Source: srcCybertipCA,
	},
	{
		ID: "ca-kids-help-phone", Region: RegionCA, Name: "Kids Help Phone",
		Phone:  "1-800-668-6868",
		Source: Source{Name: "Kids Help Phone", URL: "https://kidshelpphone.ca/", Checked: checkedHelp},
	},

	// New Zealand.
	{ID: "nz-111", Region: RegionNZ, Name: "111", Phone: "111", Source: Source{Name: "New Zealand Police", URL: "https://www.police.govt.nz/", Checked: checkedHelp}},
	{
		ID: "nz-netsafe", Region: RegionNZ, Name: "Netsafe",
		Phone: "0508 638 723", Web: "https://netsafe.org.nz/",
		Source: Source{Name: "Netsafe", URL: "https://netsafe.org.nz/", Checked: checkedHelp},
	},
	{
		ID: "nz-youthline", Region: RegionNZ, Name: "Youthline",
		Phone:  "0800 376 633",
		Source: Source{Name: "Youthline", URL: "https://www.youthline.co.nz/", Checked: checkedHelp},
	},
}

// regionOrder is the order each region lists its contacts in: the
// emergency number first, then the services most families will need.
var regionOrder = map[Region][]string{
	RegionUK: {
		"uk-police-999", "uk-police-101", "uk-ceop", "uk-childline", "uk-nspcc",
		"uk-iwf", "uk-report-remove", "take-it-down", "uk-report-harmful-content",
		"uk-crimestoppers", "uk-posh", "uk-ceop-education",
	},
	RegionUS: {"us-911", "us-cybertipline", "take-it-down", "us-childhelp"},
	RegionAU: {"au-000", "au-accce", "au-esafety", "au-kids-helpline"},
	RegionIE: {"ie-112", "ie-hotline", "ie-childline"},
	RegionCA: {"ca-911", "ca-cybertip", "ca-needhelpnow", "ca-kids-help-phone"},
	RegionNZ: {"nz-111", "nz-netsafe", "nz-youthline"},
}

// ContactsFor lists the region's contacts, most used first: its own
// contacts and any region-neutral ones it uses. It is empty for an unknown
// region.
func ContactsFor(r Region) []Contact { return contactsByID(regionOrder[r]) }

// contactsByID looks up each id in turn, skipping any that do not exist
// (the tests make sure none are missing).
func contactsByID(ids []string) []Contact {
	out := make([]Contact, 0, len(ids))
	for _, id := range ids {
		if c, ok := ContactByID(id); ok {
			out = append(out, c)
		}
	}
	return out
}

// ContactByID finds a contact by its id.
func ContactByID(id string) (Contact, bool) {
	for _, c := range contacts {
		if c.ID == id {
			return c, true
		}
	}
	return Contact{}, false
}

// Situation is one answer to "What happened?": what to do now, what to
// keep, what not to do, and which contacts to use, in order, per region.
type Situation struct {
	ID     string
	Routes map[Region][]string // contact ids, in the order to use them
}

// TitleKey is the translation key of the situation's title.
func (s Situation) TitleKey() string { return "situation." + s.ID + ".title" }

// NowKey is the translation key of what to do now.
func (s Situation) NowKey() string { return "situation." + s.ID + ".now" }

// EvidenceKey is the translation key of what evidence to keep.
func (s Situation) EvidenceKey() string { return "situation." + s.ID + ".evidence" }

// DontKey is the translation key of what not to do.
func (s Situation) DontKey() string { return "situation." + s.ID + ".dont" }

// Route lists the contacts to use for the situation in region r, in order.
func (s Situation) Route(r Region) []Contact { return contactsByID(s.Routes[r]) }

// Situations lists the "What happened?" guide's entries in the order shown.
var Situations = []Situation{
	{ID: "grooming", Routes: map[Region][]string{
		RegionUK: {"uk-police-999", "uk-ceop", "uk-nspcc", "uk-childline"},
		RegionUS: {"us-911", "us-cybertipline", "us-childhelp"},
		RegionAU: {"au-000", "au-accce", "au-kids-helpline"},
		RegionIE: {"ie-112", "ie-hotline", "ie-childline"},
		RegionCA: {"ca-911", "ca-cybertip", "ca-kids-help-phone"},
		RegionNZ: {"nz-111", "nz-netsafe", "nz-youthline"},
	}},
	{ID: "image-online", Routes: map[Region][]string{
		RegionUK: {"uk-iwf", "uk-report-remove", "uk-police-101", "uk-nspcc"},
		RegionUS: {"us-cybertipline", "take-it-down", "us-childhelp"},
		RegionAU: {"au-accce", "au-esafety", "au-kids-helpline"},
		RegionIE: {"ie-hotline", "ie-childline"},
		RegionCA: {"ca-cybertip", "ca-needhelpnow", "ca-kids-help-phone"},
		RegionNZ: {"nz-netsafe", "nz-youthline"},
	}},
	{ID: "remove-nude", Routes: map[Region][]string{
		RegionUK: {"uk-report-remove", "take-it-down", "uk-childline"},
		RegionUS: {"take-it-down", "us-cybertipline", "us-childhelp"},
		RegionAU: {"au-esafety", "au-kids-helpline"},
		RegionIE: {"ie-hotline", "ie-childline"},
		RegionCA: {"ca-needhelpnow", "ca-cybertip", "ca-kids-help-phone"},
		RegionNZ: {"nz-netsafe", "nz-youthline"},
	}},
	{ID: "sextortion", Routes: map[Region][]string{
		RegionUK: {"uk-police-999", "uk-police-101", "uk-ceop", "uk-report-remove", "take-it-down", "uk-childline"},
		RegionUS: {"us-911", "us-cybertipline", "take-it-down", "us-childhelp"},
		RegionAU: {"au-000", "au-accce", "au-esafety", "au-kids-helpline"},
		RegionIE: {"ie-112", "ie-hotline", "ie-childline"},
		RegionCA: {"ca-911", "ca-cybertip", "ca-needhelpnow", "ca-kids-help-phone"},
		RegionNZ: {"nz-111", "nz-netsafe", "nz-youthline"},
	}},
	{ID: "bullying", Routes: map[Region][]string{
		RegionUK: {"uk-report-harmful-content", "uk-police-101", "uk-childline"},
		RegionUS: {"us-childhelp", "us-911"},
		RegionAU: {"au-esafety", "au-kids-helpline", "au-000"},
		RegionIE: {"ie-childline", "ie-112"},
		RegionCA: {"ca-kids-help-phone", "ca-911"},
		RegionNZ: {"nz-netsafe", "nz-youthline", "nz-111"},
	}},
	{ID: "crime-jobs", Routes: map[Region][]string{
		RegionUK: {"uk-police-999", "uk-police-101", "uk-crimestoppers", "uk-nspcc", "uk-childline"},
		RegionUS: {"us-911", "us-childhelp"},
		RegionAU: {"au-000", "au-kids-helpline"},
		RegionIE: {"ie-112", "ie-childline"},
		RegionCA: {"ca-911", "ca-kids-help-phone"},
		RegionNZ: {"nz-111", "nz-youthline"},
	}},
	{ID: "child-talk", Routes: map[Region][]string{
		RegionUK: {"uk-childline"},
		RegionUS: {"us-childhelp"},
		RegionAU: {"au-kids-helpline"},
		RegionIE: {"ie-childline"},
		RegionCA: {"ca-kids-help-phone"},
		RegionNZ: {"nz-youthline"},
	}},
	{ID: "carer-advice", Routes: map[Region][]string{
		RegionUK: {"uk-nspcc", "uk-posh", "uk-ceop-education"},
		RegionUS: {"us-childhelp"},
		RegionAU: {"au-esafety", "au-kids-helpline"},
		RegionIE: {"ie-childline"},
		RegionCA: {"ca-cybertip", "ca-kids-help-phone"},
		RegionNZ: {"nz-netsafe", "nz-youthline"},
	}},
}

// SituationByID finds a situation by its id.
func SituationByID(id string) (Situation, bool) {
	for _, s := range Situations {
		if s.ID == id {
			return s, true
		}
	}
	return Situation{}, false
}

// The "If your child tells you" page: a title, TellsSteps numbered steps
// and a note on when to call the emergency number.
const (
	TellsTitleKey   = "tells.title"
	TellsCall999Key = "tells.call999"
	TellsSteps      = 7
)

// TellsStepKey is the translation key of step n, counting from 1.
func TellsStepKey(n int) string { return "tells.step." + strconv.Itoa(n) }

package content

// checkedHelp is when the contacts were last compared with their sources.
const checkedHelp Checked = "2026-11"

// checkedFix is when the contacts corrected or added in December 2026
// were compared with their sources.
const checkedFix Checked = "2026-12"

// Sources shared by several contacts. A source gives the page that states
// the fact where FACTS.md gives one; where it gives only a number, the
// source is the organisation, with no address (a home page does not
// state the number's remit; the contact's own Web link is separate).
var (
	srcPoliceUK   = Source{Name: "Police.uk", Checked: checkedHelp}
	srcChildline  = Source{Name: "Childline", URL: "https://www.childline.org.uk/", Checked: checkedHelp}
	srcUKSIC      = Source{Name: "UK Safer Internet Centre", Checked: checkedHelp}
	srcCybertipCA = Source{Name: "Canadian Centre for Child Protection", URL: "https://www.cybertip.ca/", Checked: checkedHelp}
	srcSamaritans = Source{Name: "Samaritans", Checked: checkedHelp}
	srcNZPolice   = Source{Name: "New Zealand Police", Checked: checkedHelp}
)

// contacts holds every contact, grouped by region. The order a region shows
// them in is regionOrder, not this.
var contacts = []Contact{
	// United Kingdom.
	{ID: "uk-police-999", Region: RegionUK, Name: "999", Phone: "999", Role: RoleEmergency, Source: srcPoliceUK},
	{ID: "uk-police-101", Region: RegionUK, Name: "101", Phone: "101", Role: RolePoliceNonEmergency, Source: srcPoliceUK},
	{
		ID: "uk-ceop", Region: RegionUK, Name: "CEOP Safety Centre",
		Web: "https://www.ceop.police.uk/Safety-Centre/", Anonymous: TristateNo,
		Source: Source{Name: "CEOP, National Crime Agency", URL: "https://www.ceop.police.uk/Safety-Centre/", Checked: checkedHelp},
	},
	{
		ID: "uk-childline", Region: RegionUK, Name: "Childline", Role: RoleChildLine, YoungPeopleOnly: true,
		Phone: "0800 1111", Web: "https://www.childline.org.uk/", Hours: true,
		Source: srcChildline,
	},
	{
		ID: "uk-nspcc", Region: RegionUK, Name: "NSPCC Helpline", Role: RoleParents,
		Phone: "0808 800 5000", Web: "https://www.nspcc.org.uk/", Email: "help@nspcc.org.uk", Hours: true,
		Source: Source{Name: "NSPCC", Checked: checkedHelp},
	},
	{
		ID: "uk-samaritans", Region: RegionUK, Name: "Samaritans", Role: RoleCrisis,
		Phone: "116 123", Web: "https://www.samaritans.org/", Hours: true,
		Source: srcSamaritans,
	},
	{
		ID: "uk-iwf", Region: RegionUK, Name: "Internet Watch Foundation",
		Web: "https://report.iwf.org.uk/", Anonymous: TristateYes, NeedsWebAddress: true,
		ReportsOnly: true,
		Source:      Source{Name: "Internet Watch Foundation", URL: "https://report.iwf.org.uk/", Checked: checkedHelp},
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
		Source: Source{Name: "Crimestoppers", Checked: checkedHelp},
	},
	{
		ID: "uk-posh", Region: RegionUK, Name: "Professionals Online Safety Helpline",
		Phone: "0344 381 4772", Email: "helpline@saferinternet.org.uk", Hours: true, ProfessionalsOnly: true,
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
	{ID: "us-911", Region: RegionUS, Name: "911", Phone: "911", Role: RoleEmergency, Source: Source{Name: "911.gov", Checked: checkedHelp}},
	{
		ID: "us-cybertipline", Region: RegionUS, Name: "NCMEC CyberTipline",
		Phone: "1-800-843-5678", Web: "https://report.cybertip.org/",
		ReportsOnly: true,
		Source:      Source{Name: "National Center for Missing & Exploited Children", URL: "https://report.cybertip.org/", Checked: checkedHelp},
	},
	{
		ID: "us-fbi-tips", Region: RegionUS, Name: "FBI tips",
		Web:         "https://tips.fbi.gov/",
		ReportsOnly: true,
		Source:      Source{Name: "Federal Bureau of Investigation", URL: "https://tips.fbi.gov/", Checked: checkedHelp},
	},
	{
		ID: "us-988", Region: RegionUS, Name: "988", Phone: "988", Role: RoleCrisis,
		Source: Source{Name: "988 Suicide & Crisis Lifeline", Checked: checkedHelp},
	},
	{
		ID: "us-childhelp", Region: RegionUS, Name: "Childhelp", Role: RoleChildLine,
		Phone:  "1-800-422-4453",
		Source: Source{Name: "Childhelp", Checked: checkedHelp},
	},

	// Australia.
	{ID: "au-000", Region: RegionAU, Name: "000", Phone: "000", Role: RoleEmergency, Source: Source{Name: "Triple Zero", Checked: checkedHelp}},
	{
		ID: "au-accce", Region: RegionAU, Name: "ACCCE",
		Web:         "https://www.accce.gov.au/report",
		ReportsOnly: true,
		Source:      Source{Name: "Australian Centre to Counter Child Exploitation", URL: "https://www.accce.gov.au/report", Checked: checkedHelp},
	},
	{
		ID: "au-esafety", Region: RegionAU, Name: "eSafety Commissioner",
		Web:    "https://www.esafety.gov.au/report",
		Source: Source{Name: "eSafety Commissioner", URL: "https://www.esafety.gov.au/report", Checked: checkedHelp},
	},
	{
		ID: "au-kids-helpline", Region: RegionAU, Name: "Kids Helpline", Role: RoleChildLine, YoungPeopleOnly: true,
		Phone:  "1800 55 1800",
		Source: Source{Name: "Kids Helpline", Checked: checkedHelp},
	},
	{
		ID: "au-lifeline", Region: RegionAU, Name: "Lifeline", Role: RoleCrisis,
		Phone:  "13 11 14",
		Source: Source{Name: "Lifeline Australia", Checked: checkedHelp},
	},
	{
		ID: "au-police-assistance", Region: RegionAU, Name: "Police Assistance Line", Role: RolePoliceNonEmergency,
		Phone:  "131 444",
		Source: Source{Name: "Western Australia Police Force, about calling 000 and 131 444", URL: "https://www.police.wa.gov.au/contact-us/about-calling-000-and-131-444", Checked: checkedFix},
	},
	{
		// Crime Stoppers takes information about crime, anonymously if
		// the caller wishes; it is not the police line.
		ID: "au-crime-stoppers", Region: RegionAU, Name: "Crime Stoppers",
		Phone: "1800 333 000", Anonymous: TristateYes,
		Source: Source{Name: "Crime Stoppers Australia", Checked: checkedFix},
	},

	// Ireland.
	{ID: "ie-112", Region: RegionIE, Name: "112", Phone: "112", Role: RoleEmergency, Source: Source{Name: "An Garda Síochána", Checked: checkedHelp}},
	{
		ID: "ie-hotline", Region: RegionIE, Name: "Hotline.ie",
		Web:         "https://hotline.ie/",
		ReportsOnly: true,
		Source:      Source{Name: "Hotline.ie", URL: "https://hotline.ie/", Checked: checkedHelp},
	},
	{
		ID: "ie-childline", Region: RegionIE, Name: "ISPCC Childline", Role: RoleChildLine, YoungPeopleOnly: true,
		Phone:  "1800 66 66 66",
		Source: Source{Name: "ISPCC", Checked: checkedHelp},
	},
	{
		ID: "ie-samaritans", Region: RegionIE, Name: "Samaritans", Role: RoleCrisis,
		Phone: "116 123", Web: "https://www.samaritans.org/", Hours: true,
		Source: srcSamaritans,
	},
	{
		ID: "ie-parentline", Region: RegionIE, Name: "Parentline", Role: RoleParents,
		Web:    "https://www.parentline.ie/",
		Source: Source{Name: "Parentline", URL: "https://www.parentline.ie/", Checked: checkedHelp},
	},
	{
		ID: "ie-tusla", Region: RegionIE, Name: "Tusla, Child and Family Agency",
		Web:    "https://www.tusla.ie/",
		Source: Source{Name: "Tusla, how do I report a concern about a child?", URL: "https://www.tusla.ie/children-first/individuals-working-with-children-and-young-people/how-do-i-report-a-concern-about-a-child/", Checked: checkedFix},
	},

	// Canada.
	{ID: "ca-911", Region: RegionCA, Name: "911", Phone: "911", Role: RoleEmergency, Source: Source{Name: "Government of Canada", Checked: checkedHelp}},
	{
		ID: "ca-cybertip", Region: RegionCA, Name: "Cybertip.ca",
		Phone: "1-866-658-9022", Web: "https://www.cybertip.ca/",
		ReportsOnly: true,
		Source:      srcCybertipCA,
	},
	{
		ID: "ca-needhelpnow", Region: RegionCA, Name: "NeedHelpNow.ca",
		Web:    "https://needhelpnow.ca/",
		Source: Source{Name: "Canadian Centre for Child Protection (NeedHelpNow.ca)", Checked: checkedHelp},
	},
	{
		ID: "ca-kids-help-phone", Region: RegionCA, Name: "Kids Help Phone", Role: RoleChildLine, YoungPeopleOnly: true,
		Phone:  "1-800-668-6868",
		Source: Source{Name: "Kids Help Phone", Checked: checkedHelp},
	},
	{
		ID: "ca-988", Region: RegionCA, Name: "9-8-8", Phone: "9-8-8", Role: RoleCrisis,
		Source: Source{Name: "9-8-8 Suicide Crisis Helpline", Checked: checkedHelp},
	},

	// New Zealand.
	{ID: "nz-111", Region: RegionNZ, Name: "111", Phone: "111", Role: RoleEmergency, Source: srcNZPolice},
	{
		ID: "nz-police-105", Region: RegionNZ, Name: "105", Phone: "105", Role: RolePoliceNonEmergency,
		Source: Source{Name: "New Zealand Police, 105 non-emergency", Checked: checkedFix},
	},
	{
		ID: "nz-dia", Region: RegionNZ, Name: "Department of Internal Affairs (Digital Child Exploitation team)",
		Web:         "https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material",
		ReportsOnly: true,
		Source:      Source{Name: "Department of Internal Affairs", URL: "https://www.dia.govt.nz/Digital-Safety-Report-Online-Child-Exploitation-Material", Checked: checkedHelp},
	},
	{
		ID: "nz-netsafe", Region: RegionNZ, Name: "Netsafe",
		Phone: "0508 638 723", Web: "https://netsafe.org.nz/",
		Source: Source{Name: "Netsafe", URL: "https://netsafe.org.nz/", Checked: checkedHelp},
	},
	{
		ID: "nz-youthline", Region: RegionNZ, Name: "Youthline", Role: RoleChildLine, YoungPeopleOnly: true,
		Phone:  "0800 376 633",
		Source: Source{Name: "Youthline", Checked: checkedHelp},
	},
	{
		ID: "nz-1737", Region: RegionNZ, Name: "1737", Phone: "1737", Role: RoleCrisis,
		Source: Source{Name: "1737, Need to talk?", Checked: checkedHelp},
	},
	{
		ID: "nz-oranga-tamariki", Region: RegionNZ, Name: "Oranga Tamariki",
		Phone: "0508 326 459", Web: "https://www.orangatamariki.govt.nz/",
		Source: Source{Name: "Oranga Tamariki, report of concern", URL: "https://www.orangatamariki.govt.nz/about-us/how-we-work/how-we-keep-children-safe/report-of-concern/", Checked: checkedFix},
	},
	{
		ID: "nz-parent-help", Region: RegionNZ, Name: "Parent Help", Role: RoleParents,
		Phone: "0800 568 856", Web: "https://www.parenthelp.org.nz/",
		Source: Source{Name: "Office of the Children's Commissioner, child safety", URL: "https://www.occ.org.nz/childrens-rights-and-advice/child-safety/", Checked: checkedFix},
	},
}

// regionOrder is the order each region lists its contacts in: the
// emergency number first, then the services most families will need.
var regionOrder = map[Region][]string{
	RegionUK: {
		"uk-police-999", "uk-police-101", "uk-ceop", "uk-childline", "uk-nspcc", "uk-samaritans",
		"uk-iwf", "uk-report-remove", "take-it-down", "uk-report-harmful-content",
		"uk-crimestoppers", "uk-posh", "uk-ceop-education",
	},
	RegionUS: {"us-911", "us-cybertipline", "us-988", "take-it-down", "us-fbi-tips", "us-childhelp"},
	RegionAU: {"au-000", "au-accce", "au-esafety", "au-kids-helpline", "au-lifeline", "au-police-assistance", "take-it-down", "au-crime-stoppers"},
	RegionIE: {"ie-112", "ie-hotline", "ie-tusla", "ie-childline", "ie-samaritans", "ie-parentline", "take-it-down"},
	RegionCA: {"ca-911", "ca-cybertip", "ca-needhelpnow", "ca-kids-help-phone", "ca-988", "take-it-down"},
	RegionNZ: {"nz-111", "nz-police-105", "nz-dia", "nz-netsafe", "nz-oranga-tamariki", "nz-youthline", "nz-1737", "nz-parent-help", "take-it-down"},
}

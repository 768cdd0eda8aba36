package content

import "strconv"

// Situation is one answer to "What happened?": what to do now, what to
// keep, what not to do, and which contacts to use, in order, per region.
type Situation struct {
	ID     string
	Routes map[Region][]string // contact ids, in the order to use them
	// Crisis marks a situation about self-harm content or a child in
	// despair: every region's route shows its crisis line.
	Crisis bool
	// PrivateImage marks a situation about an image sent in a private chat
	// or group: it has no web address, so no route may use a service that
	// needs one.
	PrivateImage bool
	// ForCarers marks a parent's or carer's own request for advice: no
	// route may send it to a line for young people, a line for
	// professionals or a service that only takes reports.
	ForCarers bool
	// NoneListedSaid marks the regions where the route is empty on
	// purpose and the situation's own words say why.
	NoneListedSaid map[Region]bool
}

// RouteExplained reports whether an empty route in region r is explained
// by the situation's own words, so the screen adds no line of its own.
func (s Situation) RouteExplained(r Region) bool { return s.NoneListedSaid[r] }

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

// Situations lists the "What happened?" guide's entries in the order shown.
// Each route follows the remit of each body: who investigates what, who
// needs a web address, who is for young people and who for adults.
var Situations = []Situation{
	{ID: "grooming", Routes: map[Region][]string{
		RegionUK: {"uk-police-999", "uk-ceop", "uk-nspcc", "uk-childline"},
		RegionUS: {"us-911", "us-cybertipline", "us-childhelp"},
		RegionAU: {"au-000", "au-accce", "au-kids-helpline"},
		RegionIE: {"ie-112", "ie-hotline", "ie-tusla", "ie-parentline", "ie-childline"},
		RegionCA: {"ca-911", "ca-cybertip", "ca-kids-help-phone"},
		// NZ Police deal with grooming; the DIA investigates images.
		RegionNZ: {"nz-111", "nz-police-105", "nz-oranga-tamariki", "nz-netsafe", "nz-youthline"},
	}},
	{ID: "image-online", Routes: map[Region][]string{
		RegionUK: {"uk-iwf", "uk-report-remove", "take-it-down", "uk-police-101", "uk-nspcc"},
		RegionUS: {"us-cybertipline", "take-it-down", "us-childhelp"},
		RegionAU: {"au-accce", "au-esafety", "take-it-down", "au-kids-helpline"},
		RegionIE: {"ie-hotline", "take-it-down", "ie-childline"},
		RegionCA: {"ca-cybertip", "ca-needhelpnow", "take-it-down", "ca-kids-help-phone"},
		RegionNZ: {"nz-dia", "nz-netsafe", "take-it-down", "nz-youthline"},
	}},
	{ID: "image-private", PrivateImage: true, Routes: map[Region][]string{
		RegionUK: {"uk-report-remove", "take-it-down", "uk-police-101", "uk-ceop", "uk-nspcc"},
		RegionUS: {"us-cybertipline", "take-it-down", "us-childhelp"},
		RegionAU: {"au-accce", "au-esafety", "take-it-down", "au-kids-helpline"},
		RegionIE: {"take-it-down", "ie-hotline", "ie-childline"},
		RegionCA: {"ca-cybertip", "ca-needhelpnow", "take-it-down", "ca-kids-help-phone"},
		RegionNZ: {"nz-dia", "nz-police-105", "nz-netsafe", "take-it-down", "nz-youthline"},
	}},
	{ID: "remove-nude", Routes: map[Region][]string{
		RegionUK: {"uk-report-remove", "take-it-down", "uk-childline"},
		RegionUS: {"take-it-down", "us-cybertipline", "us-childhelp"},
		RegionAU: {"au-esafety", "take-it-down", "au-kids-helpline"},
		RegionIE: {"take-it-down", "ie-hotline", "ie-childline"},
		RegionCA: {"ca-needhelpnow", "take-it-down", "ca-cybertip", "ca-kids-help-phone"},
		RegionNZ: {"nz-netsafe", "take-it-down", "nz-youthline"},
	}},
	{ID: "sextortion", Crisis: true, Routes: map[Region][]string{
		RegionUK: {"uk-police-999", "uk-police-101", "uk-ceop", "uk-report-remove", "take-it-down", "uk-childline", "uk-samaritans"},
		RegionUS: {"us-911", "us-cybertipline", "us-fbi-tips", "take-it-down", "us-988"},
		RegionAU: {"au-000", "au-accce", "au-esafety", "take-it-down", "au-kids-helpline", "au-lifeline"},
		RegionIE: {"ie-112", "ie-hotline", "take-it-down", "ie-childline", "ie-samaritans"},
		RegionCA: {"ca-911", "ca-cybertip", "ca-needhelpnow", "take-it-down", "ca-kids-help-phone", "ca-988"},
		RegionNZ: {"nz-111", "nz-police-105", "nz-netsafe", "take-it-down", "nz-youthline", "nz-1737"},
	}},
	{ID: "bullying", Crisis: true, Routes: map[Region][]string{
		RegionUK: {"uk-report-harmful-content", "uk-police-101", "uk-childline", "uk-samaritans"},
		RegionUS: {"us-988", "us-911"},
		RegionAU: {"au-esafety", "au-kids-helpline", "au-lifeline", "au-000"},
		RegionIE: {"ie-childline", "ie-samaritans", "ie-112"},
		RegionCA: {"ca-kids-help-phone", "ca-988", "ca-911"},
		RegionNZ: {"nz-netsafe", "nz-youthline", "nz-1737", "nz-111"},
	}},
	{ID: "self-harm", Crisis: true, Routes: map[Region][]string{
		RegionUK: {"uk-samaritans", "uk-police-999", "uk-childline", "uk-report-harmful-content"},
		RegionUS: {"us-988", "us-911"},
		RegionAU: {"au-lifeline", "au-000", "au-kids-helpline", "au-esafety"},
		RegionIE: {"ie-samaritans", "ie-112", "ie-childline"},
		RegionCA: {"ca-988", "ca-911", "ca-kids-help-phone"},
		RegionNZ: {"nz-1737", "nz-111", "nz-youthline", "nz-netsafe"},
	}},
	{ID: "crime-jobs", Routes: map[Region][]string{
		RegionUK: {"uk-police-999", "uk-police-101", "uk-crimestoppers", "uk-nspcc", "uk-childline"},
		RegionUS: {"us-911", "us-childhelp"},
		RegionAU: {"au-000", "au-police-assistance", "au-crime-stoppers", "au-kids-helpline"},
		RegionIE: {"ie-112", "ie-tusla", "ie-parentline", "ie-childline"},
		RegionCA: {"ca-911", "ca-kids-help-phone"},
		RegionNZ: {"nz-111", "nz-police-105", "nz-oranga-tamariki", "nz-parent-help", "nz-youthline"},
	}},
	{ID: "child-talk", Crisis: true, Routes: map[Region][]string{
		RegionUK: {"uk-childline", "uk-samaritans"},
		RegionUS: {"us-childhelp", "us-988"},
		RegionAU: {"au-kids-helpline", "au-lifeline"},
		RegionIE: {"ie-childline", "ie-samaritans"},
		RegionCA: {"ca-kids-help-phone", "ca-988"},
		RegionNZ: {"nz-youthline", "nz-1737"},
	}},
	{ID: "carer-advice", ForCarers: true, Routes: map[Region][]string{
		RegionUK: {"uk-nspcc", "uk-ceop-education"},
		RegionUS: {"us-childhelp"},
		RegionAU: {"au-esafety"},
		RegionIE: {"ie-parentline", "ie-tusla"},
		// Canada has no national helpline for parents; the text says so
		// rather than sending them to a children's line or a tipline.
		RegionCA: {},
		RegionNZ: {"nz-parent-help", "nz-oranga-tamariki", "nz-netsafe"},
	}, NoneListedSaid: map[Region]bool{RegionCA: true}},
}

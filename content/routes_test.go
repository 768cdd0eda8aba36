package content

import (
	"slices"
	"testing"
)

// TestRoutesPerRegion pins every route: for each region and situation, the
// contacts a family is sent to and their order. A change to a route must
// be made here too, on purpose.
func TestRoutesPerRegion(t *testing.T) {
	t.Parallel()
	want := map[string]map[Region][]string{
		"grooming": {
			RegionUK: {"uk-police-999", "uk-ceop", "uk-nspcc", "uk-childline"},
			RegionUS: {"us-911", "us-cybertipline", "us-childhelp"},
			RegionAU: {"au-000", "au-accce", "au-kids-helpline"},
			RegionIE: {"ie-112", "ie-hotline", "ie-tusla", "ie-parentline", "ie-childline"},
			RegionCA: {"ca-911", "ca-cybertip", "ca-kids-help-phone"},
			RegionNZ: {"nz-111", "nz-police-105", "nz-oranga-tamariki", "nz-netsafe", "nz-youthline"},
		},
		"image-online": {
			RegionUK: {"uk-iwf", "uk-report-remove", "take-it-down", "uk-police-101", "uk-nspcc"},
			RegionUS: {"us-cybertipline", "take-it-down", "us-childhelp"},
			RegionAU: {"au-accce", "au-esafety", "take-it-down", "au-kids-helpline"},
			RegionIE: {"ie-hotline", "take-it-down", "ie-childline"},
			RegionCA: {"ca-cybertip", "ca-needhelpnow", "take-it-down", "ca-kids-help-phone"},
			RegionNZ: {"nz-dia", "nz-netsafe", "take-it-down", "nz-youthline"},
		},
		"image-private": {
			RegionUK: {"uk-report-remove", "take-it-down", "uk-police-101", "uk-ceop", "uk-nspcc"},
			RegionUS: {"us-cybertipline", "take-it-down", "us-childhelp"},
			RegionAU: {"au-accce", "au-esafety", "take-it-down", "au-kids-helpline"},
			RegionIE: {"take-it-down", "ie-hotline", "ie-childline"},
			RegionCA: {"ca-cybertip", "ca-needhelpnow", "take-it-down", "ca-kids-help-phone"},
			RegionNZ: {"nz-dia", "nz-police-105", "nz-netsafe", "take-it-down", "nz-youthline"},
		},
		"remove-nude": {
			RegionUK: {"uk-report-remove", "take-it-down", "uk-childline"},
			RegionUS: {"take-it-down", "us-cybertipline", "us-childhelp"},
			RegionAU: {"au-esafety", "take-it-down", "au-kids-helpline"},
			RegionIE: {"take-it-down", "ie-hotline", "ie-childline"},
			RegionCA: {"ca-needhelpnow", "take-it-down", "ca-cybertip", "ca-kids-help-phone"},
			RegionNZ: {"nz-netsafe", "take-it-down", "nz-youthline"},
		},
		"sextortion": {
			RegionUK: {"uk-police-999", "uk-police-101", "uk-ceop", "uk-report-remove", "take-it-down", "uk-childline", "uk-samaritans"},
			RegionUS: {"us-911", "us-cybertipline", "us-fbi-tips", "take-it-down", "us-988"},
			RegionAU: {"au-000", "au-accce", "au-esafety", "take-it-down", "au-kids-helpline", "au-lifeline"},
			RegionIE: {"ie-112", "ie-hotline", "take-it-down", "ie-childline", "ie-samaritans"},
			RegionCA: {"ca-911", "ca-cybertip", "ca-needhelpnow", "take-it-down", "ca-kids-help-phone", "ca-988"},
			RegionNZ: {"nz-111", "nz-police-105", "nz-netsafe", "take-it-down", "nz-youthline", "nz-1737"},
		},
		"bullying": {
			RegionUK: {"uk-report-harmful-content", "uk-police-101", "uk-childline", "uk-samaritans"},
			RegionUS: {"us-988", "us-911"},
			RegionAU: {"au-esafety", "au-kids-helpline", "au-lifeline", "au-000"},
			RegionIE: {"ie-childline", "ie-samaritans", "ie-112"},
			RegionCA: {"ca-kids-help-phone", "ca-988", "ca-911"},
			RegionNZ: {"nz-netsafe", "nz-youthline", "nz-1737", "nz-111"},
		},
		"self-harm": {
			RegionUK: {"uk-samaritans", "uk-police-999", "uk-childline", "uk-report-harmful-content"},
			RegionUS: {"us-988", "us-911"},
			RegionAU: {"au-lifeline", "au-000", "au-kids-helpline", "au-esafety"},
			RegionIE: {"ie-samaritans", "ie-112", "ie-childline"},
			RegionCA: {"ca-988", "ca-911", "ca-kids-help-phone"},
			RegionNZ: {"nz-1737", "nz-111", "nz-youthline", "nz-netsafe"},
		},
		"crime-jobs": {
			RegionUK: {"uk-police-999", "uk-police-101", "uk-crimestoppers", "uk-nspcc", "uk-childline"},
			RegionUS: {"us-911", "us-childhelp"},
			RegionAU: {"au-000", "au-police-assistance", "au-crime-stoppers", "au-kids-helpline"},
			RegionIE: {"ie-112", "ie-tusla", "ie-parentline", "ie-childline"},
			RegionCA: {"ca-911", "ca-kids-help-phone"},
			RegionNZ: {"nz-111", "nz-police-105", "nz-oranga-tamariki", "nz-parent-help", "nz-youthline"},
		},
		"child-talk": {
			RegionUK: {"uk-childline", "uk-samaritans"},
			RegionUS: {"us-childhelp", "us-988"},
			RegionAU: {"au-kids-helpline", "au-lifeline"},
			RegionIE: {"ie-childline", "ie-samaritans"},
			RegionCA: {"ca-kids-help-phone", "ca-988"},
			RegionNZ: {"nz-youthline", "nz-1737"},
		},
		"carer-advice": {
			RegionUK: {"uk-nspcc", "uk-ceop-education"},
			RegionUS: {"us-childhelp"},
			RegionAU: {"au-esafety"},
			RegionIE: {"ie-parentline", "ie-tusla"},
			RegionCA: nil,
			RegionNZ: {"nz-parent-help", "nz-oranga-tamariki", "nz-netsafe"},
		},
	}
	if len(want) != len(Situations) {
		t.Errorf("the table covers %d situations, the guide has %d", len(want), len(Situations))
	}
	for _, s := range Situations {
		for _, r := range Regions {
			var got []string
			for _, c := range s.Route(r) {
				got = append(got, c.ID)
			}
			if !slices.Equal(got, want[s.ID][r]) {
				t.Errorf("%s in %s: route %v, want %v", s.ID, r, got, want[s.ID][r])
			}
		}
	}
}

// TestRoutesMatchEachBodysRemit checks the rules behind the table, so a
// new route or region cannot break them unnoticed.
func TestRoutesMatchEachBodysRemit(t *testing.T) {
	t.Parallel()
	crisis := map[Region]string{}
	for _, r := range Regions {
		for _, c := range ContactsFor(r) {
			if c.Role == RoleCrisis {
				crisis[r] = c.ID
			}
		}
		if crisis[r] == "" {
			t.Errorf("%s has no crisis line", r)
		}
	}
	for _, s := range Situations {
		for _, r := range Regions {
			route := s.Route(r)
			ids := make([]string, len(route))
			for i, c := range route {
				ids[i] = c.ID
				if s.PrivateImage && c.NeedsWebAddress {
					t.Errorf("%s in %s: %s needs a web address, which an image in a private chat does not have", s.ID, r, c.ID)
				}
				if s.ForCarers && c.YoungPeopleOnly {
					t.Errorf("%s in %s: a parent's request for advice goes to %s, a line for young people", s.ID, r, c.ID)
				}
				if s.ForCarers && (c.ProfessionalsOnly || c.ReportsOnly) {
					t.Errorf("%s in %s: a parent's request for advice goes to %s, which is for professionals or reports only", s.ID, r, c.ID)
				}
			}
			if s.Crisis && !slices.Contains(ids, crisis[r]) {
				t.Errorf("%s in %s: route %v lacks the crisis line %s", s.ID, r, ids, crisis[r])
			}
		}
	}
	// New Zealand: child sexual abuse images go to the DIA first; grooming
	// to NZ Police (105); Netsafe never first for abuse images.
	for _, id := range []string{"image-online", "image-private"} {
		s, _ := SituationByID(id)
		if s.Routes[RegionNZ][0] != "nz-dia" {
			t.Errorf("%s in NZ should start with the Department of Internal Affairs: %v", id, s.Routes[RegionNZ])
		}
	}
	g, _ := SituationByID("grooming")
	if !slices.Contains(g.Routes[RegionNZ], "nz-police-105") || slices.Contains(g.Routes[RegionNZ], "nz-dia") {
		t.Errorf("grooming in NZ goes to NZ Police (105), not the DIA: %v", g.Routes[RegionNZ])
	}
	// Bullying in the US does not start with a child-abuse line.
	b, _ := SituationByID("bullying")
	if b.Routes[RegionUS][0] == "us-childhelp" {
		t.Errorf("bullying in the US starts with Childhelp: %v", b.Routes[RegionUS])
	}
	// The IWF acts only on a web address.
	if iwf, _ := ContactByID("uk-iwf"); !iwf.NeedsWebAddress {
		t.Error("uk-iwf should need a web address")
	}
}

func TestRegionFacts(t *testing.T) {
	t.Parallel()
	want := map[Region]map[string]string{
		RegionUK: {"Emergency": "999", "ChildLine": "Childline (0800 1111)", "CrisisLine": "Samaritans (116 123)", "PoliceNonEmergency": "101"},
		RegionUS: {"Emergency": "911", "ChildLine": "Childhelp (1-800-422-4453)", "CrisisLine": "988"},
		RegionAU: {"Emergency": "000", "ChildLine": "Kids Helpline (1800 55 1800)", "CrisisLine": "Lifeline (13 11 14)", "PoliceNonEmergency": "Police Assistance Line (131 444)"},
		RegionIE: {"Emergency": "112", "ChildLine": "ISPCC Childline (1800 66 66 66)", "CrisisLine": "Samaritans (116 123)"},
		RegionCA: {"Emergency": "911", "ChildLine": "Kids Help Phone (1-800-668-6868)", "CrisisLine": "9-8-8"},
		RegionNZ: {"Emergency": "111", "ChildLine": "Youthline (0800 376 633)", "CrisisLine": "1737", "PoliceNonEmergency": "105"},
	}
	for _, r := range Regions {
		got := r.Facts()
		if len(got) != len(want[r]) {
			t.Errorf("%s: facts %v, want %v", r, got, want[r])
		}
		for k, v := range want[r] {
			if got[k] != v {
				t.Errorf("%s: %s = %q, want %q", r, k, got[k], v)
			}
		}
		if r.Code() != string(r) || !r.Known() {
			t.Errorf("%s: Code %q, Known %v", r, r.Code(), r.Known())
		}
	}
	if Region("XX").Known() || len(Region("XX").Facts()) != 0 {
		t.Error("an unknown region should have no facts")
	}
}

type regionCoder string

func (r regionCoder) RegionCode() string { return string(r) }

func TestRegionOf(t *testing.T) {
	t.Parallel()
	if got := RegionOf(regionCoder("AU")); got != RegionAU {
		t.Errorf("RegionOf(AU) = %s", got)
	}
	if got := RegionOf(regionCoder("")); got != DefaultRegion {
		t.Errorf("RegionOf(no region) = %s, want the default", got)
	}
	if got := RegionOf(struct{}{}); got != DefaultRegion {
		t.Errorf("RegionOf(something without a region) = %s, want the default", got)
	}
}

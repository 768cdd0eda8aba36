package content

import (
	"slices"
	"strings"
	"testing"

	"family-online-safety/translations"
)

// TestEachRegionsPoliceParentsAndChildProtection pins, region by region,
// who a family reaches for the police outside an emergency, for a parent's
// own advice and for a worry about a child's safety or care, as FACTS.md
// sets them out. The carer's sheet and {{.PoliceNonEmergency}} take the
// first two from these roles.
func TestEachRegionsPoliceParentsAndChildProtection(t *testing.T) {
	t.Parallel()
	tests := []struct {
		region     Region
		police     string // the RolePoliceNonEmergency contact, "" for none
		policeTel  string
		parents    string // the RoleParents contact, "" for none
		protection string // the body for a worry about a child's care, "" for none listed
		carerRoute []string
	}{
		{RegionUK, "uk-police-101", "101", "uk-nspcc", "", []string{"uk-nspcc", "uk-ceop-education"}},
		{RegionUS, "", "", "", "", []string{"us-childhelp"}},
		{RegionAU, "au-police-assistance", "131 444", "", "", []string{"au-esafety"}},
		{RegionIE, "", "", "ie-parentline", "ie-tusla", []string{"ie-parentline", "ie-tusla"}},
		{RegionCA, "", "", "", "", nil},
		{RegionNZ, "nz-police-105", "105", "nz-parent-help", "nz-oranga-tamariki", []string{"nz-parent-help", "nz-oranga-tamariki", "nz-netsafe"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.region), func(t *testing.T) {
			t.Parallel()
			byRole := map[Role][]Contact{}
			listed := map[string]bool{}
			for _, c := range ContactsFor(tt.region) {
				byRole[c.Role] = append(byRole[c.Role], c)
				listed[c.ID] = true
			}
			checkRole(t, byRole[RolePoliceNonEmergency], tt.police, tt.policeTel)
			checkRole(t, byRole[RoleParents], tt.parents, "")
			if tt.protection != "" && !listed[tt.protection] {
				t.Errorf("%s is not listed", tt.protection)
			}
			carer, _ := SituationByID("carer-advice")
			var got []string
			for _, c := range carer.Route(tt.region) {
				got = append(got, c.ID)
			}
			if !slices.Equal(got, tt.carerRoute) {
				t.Errorf("carer-advice route %v, want %v", got, tt.carerRoute)
			}
		})
	}
}

func checkRole(t *testing.T, got []Contact, id, tel string) {
	t.Helper()
	if id == "" {
		if len(got) > 0 {
			t.Errorf("%s has a role FACTS.md gives no service for", got[0].ID)
		}
		return
	}
	if len(got) != 1 || got[0].ID != id {
		t.Errorf("role held by %v, want %s alone", got, id)
		return
	}
	if tel != "" && got[0].Phone != tel {
		t.Errorf("%s: phone %q, want %q", id, got[0].Phone, tel)
	}
}

// Australia: the police outside an emergency is the Police Assistance
// Line; Crime Stoppers takes anonymous information and never stands in
// for the police. The "drawn into crime" route gives both, police first.
func TestAustraliaPoliceIsNotCrimeStoppers(t *testing.T) {
	t.Parallel()
	cs, ok := ContactByID("au-crime-stoppers")
	if !ok || cs.Role != "" || cs.Anonymous != TristateYes || cs.Phone != "1800 333 000" {
		t.Errorf("Crime Stoppers: %+v", cs)
	}
	jobs, _ := SituationByID("crime-jobs")
	route := jobs.Routes[RegionAU]
	pal, csAt := slices.Index(route, "au-police-assistance"), slices.Index(route, "au-crime-stoppers")
	if pal < 0 || csAt < 0 || pal > csAt {
		t.Errorf("crime-jobs in AU: %v, want the Police Assistance Line before Crime Stoppers", route)
	}
	for _, lang := range translations.Languages {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		tr.SetRegion(RegionAU)
		if purpose := tr.T(cs.PurposeKey()); !strings.Contains(purpose, "Police Assistance Line") {
			t.Errorf("%s: Crime Stoppers' purpose should send police matters to the Police Assistance Line: %q", lang.Code, purpose)
		}
	}
}

// Bullying: every region's advice sends the family to the child's school,
// and none promises that "the services below" act on bullying where the
// route holds only crisis and emergency lines.
func TestBullyingNamesTheSchoolEverywhere(t *testing.T) {
	t.Parallel()
	school := map[string]string{"en": "school", "cy": "ysgol", "pl": "szkoł"}
	b, _ := SituationByID("bullying")
	for _, lang := range translations.Languages {
		tr, err := translations.New(lang.Code)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Regions {
			tr.SetRegion(r)
			now := tr.T(b.NowKey())
			if !strings.Contains(strings.ToLower(now), school[lang.Code]) {
				t.Errorf("%s/%s: bullying advice does not mention the school: %q", lang.Code, r, now)
			}
			if lang.Code == "en" && strings.Contains(now, "use the services below") {
				t.Errorf("%s/%s: bullying advice promises the services below: %q", lang.Code, r, now)
			}
		}
	}
}

// Canada has no national parents' helpline: the advice says so and names
// no tipline or children's line for a parent.
func TestCanadaSaysItHasNoParentsHelpline(t *testing.T) {
	t.Parallel()
	tr, err := translations.New("en")
	if err != nil {
		t.Fatal(err)
	}
	tr.SetRegion(RegionCA)
	s, _ := SituationByID("carer-advice")
	now := tr.T(s.NowKey())
	if !strings.Contains(now, "no national helpline for parents") {
		t.Errorf("carer-advice in Canada: %q", now)
	}
	if len(s.Route(RegionCA)) != 0 {
		t.Errorf("carer-advice in Canada routes to %v", s.Route(RegionCA))
	}
}

// An image: no text tells a parent both to delete nothing and not to keep
// the image, and the image routes say to leave it until it is reported.
func TestImageAdviceDoesNotContradictItself(t *testing.T) {
	t.Parallel()
	en := catalogueTexts(t, "help", "en")
	for id, text := range en {
		lower := strings.ToLower(text)
		for _, bad := range []string{"do not keep the image", "don't keep the image", "delete nothing", "never screenshot or keep", "screenshot, keep or forward"} {
			if strings.Contains(lower, bad) {
				t.Errorf("%s says %q: %q", id, bad, text)
			}
		}
	}
	for _, id := range []string{"image-online", "image-private", "remove-nude"} {
		s, _ := SituationByID(id)
		if !strings.Contains(strings.ToLower(en[s.EvidenceKey()]), "until") {
			t.Errorf("%s: evidence should say to leave the image until it is reported: %q", id, en[s.EvidenceKey()])
		}
	}
}

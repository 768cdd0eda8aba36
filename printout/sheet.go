package printout

import (
	"slices"

	"family-online-safety/content"
	"family-online-safety/data"
)

// CarerSheetPDF is a sheet for a grandparent, childminder or the other
// home, about one child: what is in force on each of the 7 days from
// sh.From (sheetweek.go) and who to call, on the first page; then which
// apps are allowed and on what terms, and three things to talk about.
// The placement's records are added only when sh.Foster is set.
func CarerSheetPDF(sh Sheet, w data.Words, fonts Fonts) ([]byte, error) {
	if err := sh.check(); err != nil {
		return nil, err
	}
	title := w.T("print.sheet.title", map[string]any{"Name": sh.Child.Name})
	p, err := newPage(fonts, sh.Region, w, title, w.T("print.sheet.footer", map[string]any{"Date": dateText(w, sh.Now)}), sh.Now)
	if err != nil {
		return nil, err
	}
	p.title(title, w.T("print.sheet.sub", map[string]any{"Name": sh.Child.Name, "Age": sh.Child.AgeOn(sh.Now)}))
	p.week(sh)
	p.whoToCall(sh) // on the first page, whatever follows
	p.apps(sh)
	p.starters(sh)
	if sh.Foster && sh.Child.Placed {
		p.foster(sh)
	}
	return p.bytes()
}

// apps lists each app with what was decided and on what conditions.
func (p *page) apps(sh Sheet) {
	w := p.w
	p.heading(w.T("print.sheet.apps"))
	if len(sh.Apps) == 0 {
		p.para(w.T("print.sheet.apps.none"))
		return
	}
	var items []string
	for _, n := range sh.Apps {
		decision := n.Decision
		if decision == data.DecisionUndecided {
			decision = "undecided"
		}
		text := w.T("print.sheet.app", map[string]any{"App": n.DisplayName(), "Decision": w.T("appdecision." + string(decision))})
		if n.Conditions != "" {
			text += " " + n.Conditions
		}
		items = append(items, text)
	}
	p.list(items, false)
}

// starters gives three questions for the child's age, on different
// topics.
func (p *page) starters(sh Sheet) {
	w := p.w
	picked := StartersFor(sh.Child.AgeOn(sh.Now), 3)
	if len(picked) == 0 {
		return
	}
	p.heading(w.T("print.sheet.starters"))
	var qs []string
	for _, st := range picked {
		qs = append(qs, w.T(st.QuestionKey()))
	}
	p.list(qs, false)
}

// StartersFor picks n built-in starters for a child of the given age, each
// on a different topic where the catalogue allows, in catalogue order.
func StartersFor(age, n int) []content.Starter {
	band := content.BandForAge(age)
	var out []content.Starter
	var ids []string
	topics := map[content.Topic]bool{}
	for _, newTopic := range []bool{true, false} {
		for _, st := range content.Starters {
			if len(out) == n || !st.HasBand(band) || slices.Contains(ids, st.ID) || (newTopic && topics[st.Topic]) {
				continue
			}
			out, ids = append(out, st), append(ids, st.ID)
			topics[st.Topic] = true
		}
	}
	return out
}

// helplineRoles are the region's lines a carer may need, in order.
var helplineRoles = []content.Role{content.RoleParents, content.RoleChildLine, content.RoleCrisis, content.RolePoliceNonEmergency}

// whoToCall is the emergency number, the region's helplines, the
// placement's contacts and the family's own.
func (p *page) whoToCall(sh Sheet) {
	w := p.w
	p.heading(w.T("print.sheet.call"))
	r := sh.Region.OrDefault()
	p.f.SetFont(family, "B", bodySize+1)
	p.f.MultiCell(0, lineH+0.5, w.T("print.sheet.emergency", map[string]any{"Number": content.EmergencyNumber(r)}), "", "L", false)
	var lines []string
	for _, role := range helplineRoles {
		for _, c := range content.ContactsFor(r) {
			if c.Role == role && c.Phone != "" {
				lines = append(lines, contactLine(w, c.Name, c.Phone, w.T("print.role."+string(role))))
				break
			}
		}
	}
	if pl := sh.Child.Placement; sh.Child.Placed {
		if pl.SocialWorker != "" || pl.SocialWorkerPhone != "" {
			lines = append(lines, contactLine(w, pl.SocialWorker, pl.SocialWorkerPhone, w.T("placement.social_worker")))
		}
		if pl.OutOfHoursPhone != "" {
			lines = append(lines, contactLine(w, w.T("placement.out_of_hours"), pl.OutOfHoursPhone, ""))
		}
	}
	for _, c := range sh.Contacts {
		reach := c.Phone
		if reach == "" {
			reach = c.Email
		}
		lines = append(lines, contactLine(w, c.Name, reach, w.T("helpui.role."+string(c.Role))))
	}
	p.list(lines, false)
}

// contactLine is "Name, number: what for"; a number that is its own name
// ("999") is given once.
func contactLine(w data.Words, name, phone, what string) string {
	if name == phone || name == "" {
		name, phone = phone, ""
	}
	switch {
	case phone == "" && what == "":
		return name
	case phone == "":
		return w.T("print.sheet.line.what", map[string]any{"Name": name, "What": what})
	case what == "":
		return w.T("print.sheet.line.plain", map[string]any{"Name": name, "Phone": phone})
	}
	return w.T("print.sheet.line", map[string]any{"Name": name, "Phone": phone, "What": what})
}

// foster adds the placement's records: what the carer may decide, photos,
// contact and the concern log.
func (p *page) foster(sh Sheet) {
	w := p.w
	pl := sh.Child.Placement
	p.heading(w.T("placement.title"))
	p.field(w.T("placement.authority"), pl.DelegatedAuthority)
	p.field(w.T("placement.photos"), pl.PhotoRules)
	p.field(w.T("placement.contact"), pl.Contact)
	if len(sh.Concerns) == 0 {
		return
	}
	p.heading(w.T("concern.title", map[string]any{"Name": sh.Child.Name}))
	var items []string
	for _, c := range sh.Concerns {
		items = append(items, dateText(w, c.Date)+": "+c.Happened)
	}
	p.list(items, false)
}

// joinList joins names with commas.
func joinList(items []string) string {
	out := ""
	for i, it := range items {
		if i > 0 {
			out += ", "
		}
		out += it
	}
	return out
}

package sharing

import (
	"encoding/json"
	"strings"

	"family-online-safety/data"
	"family-online-safety/screens"
)

// childText is a child's details as a question shows them, naming the
// placement and the social worker, so the carer sees what changes.
func childText(tr screens.Translator, raw []byte) (string, bool) {
	var c data.Child
	if json.Unmarshal(raw, &c) != nil || c.Name == "" {
		return "", false
	}
	lines := []string{versionWords(raw)} // (its name, notes and the rest)
	if !c.Placed {
		return strings.Join(append(lines, tr.T("sharing.placement.none")), "\n"), true
	}
	lines = append(lines, tr.T("placement.tick"))
	if p := c.Placement; p.SocialWorker != "" || p.SocialWorkerPhone != "" {
		lines = append(lines, tr.T("placement.social_worker")+": "+p.SocialWorker,
			tr.T("placement.social_worker_phone")+": "+p.SocialWorkerPhone)
	}
	return strings.Join(lines, "\n"), true
}

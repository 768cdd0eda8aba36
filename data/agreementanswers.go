package data

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"maps"
	"slices"
)

// An item of the agreement changed differently in both homes is a
// conflict of its own: a rule, a place, a device-free time, one child's
// limit for one day. The answer is kept (in meta, and in every file this
// computer writes) as the version not taken and the version kept, by
// their hashes, so it stands until either home changes that item again:
//
//   - answered here (the file still has the version not taken, and this
//     computer the one kept): this computer's stays;
//   - answered in the other home (the file says it was shown this
//     computer's version, which this computer sealed into a file itself,
//     and kept the file's): the file's is taken, without a question;
//   - answered in both at once, each keeping its own or each taking the
//     other's: the same one of the two in both homes (by hash).

var keyAgreementAnswers = []byte("agreement_answers")

// keptAnswers caps the answers kept (the oldest are not needed once the
// homes meet, but there is no harm in a few).
const keptAnswers = 500

// itemAnswer is one conflict answered: the hash of the version not taken
// and of the one kept (itemHash).
type itemAnswer struct {
	Lost string `json:"lost"`
	Kept string `json:"kept"`
	// ID names a removal refused here (random, new at each refusal); an
	// answer with Lost obeyed notes, in the other home, the refusal (by
	// its ID) it brought the item back for, so a later removal there is
	// not undone by the same answer again.
	ID string `json:"id,omitempty"`
	// Took: the file's version was taken (a list's order: each home
	// keeping its own is told apart from each taking the other's).
	Took bool `json:"took,omitempty"`
}

// obeyed is the Lost of an answer that notes a refusal obeyed (the item
// taken back), declined of one that notes it asked about and the item
// kept removed here: the homes then differ on it (sharediffer.go).
const (
	obeyed   = "obeyed"
	declined = "declined"
)

// is reports whether a is the answer that lost version lost and kept kept.
func (a itemAnswer) is(lost, kept string) bool { return a.Lost == lost && a.Kept == kept }

// newAnswerID is a fresh ID for a removal refused.
func newAnswerID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b) // (crypto/rand does not fail)
	return hex.EncodeToString(b)
}

// itemHash names one version of an item ("-": none, deleted).
func itemHash(v any, ok bool) string {
	if !ok {
		return "-"
	}
	b, _ := json.Marshal(v)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}

// AgreementChoice is the key, in ApplyShared's choices, of the answer to
// one item of an agreement conflict (ItemConflict.Key, LimitConflict.Key).
func AgreementChoice(uid, item string) string { return uid + "/" + item }

// settler settles one merge's items: clash, one changed differently in
// both homes (whether the file's version is taken, whether it is still
// a question, and whether both homes answered it at once); removal, one
// removed in the other home only and unchanged here, which is a question
// (a yes) unless this computer kept it before; refused, one removed here
// only, which the other home was asked about and kept (then it comes
// back here, as an answer travels).
type settler struct {
	clash    func(key string, mine, theirs any, mok, tok bool) (take, open, crossed bool)
	removal  func(key string, mine any) (take, asked, differ bool)
	refused  func(key string, theirs any) bool
	takeBack func(key string) bool // one refused there: a yes here brings it back
	declined func(key string, theirs any) bool
	order    func(key string, mine, theirs any, mok, tok bool) (take, open, differ bool)
}

// settling is how one merge settles its conflicts: by the answers kept
// in either home, then by choices (the user's, by AgreementChoice with
// uid), else the file's when fallback. A removal not chosen is taken
// (a manual import's summary listed it; the shared folder's question
// chooses for each).
type settling struct {
	uid      string
	choices  map[string]Resolution
	fallback bool
}

func (h settling) settler(tx txn, theirAnswers map[string]itemAnswer, sealed []agreementBase) settler {
	mine := readAnswers(tx)
	clash := func(key string, m, t any, mok, tok bool) (bool, bool, bool) {
		hm, ht := itemHash(m, mok), itemHash(t, tok)
		here := mine[key].is(ht, hm)
		there := theirAnswers[key].is(hm, ht) && sealedHad(sealed, key, hm)
		switch {
		case here && there:
			return ht > hm, false, true
		case there:
			return true, false, false
		case here:
			return false, false, false
		}
		if res, ok := h.choices[AgreementChoice(h.uid, key)]; ok {
			return res == TakeTheirs, true, false
		}
		return h.fallback, true, false
	}
	st := h.sides(mine, theirAnswers, sealed)
	order := func(key string, m, t any, mok, tok bool) (bool, bool, bool) {
		hm, ht := itemHash(m, mok), itemHash(t, tok)
		if mine[key].is(ht, hm) && theirAnswers[key].is(hm, ht) && !mine[key].Took && !theirAnswers[key].Took &&
			sealedHad(sealed, key, hm) {
			return false, false, true // each home kept its own: they differ
		}
		return clash(key, m, t, mok, tok)
	}
	return settler{clash: clash, removal: st.removal, refused: st.refused, declined: st.declined, order: order,
		takeBack: func(key string) bool { return h.choices[AgreementChoice(h.uid, key)] == TakeTheirs }}
}

// answerSides are both homes' kept answers, with the user's choices,
// for the removals and the items removed here that the other home kept.
type answerSides struct {
	h            settling
	mine, theirs map[string]itemAnswer
	sealed       []agreementBase
}

func (h settling) sides(mine, theirs map[string]itemAnswer, sealed []agreementBase) answerSides {
	return answerSides{h: h, mine: mine, theirs: theirs, sealed: sealed}
}

// removal: one removed in the other home only; refused here before and
// kept removed there since, the homes differ (not asked).
func (s answerSides) removal(key string, m any) (take, asked, differ bool) {
	if a, own := s.theirs[key], s.mine[key]; a.Lost == declined && a.ID != "" && a.ID == own.ID && own.Kept == itemHash(m, true) {
		return false, false, true
	}
	if res, ok := s.h.choices[AgreementChoice(s.h.uid, key)]; ok {
		return res != KeepMine, true, false
	}
	return true, true, false
}

// refused: removed here, kept in the other home on being asked, and not
// answered here yet for that refusal (asked once for each).
func (s answerSides) refused(key string, t any) bool {
	a, own := s.theirs[key], s.mine[key]
	return a.ID != "" && a.is("-", itemHash(t, true)) && sealedHad(s.sealed, key, "-") &&
		!((own.Lost == obeyed || own.Lost == declined) && own.ID == a.ID)
}

// declined: that refusal answered here by keeping it removed.
func (s answerSides) declined(key string, t any) bool {
	a := s.theirs[key]
	return a.ID != "" && a.is("-", itemHash(t, true)) && s.mine[key].Lost == declined && s.mine[key].ID == a.ID
}

// at is the version of one item ("item:<uid>"…), if c has it.
func (c agreementContent) at(key string) (any, bool) {
	kind, k := splitKind(key)
	var v any
	var ok bool
	switch kind {
	case "item":
		v, ok = c.Items[k]
	case "place":
		v, ok = c.Places[k]
	case "window":
		v, ok = c.Windows[k]
	case "day":
		v, ok = c.Days[k]
	case "order":
		v, ok = c.OrderAt[k]
	}
	return v, ok
}

func splitKind(key string) (string, string) {
	for i := range len(key) {
		if key[i] == ':' {
			return key[:i], key[i+1:]
		}
	}
	return key, ""
}

func readAnswers(tx txn) map[string]itemAnswer {
	out := map[string]itemAnswer{}
	_ = get(tx, bucketMeta, keyAgreementAnswers, &out) // none yet
	return out
}

// keepAnswers notes the answers to m's open conflicts, either way (an
// answer taking the file's stands too: if the other home took this
// computer's at the same time, the two crossed answers settle the same
// way in both homes, by hash, instead of swapping values), each removal
// refused (with a new ID: the other home brings the item back once for
// it) and each item brought back for the other home's refusal (obeyed),
// forgets those that are over (forgetAnswers), and reports whether
// anything changed.
func keepAnswers(tx txn, m agreementMerge) (bool, error) {
	answers := readAnswers(tx)
	before := maps.Clone(answers)
	for _, key := range m.conflicts {
		kept, lost := itemHash(m.merged.at(key)), itemHash(m.theirs.at(key))
		took := m.tookOrder[key]
		if kept == lost || took { // the file's was taken: this computer's lost
			lost = itemHash(m.mine.at(key))
		}
		delete(answers, key)
		if kept != lost {
			answers[key] = itemAnswer{Lost: lost, Kept: kept, Took: took}
		}
	}
	for _, key := range m.removals {
		delete(answers, key)
		if v, kept := m.merged.at(key); kept { // the removal refused
			answers[key] = itemAnswer{Lost: "-", Kept: itemHash(v, true), ID: newAnswerID()}
		}
	}
	for _, key := range m.restored {
		answers[key] = itemAnswer{Lost: obeyed, Kept: itemHash(m.merged.at(key)), ID: m.theirAnswers[key].ID}
	}
	for _, key := range m.back {
		answers[key] = itemAnswer{Lost: declined, Kept: "-", ID: m.theirAnswers[key].ID}
	}
	forgetAnswers(answers, m)
	if maps.Equal(before, answers) {
		return false, nil
	}
	if len(answers) > keptAnswers {
		for _, k := range slices.Sorted(maps.Keys(answers))[keptAnswers:] {
			delete(answers, k)
		}
	}
	return true, put(tx, bucketMeta, keyAgreementAnswers, answers)
}

// forgetAnswers leaves out of answers those that are over after m.
func forgetAnswers(answers map[string]itemAnswer, m agreementMerge) {
	for key, a := range answers {
		switch {
		case a.Lost == obeyed || a.Lost == declined: // kept while the other home still sends that refusal
			if m.theirAnswers[key].ID != a.ID {
				delete(answers, key)
			}
		case itemHash(m.merged.at(key)) != a.Kept:
			delete(answers, key) // changed here since: the answer is over
		case a.ID != "" && !m.filled[key] && itemHash(m.theirs.at(key)) == a.Kept:
			delete(answers, key) // a removal refused, heard: the other home has it back
		}
	}
}

package data

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The agreement merges item by item, as a person would expect: each rule,
// promise, consequence, place, device-free time and child's week is
// compared with the last version both homes had (the base, kept here in
// meta when they meet). Changed in one home, it replaces the other's;
// deleted in one home, it goes in the other unless changed there;
// changed in both, it is a conflict of its own, answered on its own
// (agreementanswers.go). With no base yet (the first time), both homes'
// items are kept.

var (
	keyAgreementBase   = []byte("agreement_base")
	keyAgreementSealed = []byte("agreement_sealed")
)

// agreementBase is an agreement's content at one version.
type agreementBase struct {
	At      Version          `json:"at"`
	Content agreementContent `json:"content"`
}

// keptSealed is how many of the agreement's versions sealed here are
// kept, to merge from when the other home says it last met one of them.
const keptSealed = 8

// agreementContent is the part of the agreement two homes merge, keyed by
// stable ids: items by their UID, windows by theirs (as JSON with the
// children's stable ids), places by name, each child's limit for one day
// by "term "/"holiday ", the child's stable id and the day (dayKey).
type agreementContent struct {
	Items   map[string]listItem `json:"items"`
	Places  map[string]bool     `json:"places"`
	Windows map[string]string   `json:"windows"`
	Days    map[string]Limit    `json:"days,omitempty"`
	// Weeks: whole weeks, as kept before each day merged on its own.
	Weeks map[string]Week `json:"weeks,omitempty"`
	// Orders: each list's items' stable ids in order, and OrderAt the
	// version of the list's last reorder (agreementorder.go).
	Orders  map[string]string `json:"orders,omitempty"`
	OrderAt map[string]string `json:"order_at,omitempty"`
}

// dayKey names one child's limit for one day: "term <uid> <day>".
func dayKey(week string, day int) string { return week + " " + strconv.Itoa(day) }

// splitDay is the parts of a dayKey (day -1 when it has none).
func splitDay(key string) (kind, uid string, day int) {
	kind, rest, _ := strings.Cut(key, " ")
	uid, d, _ := strings.Cut(rest, " ")
	day, err := strconv.Atoi(d)
	if err != nil || day < 0 || day > 6 {
		day = -1
	}
	return kind, uid, day
}

// putDays adds a week's set days to c under week ("term <uid>").
func (c *agreementContent) putDays(week string, w Week) {
	for d, l := range w {
		if l != (Limit{}) {
			c.Days[dayKey(week, d)] = l
		}
	}
}

// norm gives c every map and turns whole weeks kept before into days.
func (c *agreementContent) norm() {
	if c.Items == nil {
		c.Items = map[string]listItem{}
	}
	if c.Places == nil {
		c.Places = map[string]bool{}
	}
	if c.Windows == nil {
		c.Windows = map[string]string{}
	}
	if c.Days == nil {
		c.Days = map[string]Limit{}
	}
	if c.Orders == nil {
		c.Orders = map[string]string{}
	}
	if c.OrderAt == nil {
		c.OrderAt = map[string]string{}
	}
	for k, w := range c.Weeks {
		c.putDays(k, w)
	}
	c.Weeks = nil
}

type listItem struct {
	List List   `json:"list"`
	Text string `json:"text"`
}

// sharedWindow is a window as merged: its children by stable id.
type sharedWindow struct {
	Window
	Kids []string `json:"kids,omitempty"`
}

// itemUID is an item's stable id; an item from before they had one is
// named by its list and words, the same in both homes.
func itemUID(l List, it Item) string {
	if it.UID != "" {
		return it.UID
	}
	return derivedUID(string(l) + "\x00" + it.Text)
}

// windowUID is a window's stable id, or one made from what it says.
func windowUID(w Window) string {
	if w.UID != "" {
		return w.UID
	}
	b, _ := json.Marshal([]any{w.Label, w.Days, w.Start, w.End, w.When})
	return derivedUID(string(b))
}

func derivedUID(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "x" + hex.EncodeToString(sum[:])[:31]
}

// contentOf is the mergeable content of a shared agreement.
func contentOf(in sharedAgreement) agreementContent {
	var c agreementContent
	c.norm()
	for _, l := range Lists {
		for _, it := range *in.list(l) {
			c.Items[itemUID(l, it)] = listItem{l, it.Text}
		}
	}
	for _, p := range in.Places {
		c.Places[p] = true
	}
	for _, w := range in.Windows {
		kids := slices.Sorted(slices.Values(in.WindowChildren[w.ID]))
		uid := windowUID(w)
		w.ID, w.UID, w.Children = 0, "", nil
		b, _ := json.Marshal(sharedWindow{w, kids})
		c.Windows[uid] = string(b)
	}
	c.Orders, c.OrderAt = ordersOf(in), orderAtOf(in)
	for uid, w := range in.ChildLimits {
		c.putDays("term "+uid, w)
	}
	for uid, w := range in.HolidayLimits {
		c.putDays("holiday "+uid, w)
	}
	return c
}

// spokenFor is the part of this computer's content a file's agreement
// speaks for: a file for some children leaves the others' weeks and
// windows alone. kids are the children it names (nil: those it has weeks
// or windows for).
func (c agreementContent) spokenFor(in sharedAgreement) func(key string, window bool) bool {
	kids := map[string]bool{}
	for _, uid := range in.Children {
		kids[uid] = true
	}
	if len(in.Children) == 0 {
		for uid := range in.ChildLimits {
			kids[uid] = true
		}
		for uid := range in.HolidayLimits {
			kids[uid] = true
		}
		for _, list := range in.WindowChildren {
			for _, uid := range list {
				kids[uid] = true
			}
		}
	}
	return func(key string, window bool) bool {
		if !window {
			_, uid, _ := splitDay(key)
			return kids[uid]
		}
		var w sharedWindow
		if json.Unmarshal([]byte(c.Windows[key]), &w) != nil || w.Everyone {
			return true
		}
		return !slices.ContainsFunc(w.Kids, func(uid string) bool { return !kids[uid] })
	}
}

// agreementMerge is the outcome of merging a file's agreement here.
type agreementMerge struct {
	mine, theirs, merged agreementContent
	conflicts            []string // keys in conflict, any kind
	removals             []string // keys removed there only, asked about (not days)
	restored             []string // keys removed here, back as the other home kept them (a yes here)
	back                 []string // keys removed here, kept there: asked about, not taken back
	differ               []string // keys kept here, kept removed there
	theirAnswers         map[string]itemAnswer
	filled               map[string]bool // keys of theirs that are mine (not spoken for)
	tookOrder            map[string]bool // lists' orders in question where the file's was taken
}

// mergeAgreement merges the file's agreement r with this computer's;
// how is how each item changed in both homes is settled.
func mergeAgreement(tx txn, ix uidIndex, r SharedRecord, how settling) (agreementMerge, error) {
	in, err := sharedValue[sharedAgreement](r)
	if err != nil {
		return agreementMerge{}, err
	}
	local, err := loadAgreement(tx)
	if err != nil {
		return agreementMerge{}, err
	}
	m := agreementMerge{mine: contentOf(portableAgreement(local, ix, nil)), theirs: contentOf(in)}
	m.filled = map[string]bool{}
	spoken := m.mine.spokenFor(in)
	for k, v := range m.mine.Days { // what the file does not speak for stays
		if !spoken(k, false) {
			m.theirs.Days[k], m.filled["day:"+k] = v, true
		}
	}
	for k, v := range m.mine.Windows {
		if !spoken(k, true) {
			m.theirs.Windows[k], m.filled["window:"+k] = v, true
		}
	}
	m.theirs.dropGone(ix)
	sealed := readSealed(tx)
	bases := mergeBases(tx, in, sealed)
	settle := how.settler(tx, in.Answers, sealed)
	var l1, l2, l3, l4 keyLists
	m.merged.Items, l1 = merge3("item:", m.mine.Items, m.theirs.Items, bases, settle, true)
	mergeSameAdded(m.merged.Items, m.mine.Items, m.theirs.Items, bases)
	m.merged.Places, l2 = merge3("place:", m.mine.Places, m.theirs.Places, bases, settle, true)
	m.merged.Windows, l3 = merge3("window:", m.mine.Windows, m.theirs.Windows, bases, settle, true)
	// (a child's limit for a day set to none is a change, named in the summary)
	m.merged.Days, l4 = merge3("day:", m.mine.Days, m.theirs.Days, bases, settle, false)
	l5 := m.mergeOrders(bases, settle)
	all := l1.add(l2).add(l3).add(l4).add(l5)
	m.conflicts, m.removals, m.restored, m.theirAnswers = all.open, all.removals, all.restored, in.Answers
	m.back, m.differ = all.back, all.differ
	return m, nil
}

func (c agreementContent) equal(o agreementContent) bool {
	return maps.Equal(c.Items, o.Items) && maps.Equal(c.Places, o.Places) &&
		maps.Equal(c.Windows, o.Windows) && maps.Equal(c.Days, o.Days) &&
		maps.Equal(c.Orders, o.Orders) && maps.Equal(c.OrderAt, o.OrderAt)
}

// withBase adds to a shared agreement the version of its base.
func withBase(tx txn, out any) any {
	sa, ok := out.(sharedAgreement)
	if !ok {
		return out
	}
	if base, ok := readBase(tx); ok {
		sa.BaseAt = &base.At
	}
	sa.Answers, sa.Bases = readAnswers(tx), readItemBases(tx)
	return sa
}

// readBase is the last agreement both homes had, if they met.
func readBase(tx txn) (agreementBase, bool) {
	var b agreementBase
	return b, get(tx, bucketMeta, keyAgreementBase, &b) == nil
}

// rememberSealed keeps the agreement r as sealed here (MarkSealed).
func rememberSealed(tx txn, r SharedRecord) error {
	in, err := sharedValue[sharedAgreement](r)
	if err != nil {
		return err
	}
	var sealed []agreementBase
	if err := get(tx, bucketMeta, keyAgreementSealed, &sealed); err != nil && err != ErrNotFound {
		return err
	}
	sealed = append(sealed, agreementBase{At: r.Version(), Content: contentOf(in)})
	return put(tx, bucketMeta, keyAgreementSealed, sealed[max(0, len(sealed)-keptSealed):])
}

// gone reports whether the child with stable id uid was here and is not
// any more (removed): the file's weeks and times for them are left out.
func (ix uidIndex) gone(uid string) bool {
	at, known := ix.byUID[uid]
	return known && (at.Bucket != "children" || ix.byKey[at].Deleted)
}

// dropGone leaves out of c the weeks and times only for children gone.
func (c agreementContent) dropGone(ix uidIndex) {
	for k := range c.Days {
		if _, uid, _ := splitDay(k); ix.gone(uid) {
			delete(c.Days, k)
		}
	}
	for k, js := range c.Windows {
		var w sharedWindow
		if json.Unmarshal([]byte(js), &w) == nil && !w.Everyone && !slices.ContainsFunc(w.Kids, func(uid string) bool { return !ix.gone(uid) }) {
			delete(c.Windows, k)
		}
	}
}

// metAgreement keeps the agreement both homes now have as the base of
// the next merge (r is the file's record, the same version as here).
func metAgreement(tx txn, r SharedRecord) error {
	if r.Section != "agreement" || r.Deleted {
		return nil
	}
	in, err := sharedValue[sharedAgreement](r)
	if err != nil {
		return err
	}
	c := contentOf(in)
	if err := put(tx, bucketMeta, keyAgreementBase, agreementBase{At: r.Version(), Content: c}); err != nil {
		return err
	}
	bases := readItemBases(tx)
	for k := range bases {
		bases[k] = itemHash(c.at(k))
	}
	maps.Copy(bases, hashesOf(c))
	return putItemBases(tx, bases)
}

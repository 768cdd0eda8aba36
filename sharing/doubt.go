package sharing

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"

	"family-online-safety/data"
)

// A file speaks for a home only under that home's own name. Each computer
// writes its file under its own device id (FolderFileName), so a file
// that says it was written by a computer whose file has another name is a
// copy (a sync tool's "conflicted copy", a file copied by hand) or not
// genuine (someone claiming to be the other home). Nothing from it is
// taken in until the carer chooses: one question, "Leave this file out"
// (the default) or "It is from the other home", and a file left out is
// said in Settings. Its claims (what it says that home removed, or
// kept) are never recorded here as that home's. The real other home's
// own file is taken in as usual meanwhile. Both answers are kept in the
// store beside the floods refused (floods.go): a file left out is asked
// about again only when its contents change; one taken as the other
// home's is not asked about again while it says it is that computer's.

// DoubtKey is the key of the answer to a doubtful file's question in
// Resolve's choices: TakeTheirs takes it as the other home's file (its
// changes are then asked about as any other home's); anything else
// leaves it out.
const DoubtKey = "doubt"

// ErrDoubtful: a file says it comes from another home's computer but is
// not that computer's file; nothing from it was taken in.
var ErrDoubtful = errors.New("a file in the shared folder says it comes from a computer whose file it is not")

// Doubt says why a file is in doubt: File says it was written by the
// computer whose file is Own; Others are the other files in the folder
// that say they come from that computer too (Own among them when it is
// there).
type Doubt struct {
	File, Own string
	Others    []string
	// Would are the file's changes that would ask first, were it taken
	// as the other home's (the summary names them: whose phone, which
	// child).
	Would []data.Change
}

// Names are the files that say they come from the same home: File first.
func (d Doubt) Names() []string { return append([]string{d.File}, d.Others...) }

// DoubtError is a doubtful file left out (by the carer, or as it would
// change nothing).
type DoubtError struct{ Doubt Doubt }

func (e *DoubtError) Error() string { return ErrDoubtful.Error() }

// Is makes a DoubtError an ErrDoubtful.
func (e *DoubtError) Is(target error) bool { return target == ErrDoubtful }

// How the answers are kept among the refusals (data.RefusedFlood's
// Section): left out with the contents' fingerprint, or taken with the
// device it names.
const (
	doubtLeftOut = "doubt:left-out"
	doubtTaken   = "doubt:taken"
)

// doubtOf says whether the file name, opened as f, is in doubt.
func (s *Syncer) doubtOf(name string, f File) (Doubt, bool) {
	dev := f.Family.Device
	own := FolderFileName(dev)
	if name == own || slices.Contains(s.refusals(), data.RefusedFlood{File: name, Section: doubtTaken, Flood: dev}) {
		return Doubt{}, false
	}
	d := Doubt{File: name, Own: own}
	for _, other := range slices.Sorted(maps.Keys(s.names)) {
		if other != name && (other == own || s.devices[other] == dev) {
			d.Others = append(d.Others, other)
		}
	}
	return d, true
}

// familyPrint is the fingerprint of a file's contents (not of its
// sealing, new each time it is written).
func familyPrint(f data.SharedFamily) string {
	b, _ := json.Marshal(f) // (a family read from JSON is written back as JSON)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// planDoubtful is the question about a doubtful file: what it would do
// (its lines, for the carer to judge) and one choice, nothing else; or a
// DoubtError when it was left out before with these contents, or would
// change nothing.
func (s *Syncer) planDoubtful(fd found, d Doubt) (Summary, error) {
	print := familyPrint(fd.file.Family)
	if slices.Contains(s.refusals(), data.RefusedFlood{File: fd.name, Section: doubtLeftOut, Flood: print}) {
		return Summary{}, &DoubtError{Doubt: d}
	}
	plan, err := s.store.PlanShared(fd.file.Family, data.ImportMerge)
	if err != nil {
		return Summary{}, fitError(err)
	}
	sum := summarise(fd.file, plan)
	if sum.Empty() {
		return Summary{}, &DoubtError{Doubt: d}
	}
	d.Would = append(slices.Clone(sum.Asks), sum.Conflicts...)
	return Summary{App: sum.App, Made: sum.Made, Lines: sum.Lines, Details: sum.Details, Pack: sum.Pack, Doubt: &d,
		Edits: sum.Edits, NewContacts: sum.NewContacts,
		Asks: []data.Change{{UID: DoubtKey, Asks: true, Theirs: []byte(print)}}}, nil
}

// resolveDoubt answers a doubtful file's question: left out (said in
// Settings, nothing recorded from it), or taken as the other home's
// file, whose changes are then taken in, or asked about, as any other
// home's.
func (s *Syncer) resolveDoubt(w *Waiting, choices map[string]data.Resolution, now time.Time) (Summary, bool) {
	s.handled[w.Name] = w.state
	if choices[DoubtKey] != data.TakeTheirs {
		s.keepDoubt(w.Name, doubtLeftOut, familyPrint(w.file.Family), now)
		s.problems[w.Name] = &DoubtError{Doubt: *w.Summary.Doubt}
		return Summary{}, false
	}
	s.keepDoubt(w.Name, doubtTaken, w.file.Family.Device, now)
	fd := found{name: w.Name, state: w.state, file: w.file}
	sum, err := s.plan(fd)
	switch {
	case err != nil:
		s.problems[w.Name] = err
	case sum.Empty():
		delete(s.problems, w.Name)
	case len(sum.Conflicts) > 0 || len(sum.Asks) > 0:
		delete(s.problems, w.Name)
		s.wait(fd, sum)
	default:
		return s.apply(w.Name, w.file, w.state, nil, now)
	}
	return Summary{}, false
}

// keepDoubt keeps the answer about the file name (kind, with flood),
// replacing an older one about it.
func (s *Syncer) keepDoubt(name, kind, flood string, now time.Time) {
	list := slices.DeleteFunc(slices.Clone(s.refusals()), func(r data.RefusedFlood) bool {
		return r.File == name && strings.HasPrefix(r.Section, "doubt:")
	})
	s.saveRefusals(append(list, data.RefusedFlood{File: name, Section: kind, Flood: flood}), now)
}

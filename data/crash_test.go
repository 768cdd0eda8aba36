package data

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"family-online-safety/content"
)

// TestCrashLosesNothingSaved kills a writer process with SIGKILL at
// moments spread over its work, hundreds of times, and checks by identity
// that every record of every kind it reported saved is there, unchanged,
// that every delete it reported stands, that the one save in flight
// happened wholly or not at all, that the newest reported backup reads
// back whole, and that no temporary file survives the next start. Every
// tenth round starts from an empty folder and is killed during the first
// run.
func TestCrashLosesNothingSaved(t *testing.T) {
	if dir := os.Getenv("CRASH_WRITER_DIR"); dir != "" {
		seed, _ := strconv.ParseUint(os.Getenv("CRASH_SEED"), 10, 64)
		crashWriter(dir, seed)
		return
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is a Unix signal")
	}
	t.Parallel() // its own folder and processes
	full := 220
	if testing.Short() {
		full = 40
	}
	rounds := raceRounds(t, full)
	base := t.TempDir()
	dir, want := "", map[string]bool{}
	saved, kinds := 0, map[string]int{}
	for round := range rounds {
		if round%10 == 0 { // a first run
			dir, want = filepath.Join(base, strconv.Itoa(round)), map[string]bool{}
		}
		lines := runAndKill(t, dir, round)
		inFlight := applyReported(want, lines)
		saved += len(lines)
		for _, l := range lines {
			kind, _, _ := strings.Cut(l, "/")
			kinds[strings.Fields(kind)[0]]++
		}
		s, err := Open(dir, durable())
		if err != nil {
			t.Fatalf("round %d: the file did not open after a crash: %v", round, err)
		}
		got := snapshot(t, s)
		closeOK(t, s)
		if err := sameOrInFlight(want, got, inFlight); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		want = got
		checkNoLeftovers(t, dir)
		checkNewestBackup(t, dir, lines)
	}
	t.Logf("%d kills, %d reported saves: %v", rounds, saved, kinds)
	if rounds < full {
		return // too few kills to land on every kind of save
	}
	for _, k := range []string{"+child", "+note", "+concern", "+contact", "+starter", "+fav", "-child", "-concern", "-contact", "backup"} {
		if kinds[k] == 0 {
			t.Errorf("no %q was reported saved: the test proved little", k)
		}
	}
}

// runAndKill starts a writer on dir and kills it: in a first run at once,
// else a little after it has reported a random number of saves (0 to 5),
// so the kills fall all over its work however busy the machine is (a
// delete that compacts takes long on a loaded one, and a kill timed
// from the start alone would never let one finish). It returns the lines
// the writer printed.
func runAndKill(t *testing.T, dir string, round int) []string {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashLosesNothingSaved$")
	cmd.Env = append(os.Environ(), "CRASH_WRITER_DIR="+dir, fmt.Sprint("CRASH_SEED=", round))
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines, progress := make(chan []string, 1), make(chan struct{}, 1024)
	go func() {
		var got []string
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if sc.Text() != "ready" {
				got = append(got, sc.Text())
			}
			select { // "ready", then each line; never blocks the reading
			case progress <- struct{}{}:
			default:
			}
		}
		lines <- got
	}()
	wait := time.Duration(rand.IntN(30)) * time.Millisecond
	if round%10 != 0 {
		waitFor(progress, 1+rand.IntN(6)) // ready, then 0 to 5 lines
		wait = time.Duration(rand.IntN(25)) * time.Millisecond
	}
	time.Sleep(wait)
	must(t, cmd.Process.Kill())
	got := <-lines
	_ = cmd.Wait() // "signal: killed": it was killed on purpose
	return got
}

// waitFor waits for n signals on progress, at most 5 s for each.
func waitFor(progress <-chan struct{}, n int) {
	for range n {
		select {
		case <-progress:
		case <-time.After(5 * time.Second):
			return
		}
	}
}

// Writer lines: "+entry" saved, "-prefix" deleted, "?prefix" a delete
// begun, "backup name" made.

// applyReported updates want with the saves reported and returns the
// prefixes of a delete that was begun but not reported done.
func applyReported(want map[string]bool, lines []string) (inFlight []string) {
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "+"):
			want[l[1:]] = true
		case strings.HasPrefix(l, "?"):
			inFlight = strings.Fields(l[1:])
		case strings.HasPrefix(l, "-"):
			for k := range want {
				if hasAnyPrefix(k, strings.Fields(l[1:])) {
					delete(want, k)
				}
			}
			inFlight = nil
		}
	}
	return inFlight
}

// sameOrInFlight accepts got when it is want, want plus one record (a
// save in flight) or want without exactly what the delete in flight
// covers.
func sameOrInFlight(want, got map[string]bool, inFlight []string) error {
	var extra, missing []string
	for k := range got {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	for k := range want {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	if len(missing) == 0 && len(extra) <= 1 {
		return nil
	}
	if len(extra) == 0 && len(inFlight) > 0 {
		for k := range want {
			if hasAnyPrefix(k, inFlight) == got[k] {
				return fmt.Errorf("the delete in flight (%v) happened in part: missing %v", inFlight, missing)
			}
		}
		return nil
	}
	slices.Sort(missing)
	slices.Sort(extra)
	return fmt.Errorf("saved records lost %v, unexpected records %v", missing, extra)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// snapshot names every record of every kind by identity and content.
func snapshot(t *testing.T, s *Store) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	kids, err1 := s.Children()
	contacts, err2 := s.Contacts()
	starters, err3 := s.OwnStarters()
	marks, err4 := s.StarterMarks()
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range kids {
		out[fmt.Sprintf("child/%d/%s", k.ID, k.Name)] = true
		notes, _ := s.AppNotes(k.ID)
		for _, n := range notes {
			out[fmt.Sprintf("note/%d/%d/%s", k.ID, n.ID, n.Name)] = true
		}
		log, _ := s.Concerns(k.ID)
		for _, c := range log {
			out[fmt.Sprintf("concern/%d/%d/%s", k.ID, c.ID, c.Happened)] = true
		}
	}
	for _, c := range contacts {
		out[fmt.Sprintf("contact/%d/%s", c.ID, c.Name)] = true
	}
	for _, o := range starters {
		out[fmt.Sprintf("starter/%d/%s", o.ID, o.Question)] = true
	}
	for id, m := range marks {
		if m.Favourite {
			out["fav/"+id] = true
		}
	}
	return out
}

func checkNoLeftovers(t *testing.T, dir string) {
	t.Helper()
	for _, d := range []string{dir, BackupDir(dir)} {
		entries, _ := os.ReadDir(d)
		for _, e := range entries {
			if isTemp(e.Name()) {
				t.Fatalf("a temporary file survived the next start: %s", e.Name())
			}
		}
	}
}

func checkNewestBackup(t *testing.T, dir string, lines []string) {
	t.Helper()
	for i := len(lines) - 1; i >= 0; i-- {
		if name, ok := strings.CutPrefix(lines[i], "backup "); ok {
			if _, err := CheckBackup(filepath.Join(BackupDir(dir), name), nil); err != nil {
				t.Fatalf("the newest reported backup %s: %v", name, err)
			}
			return
		}
	}
}

// crashWriter saves, changes and deletes records of every kind and makes
// backups, printing a line after each has returned, until it is killed.
func crashWriter(dir string, seed uint64) {
	s, err := Open(dir, durable())
	if err != nil {
		os.Exit(3)
	}
	fmt.Println("ready")
	r := rand.New(rand.NewPCG(seed, 1))
	now := time.Date(2026, 11, 20, 9, 0, 0, 0, time.Local)
	for i := 0; ; i++ {
		if err := writeOne(s, r, fmt.Sprintf("%d-%d", seed, i), now.Add(time.Duration(i)*time.Hour)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
	}
}

func writeOne(s *Store, r *rand.Rand, tag string, now time.Time) error {
	kids, _ := s.Children()
	var kid Child
	if len(kids) > 0 {
		kid = kids[r.IntN(len(kids))]
	}
	switch op := r.IntN(20); {
	case op < 4 || kid.ID == 0:
		c, err := s.AddChild(Child{Name: "Child " + tag, BirthYear: 2016, BirthMonth: 1})
		return report(err, fmt.Sprintf("+child/%d/%s", c.ID, c.Name))
	case op < 7:
		n, err := s.AddAppNote(AppNote{ChildID: kid.ID, Name: "App " + tag})
		return report(err, fmt.Sprintf("+note/%d/%d/%s", kid.ID, n.ID, n.Name))
	case op < 10:
		c, err := s.AddConcern(Concern{ChildID: kid.ID, Date: now, Happened: "Concern " + tag})
		return report(err, fmt.Sprintf("+concern/%d/%d/%s", kid.ID, c.ID, c.Happened))
	case op < 12:
		c, err := s.AddContact(Contact{Name: "Contact " + tag, Phone: "0800 1111"})
		return report(err, fmt.Sprintf("+contact/%d/%s", c.ID, c.Name))
	case op < 14:
		o, err := s.AddOwnStarter(OwnStarter{Question: "Question " + tag, Bands: content.Bands[:1], Topic: content.Topics[0]})
		if err := report(err, fmt.Sprintf("+starter/%d/%s", o.ID, o.Question)); err != nil {
			return err
		}
		return report(s.SetFavourite(o.StarterID(), true), "+fav/"+o.StarterID())
	case op < 16:
		log, _ := s.Concerns(kid.ID)
		if len(log) == 0 {
			return nil
		}
		c := log[r.IntN(len(log))]
		return deleting(fmt.Sprintf("concern/%d/%d/", kid.ID, c.ID), func() error { return s.DeleteConcern(kid.ID, c.ID) })
	case op < 17:
		id := kid.ID
		return deleting(fmt.Sprintf("child/%d/ note/%d/ concern/%d/", id, id, id), func() error { return s.DeleteChild(id) })
	case op < 18:
		contacts, _ := s.Contacts()
		if len(contacts) == 0 {
			return nil
		}
		c := contacts[r.IntN(len(contacts))]
		return deleting(fmt.Sprintf("contact/%d/", c.ID), func() error { return s.DeleteContact(c.ID) })
	default:
		b, err := s.backup(now, BackupDaily)
		return report(err, "backup "+b.Name)
	}
}

func report(err error, lines ...string) error {
	if err == nil {
		fmt.Println(strings.Join(lines, "\n"))
	}
	return err
}

// deleting reports a delete's prefixes before and after it runs.
func deleting(prefixes string, del func() error) error {
	fmt.Println("?" + prefixes)
	return report(del(), "-"+prefixes)
}

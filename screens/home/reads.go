package home

import "family-online-safety/data"

// ReadSource is what Home's sections read and write through Reads.
type ReadSource interface {
	DayChangeStore
	Holidays() ([]data.Holiday, error)
}

// Reads gives Home's sections the agreement, the holidays and each
// child's today-only changes read once per Home: on every child's card
// both the agreement's "right now" and the changes block ask for the
// agreement and the child's changes, and the holidays are the family's.
// Make one for each Home built; a change made from Home shows Home again
// (a new Reads), and Reads forgets what it read when a change is saved.
type Reads struct {
	ReadSource // writes and lists go straight through
	agreement  memo[data.Agreement]
	holidays   memo[[]data.Holiday]
	changes    map[data.ID]*memo[[]data.DayChange]
}

// NewReads wraps store for one Home.
func NewReads(store ReadSource) *Reads {
	return &Reads{ReadSource: store, changes: map[data.ID]*memo[[]data.DayChange]{}}
}

// Agreement is the family agreement, read once.
func (r *Reads) Agreement() (data.Agreement, error) {
	return r.agreement.get(r.ReadSource.Agreement)
}

// Holidays are the family's holiday periods, read once.
func (r *Reads) Holidays() ([]data.Holiday, error) {
	return r.holidays.get(r.ReadSource.Holidays)
}

// DayChanges are the child's today-only changes, read once per child.
func (r *Reads) DayChanges(child data.ID) ([]data.DayChange, error) {
	m := r.changes[child]
	if m == nil {
		m = &memo[[]data.DayChange]{}
		r.changes[child] = m
	}
	return m.get(func() ([]data.DayChange, error) { return r.ReadSource.DayChanges(child) })
}

// AddDayChange saves a change and forgets the changes read so far.
func (r *Reads) AddDayChange(c data.DayChange, children []data.ID) ([]data.DayChange, error) {
	clear(r.changes)
	return r.ReadSource.AddDayChange(c, children)
}

// DeleteDayChange removes a change and forgets the changes read so far.
func (r *Reads) DeleteDayChange(child, id data.ID) error {
	clear(r.changes)
	return r.ReadSource.DeleteDayChange(child, id)
}

// memo is one read, done the first time it is asked for.
type memo[T any] struct {
	done bool
	v    T
	err  error
}

func (m *memo[T]) get(read func() (T, error)) (T, error) {
	if !m.done {
		m.v, m.err = read()
		m.done = true
	}
	return m.v, m.err
}

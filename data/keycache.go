package data

import (
	"bytes"
	"slices"
	"sync"
)

// What the reads of a file with hashed keys opened (keyhash.go) is kept
// for the reads after them: listing one child's records then costs a
// binary search, not opening every record of the bucket again. A write
// edits the opened list of a bucket it changes, as it changes the bucket,
// so the list after a save is ready too.

// maxEdits is how many records one write may change in a bucket before
// its opened list is dropped instead of edited (each edit moves the
// list's tail).
const maxEdits = 64

// base is the id of the last committed write tx sees: a read's own id,
// the one before a write's.
func base(tx txn) int {
	if tx.Writable() {
		return tx.ID() - 1
	}
	return tx.ID()
}

// known is the opened list of b, if this transaction or the file has it.
func (n *keyNames) known(b *bucket) ([]entry, bool) {
	name := string(b.name)
	if list, ok := n.lists[name]; ok {
		return list, true
	}
	if n.dirty[name] > 0 {
		return nil, false
	}
	list, ok := b.tx.f.opened.get(n.sl, name, base(b.tx))
	if ok {
		n.lists[name] = list
	}
	return list, ok
}

// edit notes a write of v at key, stored at hk, in b (v nil: a delete)
// in the opened list of b, if there is one. A record there that did not
// open is listed under hk: it is written over.
func (n *keyNames) edit(b *bucket, key, hk, v []byte) {
	name := string(b.name)
	list, ok := n.known(b)
	n.dirty[name]++
	if !ok || n.dirty[name] > maxEdits {
		delete(n.lists, name)
		return
	}
	if !n.owned[name] { // the file's copy may be in use by a read
		list = slices.Clone(list)
		n.owned[name] = true
	}
	if i, found := search(list, hk); found && string(list[i].v) == unopened {
		list = slices.Delete(list, i, i+1)
	}
	i, found := search(list, key)
	switch {
	case v == nil && found:
		list = slices.Delete(list, i, i+1)
	case v == nil:
	case found:
		list[i].v = bytes.Clone(v)
	default:
		list = slices.Insert(list, i, entry{k: bytes.Clone(key), v: bytes.Clone(v)})
	}
	n.lists[name] = list
}

// openedCache is a file's opened lists. Each is tagged with the id of the
// last committed write it saw (bbolt's transaction id) and the key it was
// opened with. The file drops them when its key is attached or taken
// away (at lock).
type openedCache struct {
	mu    sync.Mutex
	lists map[string]openedList
}

type openedList struct {
	sl   *sealer
	txid int
	list []entry
}

func (c *openedCache) get(sl *sealer, name string, txid int) ([]entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.lists[name]
	return l.list, ok && l.sl == sl && l.txid == txid
}

func (c *openedCache) put(sl *sealer, name string, txid int, list []entry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lists == nil {
		c.lists = map[string]openedList{}
	}
	c.lists[name] = openedList{sl: sl, txid: txid, list: list}
}

// committed moves the file's lists on to the write n made, committed as
// txid: the buckets it left alone as they were, the ones it changed as
// it edited them, or dropped.
func (c *openedCache) committed(n *keyNames, txid int) {
	if n == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for name, l := range c.lists {
		if n.dirty[name] > 0 || l.txid != txid-1 || l.sl != n.sl {
			delete(c.lists, name)
			continue
		}
		l.txid = txid
		c.lists[name] = l
	}
	for name, edits := range n.dirty {
		if list, ok := n.lists[name]; ok && edits <= maxEdits {
			if c.lists == nil {
				c.lists = map[string]openedList{}
			}
			c.lists[name] = openedList{sl: n.sl, txid: txid, list: list}
		}
	}
}

func (c *openedCache) drop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lists = nil
}

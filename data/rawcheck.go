package data

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
)

// checkRaw reads a bbolt file's bytes the way bbolt lays them out and
// refuses anything bbolt would not have written: a file shorter than its
// meta page says, two bad meta pages, pages out of range or used twice,
// elements that do not sit where bbolt puts them, keys out of order, a
// freelist that disagrees with the tree. It works on a copy in memory
// (every access bounds-checked), so damage cannot fault the process; bbolt
// only ever maps a file that passed.

// Layout constants of bbolt's file format (internal/common in bbolt).
const (
	boltMagic       = 0xED0CDAED
	boltVersion     = 2
	pageHeaderSize  = 16
	elementSize     = 16 // leaf and branch elements are both 16 bytes
	bucketHeader    = 16 // root pgid + sequence
	metaChecksumEnd = 56 // the checksum covers the meta's first 56 bytes
	flagBranch      = 0x01
	flagLeaf        = 0x02
	flagFreelist    = 0x10
	flagBucketLeaf  = 0x01
	noFreelist      = ^uint64(0)
	maxTreeDepth    = 64
)

var errRaw = errors.New("damaged file")

type boltMeta struct {
	pageSize, root, freelist, pgid, txid uint64
}

var ne = binary.NativeEndian // bbolt writes its structs in memory order

// readMeta decodes the meta page at off; ok is false when it fails
// bbolt's own validation (magic, version, checksum).
func readMeta(b []byte, off int) (boltMeta, bool) {
	m := off + pageHeaderSize
	if m < 0 || m+64 > len(b) {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(b[m : m+metaChecksumEnd])
	if ne.Uint32(b[m:]) != boltMagic || ne.Uint32(b[m+4:]) != boltVersion || ne.Uint64(b[m+56:]) != h.Sum64() {
		return boltMeta{}, false
	}
	return boltMeta{pageSize: uint64(ne.Uint32(b[m+8:])), root: ne.Uint64(b[m+16:]),
		freelist: ne.Uint64(b[m+32:]), pgid: ne.Uint64(b[m+40:]), txid: ne.Uint64(b[m+48:])}, true
}

// currentMeta picks the meta page bbolt will use: the valid one with the
// higher transaction id.
func currentMeta(b []byte) (boltMeta, error) {
	m0, ok0 := readMeta(b, 0)
	ps := m0.pageSize
	if !ok0 { // like bbolt: look for the second meta page at each page size
		for ps = 1024; ps <= 1<<16; ps *= 2 {
			if m1, ok := readMeta(b, int(ps)); ok && m1.pageSize == ps {
				break
			}
		}
	}
	if ps < 1024 || ps > 1<<16 || ps&(ps-1) != 0 {
		return boltMeta{}, fmt.Errorf("%w: no valid meta page", errRaw)
	}
	m1, ok1 := readMeta(b, int(ps))
	switch {
	case ok0 && ok1 && m1.txid > m0.txid, !ok0 && ok1:
		m0 = m1
	case !ok0:
		return boltMeta{}, fmt.Errorf("%w: no valid meta page", errRaw)
	}
	if m0.pageSize != ps {
		return boltMeta{}, fmt.Errorf("%w: page sizes disagree", errRaw)
	}
	return m0, nil
}

type rawChecker struct {
	b    []byte
	m    boltMeta
	used map[uint64]bool // pages reachable from the root or the freelist
}

func checkRaw(b []byte) error {
	m, err := currentMeta(b)
	if err != nil {
		return err
	}
	switch {
	case m.pgid < 3 || m.pgid > uint64(len(b))/m.pageSize:
		return fmt.Errorf("%w: the file is %d bytes, its meta page says %d pages of %d", errRaw, len(b), m.pgid, m.pageSize)
	case m.root < 2 || m.root >= m.pgid:
		return fmt.Errorf("%w: root page %d out of range", errRaw, m.root)
	}
	c := &rawChecker{b: b, m: m, used: map[uint64]bool{0: true, 1: true}}
	free, err := c.freelist()
	if err != nil {
		return err
	}
	if err := c.tree(m.root, nil, nil, 0); err != nil {
		return err
	}
	for id := uint64(2); id < m.pgid; id++ {
		if c.used[id] == free[id] {
			return fmt.Errorf("%w: page %d is both free and in use, or neither", errRaw, id)
		}
	}
	return nil
}

// page returns the bytes of page id with its overflow, marking them used.
func (c *rawChecker) page(id uint64) ([]byte, error) {
	if id < 2 || id >= c.m.pgid {
		return nil, fmt.Errorf("%w: page %d out of range", errRaw, id)
	}
	off := id * c.m.pageSize
	p := c.b[off:]
	if ne.Uint64(p) != id {
		return nil, fmt.Errorf("%w: page %d says it is page %d", errRaw, id, ne.Uint64(p))
	}
	n := uint64(ne.Uint32(p[12:])) + 1
	if n > c.m.pgid-id {
		return nil, fmt.Errorf("%w: page %d runs past the end", errRaw, id)
	}
	for i := id; i < id+n; i++ {
		if c.used[i] {
			return nil, fmt.Errorf("%w: page %d used twice", errRaw, i)
		}
		c.used[i] = true
	}
	return p[:n*c.m.pageSize], nil
}

// freelist returns the free page ids, checked to be sorted and in range.
func (c *rawChecker) freelist() (map[uint64]bool, error) {
	free := map[uint64]bool{}
	if c.m.freelist == noFreelist {
		return nil, fmt.Errorf("%w: no freelist", errRaw)
	}
	p, err := c.page(c.m.freelist)
	if err != nil {
		return nil, err
	}
	if ne.Uint16(p[8:])&flagFreelist == 0 {
		return nil, fmt.Errorf("%w: page %d is not the freelist", errRaw, c.m.freelist)
	}
	start, count := uint64(pageHeaderSize), uint64(ne.Uint16(p[10:]))
	if count == 0xFFFF {
		count, start = ne.Uint64(p[pageHeaderSize:]), start+8
	}
	if count > (uint64(len(p))-start)/8 {
		return nil, fmt.Errorf("%w: freelist of %d pages does not fit", errRaw, count)
	}
	prev := uint64(1)
	for i := range count {
		id := ne.Uint64(p[start+8*i:])
		if id <= prev || id >= c.m.pgid {
			return nil, fmt.Errorf("%w: free page %d out of order or range", errRaw, id)
		}
		free[id], prev = true, id
	}
	return free, nil
}

// tree checks the branch or leaf page id and everything below it; every
// key must be at least lo and below hi (nil: no bound).
func (c *rawChecker) tree(id uint64, lo, hi []byte, depth int) error {
	if depth > maxTreeDepth {
		return fmt.Errorf("%w: tree too deep", errRaw)
	}
	p, err := c.page(id)
	if err != nil {
		return err
	}
	return c.node(p, lo, hi, depth)
}

// node checks one page's elements; p is a page or an inline bucket's page.
func (c *rawChecker) node(p []byte, lo, hi []byte, depth int) error {
	if len(p) < pageHeaderSize {
		return fmt.Errorf("%w: page cut short", errRaw)
	}
	flags, count := ne.Uint16(p[8:]), int(ne.Uint16(p[10:]))
	if (flags != flagBranch && flags != flagLeaf) || (flags == flagBranch && count == 0) {
		return fmt.Errorf("%w: not a branch or leaf page", errRaw)
	}
	keys, err := nodeKeys(p, flags, count, lo, hi)
	if err != nil {
		return err
	}
	for i := range count {
		e := pageHeaderSize + i*elementSize
		if flags == flagBranch {
			next := hi
			if i+1 < count {
				next = keys[i+1]
			}
			err = c.tree(ne.Uint64(p[e+8:]), keys[i], next, depth+1)
		} else {
			err = c.leafValue(p, e, keys[i], depth)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// nodeKeys reads a page's keys, checking that each element sits where
// bbolt writes it and that the keys are in order within [lo, hi).
func nodeKeys(p []byte, flags uint16, count int, lo, hi []byte) ([][]byte, error) {
	data := pageHeaderSize + count*elementSize // bbolt writes keys and values here, in order
	if data > len(p) {
		return nil, fmt.Errorf("%w: %d elements do not fit", errRaw, count)
	}
	keys := make([][]byte, count)
	for i := range count {
		e := pageHeaderSize + i*elementSize
		// branch element: pos, ksize, pgid; leaf element: flags, pos, ksize, vsize
		posAt, ksize, vsize := e, int(ne.Uint32(p[e+4:])), 0
		if flags == flagLeaf {
			posAt, ksize, vsize = e+4, int(ne.Uint32(p[e+8:])), int(ne.Uint32(p[e+12:]))
		}
		pos := int(ne.Uint32(p[posAt:]))
		if e+pos != data || ksize == 0 || ksize > len(p)-data || vsize > len(p)-data-ksize {
			return nil, fmt.Errorf("%w: element %d is not where bbolt puts it", errRaw, i)
		}
		keys[i] = p[data : data+ksize]
		data += ksize + vsize
		if (i == 0 && lo != nil && bytes.Compare(keys[i], lo) < 0) || (i > 0 && bytes.Compare(keys[i-1], keys[i]) >= 0) ||
			(hi != nil && bytes.Compare(keys[i], hi) >= 0) {
			return nil, fmt.Errorf("%w: keys out of order", errRaw)
		}
	}
	return keys, nil
}

// leafValue follows a leaf element that holds a nested bucket.
func (c *rawChecker) leafValue(p []byte, e int, key []byte, depth int) error {
	eflags := ne.Uint32(p[e:])
	if eflags&^flagBucketLeaf != 0 {
		return fmt.Errorf("%w: unknown element flags %x", errRaw, eflags)
	}
	if eflags == 0 {
		return nil
	}
	start := e + int(ne.Uint32(p[e+4:])) + len(key)
	v := p[start : start+int(ne.Uint32(p[e+12:]))]
	if len(v) < bucketHeader {
		return fmt.Errorf("%w: bucket header cut short", errRaw)
	}
	if root := ne.Uint64(v); root != 0 {
		return c.tree(root, nil, nil, depth+1)
	}
	inline := v[bucketHeader:]
	if len(inline) < pageHeaderSize || ne.Uint16(inline[8:]) != flagLeaf {
		return fmt.Errorf("%w: inline bucket is not a leaf", errRaw)
	}
	return c.node(inline, nil, nil, depth+1)
}

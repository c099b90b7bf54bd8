package actors

// wordCount counts words within one document. It is an open-addressing
// table whose slots carry the number of the document that filled them, so
// starting a new document clears it in constant time.
type wordCount struct {
	keys   []string
	counts []int32
	gens   []uint32
	gen    uint32
	used   int
}

func newWordCount(size int) *wordCount {
	return &wordCount{keys: make([]string, size), counts: make([]int32, size), gens: make([]uint32, size), gen: 1}
}

// reset empties the table; it grows when the last document filled it.
func (c *wordCount) reset() {
	if c.used*2 > len(c.keys) {
		*c = *newWordCount(4 * len(c.keys))
	}
	c.gen++
	c.used = 0
}

func (c *wordCount) add(w string) {
	if c.used*2 > len(c.keys) {
		c.rehash()
	}
	mask := uint32(len(c.keys) - 1)
	for i := wordHash(wordBits(w), len(w)) & mask; ; i = (i + 1) & mask {
		if c.gens[i] != c.gen {
			c.keys[i], c.counts[i], c.gens[i] = w, 1, c.gen
			c.used++
			return
		}
		if c.keys[i] == w {
			c.counts[i]++
			return
		}
	}
}

func (c *wordCount) get(w string) int {
	mask := uint32(len(c.keys) - 1)
	for i := wordHash(wordBits(w), len(w)) & mask; ; i = (i + 1) & mask {
		if c.gens[i] != c.gen {
			return 0
		}
		if c.keys[i] == w {
			return int(c.counts[i])
		}
	}
}

// rehash doubles the table, keeping this document's words.
func (c *wordCount) rehash() {
	old := *c
	*c = *newWordCount(2 * len(old.keys))
	for i, k := range old.keys {
		if old.gens[i] == old.gen {
			for n := int32(0); n < old.counts[i]; n++ {
				c.add(k)
			}
		}
	}
}

package actors

// docWords is the vocabulary of one document: each distinct word with its
// lexicon flags, looked up in the lexicon once per document rather than
// once per token, and how often the word is seen in lower case and
// capitalised inside sentences, which isKnown and nameLike weigh. It is an
// open-addressing table whose slots carry the number of the document that
// filled them, so starting a new document clears it in constant time.
type docWords struct {
	g     *geoTables
	slots []wordSlot
	gen   uint32
	used  int
}

type wordSlot struct {
	word   string
	bits   uint64 // wordBits(word): a short word is compared as a number
	lex    lexFlag
	gen    uint32
	lower  int32 // times seen in lower case (only words of four bytes or more on no list)
	capMid int32 // times seen capitalised inside a sentence
}

func newDocWords(g *geoTables, size int) *docWords {
	return &docWords{g: g, slots: make([]wordSlot, size), gen: 1}
}

// reset empties the table for the next document; it grows when the last
// document filled it.
func (v *docWords) reset() {
	if v.used*2 > len(v.slots) {
		*v = *newDocWords(v.g, 4*len(v.slots))
	}
	v.gen++
	v.used = 0
}

// slot returns the slot of w, filling a new one (with the lexicon's flags
// for w) when w is new to the document.
func (v *docWords) slot(w string) *wordSlot {
	if v.used*2 > len(v.slots) {
		v.rehash()
	}
	bits, n := wordBits(w), len(w)
	mask := uint32(len(v.slots) - 1)
	for i := wordHash(bits, n) & mask; ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.gen != v.gen {
			*s = wordSlot{word: w, bits: bits, lex: v.g.lookup(w), gen: v.gen}
			v.used++
			return s
		}
		if s.bits == bits && len(s.word) == n && (n <= 8 || s.word == w) {
			return s
		}
	}
}

// find returns the slot of w, or nil when the document has no such word.
func (v *docWords) find(w string) *wordSlot {
	bits, n := wordBits(w), len(w)
	mask := uint32(len(v.slots) - 1)
	for i := wordHash(bits, n) & mask; ; i = (i + 1) & mask {
		s := &v.slots[i]
		if s.gen != v.gen {
			return nil
		}
		if s.bits == bits && len(s.word) == n && (n <= 8 || s.word == w) {
			return s
		}
	}
}

// lowerCount returns how often w is seen in lower case in the document.
func (v *docWords) lowerCount(w string) int {
	if s := v.find(w); s != nil {
		return int(s.lower)
	}
	return 0
}

// capMidCount returns how often w is seen capitalised inside a sentence.
func (v *docWords) capMidCount(w string) int {
	if s := v.find(w); s != nil {
		return int(s.capMid)
	}
	return 0
}

// rehash doubles the table, keeping this document's words.
func (v *docWords) rehash() {
	old := v.slots
	v.slots = make([]wordSlot, 2*len(old))
	mask := uint32(len(v.slots) - 1)
	for _, s := range old {
		if s.gen != v.gen {
			continue
		}
		i := wordHash(s.bits, len(s.word)) & mask
		for v.slots[i].gen == v.gen {
			i = (i + 1) & mask
		}
		v.slots[i] = s
	}
}

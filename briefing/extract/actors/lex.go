package actors

import "math"

// lexFlag marks what the word lists say about a word, so the scanner looks
// each token up once instead of once per list.
type lexFlag uint32

const (
	fCommon lexFlag = 1 << iota
	fFirst
	fHonor
	fTitle
	fTitleHead
	fTitleTail
	fTitleEnd
	fOrgHead
	fGroupHead
	fOrgNoun
	fReport
	fPlacePrep
	fLocNoun
	fConnector
	fInstitution
	fGroupCtx
	fDemonym
	fCountry
	fCapital
	fOrgForm
	fFunc
	fLaw
	// The flags below spare a map lookup for one test each (see
	// runCues, peel and Tokens.Cue); the ones above mark the word lists
	// proper.
	fWorkNoun
	fProductNoun
	fDateWord
	fCue // a word of statementCues, for Tokens.Cue
)

// listed holds the flags of the word lists proper: a word with none of
// them is "on no list", where that matters (lower-case counts, the word
// before a name).
const listed = fWorkNoun - 1

// lexWords hands mark every word of the word lists and the country
// tables with its list's flag (a word on several lists comes once per
// list), and returns how many it handed; with mark nil, it only counts.
func lexWords(g *geoTables, mark func(w string, f lexFlag)) int {
	n := 0
	each := func(words map[string]struct{}, f lexFlag) {
		n += len(words)
		if mark == nil {
			return
		}
		for w := range words {
			mark(w, f)
		}
	}
	eachOf := func(words map[string]string, f lexFlag) {
		n += len(words)
		if mark == nil {
			return
		}
		for w := range words {
			mark(w, f)
		}
	}
	each(commonCaps, fCommon)
	each(firstNames, fFirst)
	each(honorifics, fHonor)
	each(titleHeads, fTitleHead)
	each(titleTails, fTitleTail)
	each(titleEnds, fTitleEnd)
	each(orgHeads, fOrgHead)
	each(groupHeads, fGroupHead)
	each(orgNouns, fOrgNoun)
	each(reportVerbs, fReport)
	each(placePreps, fPlacePrep)
	each(locNouns, fLocNoun)
	each(connectors, fConnector)
	each(institutions, fInstitution)
	each(groupContext, fGroupCtx)
	each(funcCaps, fFunc)
	each(lawHeads, fLaw)
	each(workNouns, fWorkNoun)
	each(productNouns, fProductNoun)
	each(dateWords, fDateWord)
	each(statementCues, fCue)
	eachOf(titleForms, fTitle)
	eachOf(g.demonym, fDemonym)
	eachOf(g.byName, fCountry)
	eachOf(g.byCapital, fCapital)
	eachOf(blocNames, fCountry)
	n += len(orgForms)
	if mark == nil {
		return n
	}
	for w := range orgForms {
		mark(w, fOrgForm)
	}
	return n
}

// buildLexTable fills a lexTable straight from the word lists, with no
// map of them in between (every start pays for this). It is sized for
// every word handed, words on several lists counted once per list.
func buildLexTable(g *geoTables) *lexTable {
	t := newEmptyLexTable(lexWords(g, nil))
	lexWords(g, t.mark)
	return t
}

func (t *Token) is(f lexFlag) bool { return t.lex&f != 0 }

func (t *keptToken) is(f lexFlag) bool { return lexFlag(t.flags)&f != 0 }

// has reports whether the token has every flag of k (kWord, kCap, ...).
func (t *keptToken) has(k uint32) bool { return t.flags&k == k }

// lex returns the token's lexicon flags.
func (t *keptToken) lex() lexFlag { return lexFlag(t.flags % (1 << keptShift)) }

// IsTitle reports whether the word is (or ends) a title or office
// ("president", "nominee", "minister", "spokesman").
func (t *Token) IsTitle() bool { return t.is(fTitle | fTitleEnd) }

// lexTable is an open-addressing hash table from word to flags. A slot
// holds its word packed into a number (wordBits), so a word of up to eight
// bytes, as most are, is found without reading a string: one load filters
// it, one hash and one compare of numbers find it.
type lexTable struct {
	slots []lexSlot
	long  []string // the words longer than eight bytes, only they, so few
	mask  uint32
	// filter has bit h>>16 set for the wordHash h of every key: most
	// words of a text (about three in four in the BBC corpus) are ruled
	// out by this one load from a table that stays in cache, before the
	// slots are read.
	filter [1 << 16 / 64]uint64
}

type lexSlot struct {
	bits  uint64 // wordBits of the word
	n     uint16 // the word's length, 0 in an empty slot
	long  uint16 // where a word longer than eight bytes is in long
	flags lexFlag
}

func newLexTable(m map[string]lexFlag) *lexTable {
	t := newEmptyLexTable(len(m))
	for w, flags := range m {
		t.mark(w, flags)
	}
	return t
}

// newEmptyLexTable returns a table with room for n words, half full at most.
func newEmptyLexTable(n int) *lexTable {
	size := uint32(1)
	for size < uint32(2*n) {
		size <<= 1
	}
	return &lexTable{slots: make([]lexSlot, size), mask: size - 1}
}

// mark adds the flags f to those of w, adding w if it is not there yet.
// A look-up compares whole words, so it finds a word wherever probing put
// it: the order words come in does not matter.
func (t *lexTable) mark(w string, f lexFlag) {
	if w == "" {
		return
	}
	if len(w) > math.MaxUint16 || len(t.long) > math.MaxUint16 {
		panic("actors: a word list too long for a lexTable")
	}
	bits := wordBits(w)
	h := wordHash(bits, len(w))
	i := h & t.mask
	for ; t.slots[i].n != 0; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.bits == bits && int(s.n) == len(w) && (len(w) <= 8 || t.long[s.long] == w) {
			s.flags |= f
			return
		}
	}
	t.filter[h>>22] |= 1 << (h >> 16 % 64)
	t.slots[i] = lexSlot{bits: bits, n: uint16(len(w)), flags: f}
	if len(w) > 8 {
		t.slots[i].long = uint16(len(t.long))
		t.long = append(t.long, w)
	}
}

// wordBits packs a word into a number: the word itself, little-endian and
// padded with zero bytes, when it has eight bytes or fewer (with its
// length, exactly the word), and its first and last eight bytes folded
// together when longer. The bits of a short word inside a longer text are
// its first eight bytes loaded at once and masked (see shortBits).
func wordBits(w string) uint64 {
	n := len(w)
	switch {
	case n > 8:
		return load64(w) ^ load64(w[n-8:])*31
	case n >= 4:
		// The first four bytes, and the last four with those of them
		// among the first shifted out.
		return uint64(load32(w)) | uint64(load32(w[n-4:])>>(8*(8-n)))<<32
	}
	var x uint64
	for i := n - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// shortBits returns the wordBits of a word of n bytes, 1 to 8, whose
// first eight bytes (some maybe beyond it) are x, as load64 reads them.
func shortBits(x uint64, n int) uint64 { return x & (^uint64(0) >> (64 - 8*n)) }

// wordHash hashes a word from its wordBits and length with one
// multiplication, where a byte-by-byte hash multiplies once per byte.
func wordHash(bits uint64, n int) uint32 {
	return uint32((bits ^ uint64(n)) * 0x9E3779B97F4A7C15 >> 32)
}

// load64 returns the first eight bytes of s, little-endian (one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 returns the first four bytes of s, little-endian (one load).
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func (t *lexTable) get(w string) lexFlag {
	bits := wordBits(w)
	h := wordHash(bits, len(w))
	if !t.mayHave(h) {
		return 0
	}
	return t.probe(w, bits, h)
}

// mayHave reports false, by the filter, for most words not in t, given
// their wordHash: the tokenizer asks it before probe.
func (t *lexTable) mayHave(h uint32) bool { return t.filter[h>>22]&(1<<(h>>16%64)) != 0 }

// probe looks w, with its wordBits and wordHash, up in the slots.
func (t *lexTable) probe(w string, bits uint64, h uint32) lexFlag {
	n := len(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == 0 {
			return 0
		}
		if s.bits == bits && int(s.n) == n && (n <= 8 || t.long[s.long] == w) {
			return s.flags
		}
	}
}

// lookup returns the flags of w.
func (g *geoTables) lookup(w string) lexFlag { return g.table.get(w) }

package actors

import "sort"

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
)

// buildLex merges the word lists and the country tables into one map.
func buildLex(g *geoTables) map[string]lexFlag {
	m := map[string]lexFlag{}
	mark := func(words map[string]struct{}, f lexFlag) {
		for w := range words {
			m[w] |= f
		}
	}
	mark(commonCaps, fCommon)
	mark(firstNames, fFirst)
	mark(honorifics, fHonor)
	mark(titleHeads, fTitleHead)
	mark(titleTails, fTitleTail)
	mark(titleEnds, fTitleEnd)
	mark(orgHeads, fOrgHead)
	mark(groupHeads, fGroupHead)
	mark(orgNouns, fOrgNoun)
	mark(reportVerbs, fReport)
	mark(placePreps, fPlacePrep)
	mark(locNouns, fLocNoun)
	mark(connectors, fConnector)
	mark(institutions, fInstitution)
	mark(groupContext, fGroupCtx)
	mark(funcCaps, fFunc)
	mark(lawHeads, fLaw)
	for w := range titleForms {
		m[w] |= fTitle
	}
	for w := range g.demonym {
		m[w] |= fDemonym
	}
	for w := range g.byName {
		m[w] |= fCountry
	}
	for w := range g.byCapital {
		m[w] |= fCapital
	}
	for w := range orgForms {
		m[w] |= fOrgForm
	}
	for w := range blocNames {
		m[w] |= fCountry
	}
	return m
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

// lexTable is an open-addressing hash table from word to flags, probed
// with wordHash: one short hash and usually one string compare per token,
// cheaper than a Go map for the million tokens of a large corpus.
type lexTable struct {
	keys  []string
	flags []lexFlag
	mask  uint32
	// shape[n][f] has bit l set when some key of n bytes has first byte f
	// and last byte l (both taken modulo 64): most words of a text (about
	// two in three in the BBC corpus) are ruled out by this one load,
	// before any hashing.
	shape [32][64]uint64
}

func newLexTable(m map[string]lexFlag) *lexTable {
	n := uint32(1)
	for n < uint32(4*len(m)) {
		n <<= 1
	}
	t := &lexTable{keys: make([]string, n), flags: make([]lexFlag, n), mask: n - 1}
	words := make([]string, 0, len(m))
	for w := range m {
		if w != "" {
			words = append(words, w)
		}
	}
	sort.Strings(words) // a deterministic layout
	for _, w := range words {
		i := wordHash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.flags[i] = w, m[w]
		if n := len(w); n < len(t.shape) {
			t.shape[n][w[0]%64] |= 1 << (w[n-1] % 64)
		}
	}
	return t
}

// wordHash hashes a word from its length and its first and last bytes
// (eight of each at most, all of a short word) with a few loads and one
// multiplication, where a byte-by-byte hash multiplies once per byte.
func wordHash(w string) uint32 {
	n := len(w)
	var x uint64
	switch {
	case n >= 8:
		x = load64(w) ^ load64(w[n-8:])*31
	case n >= 4:
		x = uint64(load32(w)) | uint64(load32(w[n-4:]))<<32
	default:
		for i := 0; i < n; i++ {
			x = x<<8 | uint64(w[i])
		}
	}
	x = (x ^ uint64(n)) * 0x9E3779B97F4A7C15
	return uint32(x >> 32)
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
	if n := len(w); n > 0 && n < len(t.shape) && t.shape[n][w[0]%64]&(1<<(w[n-1]%64)) == 0 {
		return 0
	}
	for i := wordHash(w) & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if k == w {
			return t.flags[i]
		}
	}
}

// lookup returns the flags of w.
func (g *geoTables) lookup(w string) lexFlag { return g.table.get(w) }

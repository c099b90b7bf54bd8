package actors

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

// IsTitle reports whether the word is (or ends) a title or office
// ("president", "nominee", "minister", "spokesman").
func (t *Token) IsTitle() bool { return t.is(fTitle | fTitleEnd) }

// lexFilter is a bitset over a cheap key of every lexicon word (length,
// first and last byte); most words miss it and skip the map lookup.
type lexFilter [1 << 15 / 64]uint64

func filterKey(w string) uint32 {
	return uint32(len(w)&31)<<10 | uint32(w[0]&31)<<5 | uint32(w[len(w)-1]&31)
}

func (f *lexFilter) add(w string) {
	if w != "" {
		k := filterKey(w)
		f[k>>6] |= 1 << (k & 63)
	}
}

func (f *lexFilter) may(w string) bool {
	k := filterKey(w)
	return f[k>>6]&(1<<(k&63)) != 0
}

// lookup returns the flags of w.
func (g *geoTables) lookup(w string) lexFlag {
	if !g.filter.may(w) {
		return 0
	}
	return g.lex[w]
}

package actors

import "strings"

// A country named like a subdivision of another country ("Georgia", a
// state of the United States) is read as that subdivision, a place and no
// actor, when the text around it names the holder's other subdivisions or
// its domestic politics ("Gov.", "Republican", "primaries"), unless the
// document names the country by its capital or nationality ("Tbilisi",
// "Georgian").

// twin is what the tables know about a country named like a subdivision.
type twin struct {
	a2     string          // the country
	holder map[string]bool // every subdivision name of the country that has one of that name
	cues   []string        // the holder's domestic words, if any
	own    []string        // the country's capitals and nationalities
}

// domesticCues are words of a country's own politics that place a name
// among its subdivisions.
var domesticCues = map[string][]string{
	"US": {"Gov.", "Sen.", "Rep.", "Republican", "Democrat", "Democratic", "GOP", "primary", "primaries",
		"caucus", "governor", "statewide", "state's", "legislature"},
}

// buildTwins indexes the countries named like another country's
// subdivision. Only countries with a nationality of their own count:
// territories (Puerto Rico) stay as they are.
func buildTwins(g *geoTables) map[string]*twin {
	hasDemonym := map[string]bool{}
	for _, a2 := range g.demonym {
		hasDemonym[a2] = true
	}
	out := map[string]*twin{}
	byCountry := map[string][]*twin{}
	for h, subs := range geoTwinHolders {
		set := make(map[string]bool, len(subs))
		for _, s := range subs {
			set[s] = true
		}
		for _, s := range subs {
			a2, ok := g.byName[s]
			if !ok || a2 == h || !hasDemonym[a2] {
				continue
			}
			tw := &twin{a2: a2, holder: set, cues: domesticCues[h]}
			out[matchKey(s)] = tw
			byCountry[a2] = append(byCountry[a2], tw)
		}
	}
	// The capitals and nationalities of all twins in one pass over each
	// table, rather than one per twin.
	for _, m := range []map[string]string{g.byCapital, g.demonym} {
		for n, a2 := range m {
			for _, tw := range byCountry[a2] {
				tw.own = append(tw.own, n)
			}
		}
	}
	return out
}

// asSubdivision reports whether the twin name in paragraph p of document d
// reads as the other country's subdivision there.
func (b *builder) asSubdivision(d, p int, tw *twin, form string) bool {
	doc := b.docs[d]
	b.twinMu.Lock()
	v, ok := b.twinDoc[twinDocKey{d, tw.a2}]
	b.twinMu.Unlock()
	if ok && !v {
		return false
	} else if !ok {
		// The country's own capital or nationality anywhere in the
		// document: the name is the country.
		own := false
		for _, para := range doc.Paragraphs {
			for _, w := range tw.own {
				if hasWord(para.Text, w) {
					own = true
				}
			}
		}
		b.twinMu.Lock()
		b.twinDoc[twinDocKey{d, tw.a2}] = !own
		b.twinMu.Unlock()
		if own {
			return false
		}
	}
	for q := max(p-1, 0); q <= p+1 && q < len(doc.Paragraphs); q++ {
		text := doc.Paragraphs[q].Text
		for _, w := range tw.cues {
			if hasWord(text, w) {
				return true
			}
		}
		if holderNear(text, tw.holder, form) {
			return true
		}
	}
	return false
}

type twinDocKey struct {
	d  int
	a2 string
}

// holderNear reports whether text names a subdivision in set other than
// form.
func holderNear(text string, set map[string]bool, form string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] < 'A' || text[i] > 'Z' || i > 0 && isWordByte(text[i-1]) {
			continue
		}
		// Try one to three words from here.
		j := i
		for n := 0; n < 3; n++ {
			for j < len(text) && (isWordByte(text[j]) || text[j] == '.') {
				j++
			}
			w := strings.TrimRight(text[i:j], ".")
			if w != form && set[w] {
				return true
			}
			if j >= len(text) || text[j] != ' ' {
				break
			}
			j++
		}
	}
	return false
}

// hasWord reports whether w occurs in text as a whole word.
func hasWord(text, w string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], w)
		if k < 0 {
			return false
		}
		s, e := off+k, off+k+len(w)
		if (s == 0 || !isWordByte(text[s-1])) && (e == len(text) || !isWordByte(text[e])) {
			return true
		}
		off = s + 1
	}
}

package actors

import (
	"sort"
	"strings"

	"briefing/briefing/source"
)

// cand gathers the evidence about one name (by matchKey) over all documents.
type cand struct {
	key                                           string
	forms                                         map[string]int
	ntok                                          int
	n, nonInit, person, org, group, place, report int
	honor                                         int
	titles                                        map[roleKey]int
	acronym                                       string
	docs                                          map[int]bool
	firstDoc                                      int
}

type roleKey struct{ title, country, affil string }

// pass1 tokenises every paragraph once and gathers the name runs, the
// nationality references and the evidence for each name.
type pass1 struct {
	g      *geoTables
	docs   []*source.Document
	scans  []docScan
	cands  map[string]*cand
	capMid map[string]int // capitalised words seen inside sentences
	lower  map[string]int // words seen in lower case
	byline map[int]map[string]bool
}

func newPass1(docs []*source.Document) *pass1 {
	p := &pass1{g: loadGeo(), docs: docs, scans: make([]docScan, len(docs)), cands: map[string]*cand{},
		capMid: map[string]int{}, lower: map[string]int{}, byline: map[int]map[string]bool{}}
	toks := make([][][]Token, len(docs))
	for d, doc := range docs {
		toks[d] = make([][]Token, len(doc.Paragraphs))
		if b := doc.Meta.Byline; b != "" {
			p.byline[d] = map[string]bool{}
			for _, w := range strings.FieldsFunc(b, func(r rune) bool { return r == ' ' || r == ',' || r == '|' }) {
				p.byline[d][w] = true
			}
		}
		for i := range doc.Paragraphs {
			para := &doc.Paragraphs[i]
			if skipParagraph(para.Text) {
				continue
			}
			ts := Tokenize(para)
			toks[d][i] = ts
			if para.Heading {
				continue
			}
			for _, t := range ts {
				switch {
				case !t.Word:
				case !t.Cap:
					p.lower[t.Text]++
				case !t.SentStart:
					p.capMid[t.Text]++
				}
			}
		}
	}
	for d, doc := range docs {
		for i := range doc.Paragraphs {
			if toks[d][i] != nil {
				scanParagraph(p.g, i, &doc.Paragraphs[i], toks[d][i], p.known, &p.scans[d])
			}
		}
		p.gather(d)
	}
	return p
}

// known reports whether a capitalised word that opens a sentence is a name
// rather than an ordinary word written with a capital.
func (p *pass1) known(w string) bool {
	if has(firstNames, w) || has(honorifics, w) || titles[strings.ToLower(w)] != "" {
		return true
	}
	g := p.g
	if _, ok := g.byKey[matchKey(w)]; ok {
		return true
	}
	if _, ok := g.byCapital[w]; ok {
		return true
	}
	if _, ok := g.demonym[w]; ok {
		return true
	}
	if _, ok := knownOrgs[matchKey(w)]; ok {
		return true
	}
	if _, ok := blocNames[w]; ok {
		return true
	}
	return p.capMid[w] > p.lower[strings.ToLower(w)]
}

// skipParagraph reports page furniture that names other articles or the
// site: "Read more: ...", "Related article: ...", "Skip to content".
func skipParagraph(t string) bool {
	for _, pre := range []string{"Read more", "Related", "See also", "Skip to", "Image:", "Photo:", "Copyright", "©"} {
		if strings.HasPrefix(t, pre) {
			return true
		}
	}
	// A numbered menu line ("1. Skip to content").
	if len(t) > 3 && t[0] >= '0' && t[0] <= '9' && strings.Contains(t[:min(len(t), 6)], ". Skip") {
		return true
	}
	return false
}

func (p *pass1) gather(d int) {
	doc := p.docs[d]
	for k := range p.scans[d].runs {
		r := &p.scans[d].runs[k]
		if doc.Paragraphs[r.para].Heading || r.roleOnly || p.inByline(d, r) {
			continue
		}
		key := matchKey(r.form)
		c := p.cands[key]
		if c == nil {
			c = &cand{key: key, forms: map[string]int{}, titles: map[roleKey]int{}, docs: map[int]bool{}, ntok: r.ntok, firstDoc: d}
			p.cands[key] = c
		}
		c.n++
		c.forms[r.form]++
		c.docs[d] = true
		if !r.sentInit {
			c.nonInit++
		}
		if r.honor || r.title != "" || r.ntok >= 2 && has(firstNames, r.first) {
			c.person++
		}
		if r.honor {
			c.honor++
		}
		prev := strings.ToLower(r.prev)
		if has(orgHeads, r.last) || has(orgNouns, prev) {
			c.org++
		}
		if has(groupHeads, r.last) || r.acronym != "" && r.group {
			c.group++
		}
		if has(placePreps, prev) || has(locNouns, prev) {
			c.place++
		}
		if has(reportVerbs, r.next) {
			c.report++
		}
		if r.acronym != "" {
			c.acronym = r.acronym
		}
		if r.title != "" {
			c.titles[roleKey{r.title, r.country, r.affil}]++
		}
	}
}

// inByline reports whether every word of a run is in the document's byline
// (authors are source metadata, not actors).
func (p *pass1) inByline(d int, r *run) bool {
	b := p.byline[d]
	if b == nil {
		return false
	}
	for _, w := range strings.Fields(r.form) {
		if !b[w] {
			return false
		}
	}
	return true
}

// sortedCands returns the candidates in key order, for deterministic IDs.
func (p *pass1) sortedCands() []*cand {
	out := make([]*cand, 0, len(p.cands))
	for _, c := range p.cands {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// bestForm returns the most frequent form of a candidate (ties: the
// longest, then the first in byte order).
func (c *cand) bestForm() string {
	best, n := "", -1
	for f, k := range c.forms {
		if k > n || k == n && (len(f) > len(best) || len(f) == len(best) && f < best) {
			best, n = f, k
		}
	}
	return best
}

package actors

import (
	"runtime"
	"strings"
	"sync/atomic"

	"briefing/briefing/source"
)

// cand gathers the evidence about one name (by matchKey) over all documents.
// Its counters are int32, so that the evidence of a name shares a cache
// line or two: gathering and classifying visit every candidate.
type cand struct {
	key, form string         // form: the first form seen
	acronym   string         // the last acronym seen after it
	forms     map[string]int // every form, once a second one is seen
	ntok      int32
	ent       int32 // 1 + the entity key names, once classified (alias)
	// surname is next to ent: recording reads both for a name with no
	// entity of its own.
	surname                                       bool // key is a person's last name (surnames), once classified
	n, nonInit, person, org, group, place, report int32
	honor, common, strong, law, militant          int32
	work                                          int32 // cues of a work or product title (two for one before it)
	titled                                        int32 // mentions with a title before, even a weak one
	facts                                         facts // of key and the first form
}

// facts are what the tables say about a name's key and a form of it.
// classify needs them for every candidate: they are looked up when the
// candidate is found, while the bytes of both are in cache.
type facts struct {
	lex     lexFlag // the form's flags in the lexicon
	known   bool    // the key names a known organisation (knownOrgs)
	country bool    // the key names a country (byKey)
	place   bool    // the form names a place (places)
	ofTail  bool    // a lower-case key of a form "of ..." ("of State": a title's tail)
	upper   bool    // the form ends in an all-capitals word (upperLast)
	demonym bool    // the form's first word is a nationality
}

// factsOf looks up the facts of a name's key and one of its forms.
func (g *geoTables) factsOf(key, form string) facts {
	named := g.named[key]
	lex, first := g.lookup(form), firstField(form)
	firstLex := lex // a name of one word is its first word
	if len(first) != len(form) {
		firstLex = g.lookup(first)
	}
	return facts{lex: lex, known: named&namesOrg != 0, country: named&namesCountry != 0, place: g.places[form],
		ofTail: key != "" && key[0] >= 'a' && key[0] <= 'z' && strings.HasPrefix(form, "of "),
		upper:  upperLast(form), demonym: firstLex&fDemonym != 0}
}

type roleKey struct{ title, country, affil string }

// pass1 tokenises every paragraph once and gathers the name runs, the
// nationality references and the evidence for each name.
type pass1 struct {
	g      *geoTables
	docs   []*source.Document
	scans  []docScan
	toks   []docTokens // every document's tokens, for the other extractors
	cands  map[string]*cand
	slab   []cand            // new candidates are carved from here, not allocated one by one
	keyed  []keyedCand       // every candidate in the order found, sorted by sortedCands
	byline []map[string]bool // by document: the words of its byline, nil for none
}

func newPass1(docs []*source.Document) *pass1 {
	// News text names about one distinct name per 256 bytes: sizing the
	// candidates' map for that spares most of its growing.
	size := 0
	for _, doc := range docs {
		for i := range doc.Paragraphs {
			size += len(doc.Paragraphs[i].Text)
		}
	}
	p := &pass1{g: loadGeo(), docs: docs, scans: make([]docScan, len(docs)),
		toks: make([]docTokens, len(docs)), cands: make(map[string]*cand, size/256),
		byline: make([]map[string]bool, len(docs))}
	for d, doc := range docs {
		if b := doc.Meta.Byline; b != "" {
			p.byline[d] = map[string]bool{}
			for _, w := range strings.FieldsFunc(b, func(r rune) bool { return r == ' ' || r == ',' || r == '|' }) {
				p.byline[d][w] = true
			}
		}
	}
	// Scanning a document needs only that document, so documents are
	// scanned on every core; the evidence is gathered in document order
	// (a name's first form and last acronym count), so the result never
	// depends on scheduling.
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	if workers <= 1 {
		s := newDocScanner(p.g, size)
		for d, doc := range docs {
			s.scan(d, doc, &p.scans[d], &p.toks[d])
			p.gather(d)
		}
		return p
	}
	ready := make([]chan struct{}, len(docs))
	for d := range ready {
		ready[d] = make(chan struct{})
	}
	var next atomic.Int64
	for range workers {
		go func() {
			s := newDocScanner(p.g, size/workers)
			for d := int(next.Add(1) - 1); d < len(docs); d = int(next.Add(1) - 1) {
				s.scan(d, docs[d], &p.scans[d], &p.toks[d])
				close(ready[d])
			}
		}()
	}
	for d := range docs {
		<-ready[d]
		p.gather(d)
	}
	return p
}

// docScanner finds the runs of one document at a time, reusing its
// buffers and word lists for the next.
type docScanner struct {
	g      *geoTables
	words  docWords // what this document's words are seen as
	known  func(*paraTokens, int) bool
	para   paraTokens // the paragraph being scanned
	starts []int
	block  []run      // runs are carved from here (see scan)
	runs   int        // the length of a new block
	extras []runExtra // the runs' extras are carved from here
	keys   keyMemo
	kept   keptBlocks
}

// newDocScanner returns a scanner for about size bytes of text, which
// sizes its blocks and memo: news text has a name run per 60 or 70 bytes,
// and a new name per few hundred.
func newDocScanner(g *geoTables, size int) *docScanner {
	keys := 64
	for keys < 4096 && keys*256 < size {
		keys *= 2
	}
	s := &docScanner{g: g, kept: newKeptBlocks(size), runs: min(max(size/64, 1<<8), 1<<12),
		keys: keyMemo{entries: make([]keyEntry, keys)}}
	s.known = s.isKnown
	return s
}

// scan tokenises doc, document d, keeps its tokens in dt and fills sc
// with its runs and nationality references.
func (s *docScanner) scan(d int, doc *source.Document, sc *docScan, dt *docTokens) {
	// Whether a sentence opener is a name is judged from this document:
	// its words seen in lower case and capitalised inside sentences
	// (headings aside).
	s.words.reset()
	// The tokens are kept for the other extractors, so they are appended
	// straight into a shared block (news text has a token per five or six
	// bytes), like the runs below.
	size := 0
	for i := range doc.Paragraphs {
		size += len(doc.Paragraphs[i].Text)
	}
	room := s.kept.free(size / 4)
	toks, starts := room, s.starts[:0]
	for i := range doc.Paragraphs {
		para := &doc.Paragraphs[i]
		starts = append(starts, len(toks))
		if skipParagraph(para.Text) {
			continue
		}
		words := &s.words
		if para.Heading {
			words = nil
		}
		toks = tokenize(toks, para, words)
	}
	starts = append(starts, len(toks))
	s.starts = starts
	*dt = s.kept.keep(toks, room, starts)
	// Runs are kept for every document until the index is built, so they
	// are appended straight into a shared block, carved per document:
	// neither copied out nor grown per document. A document that outgrows
	// the block's rest gets its own array from append.
	if cap(s.block)-len(s.block) < s.runs/16 {
		s.block = make([]run, 0, s.runs)
	}
	free := s.block[len(s.block):]
	sc.runs, sc.extras = free, s.extras
	for i := range doc.Paragraphs {
		if starts[i+1] > starts[i] {
			s.para.text, s.para.toks = doc.Paragraphs[i].Text, toks[starts[i]:starts[i+1]]
			scanTokens(s.g, i, &s.para, s.known, sc)
		}
	}
	// Whether a name's words are ordinary words depends on this
	// document's words, so it is settled here for the gathering.
	s.keys.doc++
	for k := range sc.runs {
		r := &sc.runs[k]
		e := s.keys.get(r.form)
		if e.doc != s.keys.doc {
			e.doc, e.nameLike = s.keys.doc, s.nameLike(e.key)
		}
		r.key, r.nameLike = e.key, e.nameLike
		r.sameDoc, r.same = e.lastDoc, e.last
		e.lastDoc, e.last = int32(d), int32(k+1)
	}
	s.extras, sc.extras = sc.extras, nil // the next document's are carved after these
	if cap(sc.runs) == cap(free) {
		s.block = s.block[:len(s.block)+len(sc.runs)] // still in the block
	}
	sc.runs = sc.runs[:len(sc.runs):len(sc.runs)] // the next document's are beyond
}

// keyMemo remembers the matchKey of recent forms, by a hash of the form:
// names recur, in a document and across documents, and a hit spares
// building the key (and allocating it) again. An entry also keeps whether
// its key is nameLike in the last document that asked, for the name's
// next mentions there, and the last run with its form.
type keyMemo struct {
	doc     int        // the document being scanned, counted from 1
	entries []keyEntry // a power of two of them
	arena   keyArena   // where new keys are built
}

type keyEntry struct {
	form, key string
	doc       int   // the document nameLike is for, 0 for none
	lastDoc   int32 // the document of the form's last run
	last      int32 // 1 + the index of that run in its document's, 0 for none
	nameLike  bool
}

func (m *keyMemo) get(form string) *keyEntry {
	e := &m.entries[wordHash(wordBits(form), len(form))&uint32(len(m.entries)-1)]
	if e.form != form {
		*e = keyEntry{form: form, key: m.arena.key(form)} // matchKey("") is "", as e starts
	} else {
		// The same bytes, from the text being scanned: comparing the
		// form's next run with them reads no older text.
		e.form = form
	}
	return e
}

// isKnown reports whether a capitalised word that opens a sentence is a name
// rather than an ordinary word written with a capital.
func (s *docScanner) isKnown(pt *paraTokens, i int) bool {
	if pt.toks[i].is(fFirst | fHonor | fTitle | fCountry | fCapital | fDemonym | fOrgForm) {
		return true
	}
	w := pt.str(i)
	return s.words.moreCapMid(w, strings.ToLower(w))
}

// skipParagraph reports page furniture that names other articles or the
// site: "Read more: ...", "Related article: ...", "Skip to content".
func skipParagraph(t string) bool {
	// Most paragraphs are ruled out by their first byte, the first of
	// every prefix below ("©" is C2 A9) or a digit.
	if t == "" {
		return false
	}
	switch c := t[0]; {
	case c >= '0' && c <= '9':
	case c == 'R' || c == 'S' || c == 'I' || c == 'P' || c == 'C' || c == 0xC2:
	default:
		return false
	}
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
		// A form seen before has its candidate at hand: no lookup, and
		// the same form (see below). The run it repeats was gathered
		// already, documents being gathered in order.
		var c *cand
		if r.same > 0 {
			c = p.scans[r.sameDoc].runs[r.same-1].c
		}
		repeat := c != nil
		key := r.key
		if c == nil {
			c = p.cands[key]
		}
		if c == nil {
			if len(p.slab) == cap(p.slab) {
				// As many as so far, from 64 to 1024: a small corpus
				// gets small slabs.
				p.slab = make([]cand, 0, min(max(len(p.keyed), 64), 1024))
			}
			p.slab = append(p.slab, cand{key: key, ntok: r.ntok, form: r.form, facts: p.g.factsOf(key, r.form)})
			c = &p.slab[len(p.slab)-1]
			p.cands[key] = c
			if p.keyed == nil {
				p.keyed = make([]keyedCand, 0, textSize(p.docs)/256) // as many as the map is sized for
			}
			p.keyed = append(p.keyed, keyedCand{keyHead(key), key, c}) // the key's bytes are at hand here
		}
		r.c = c
		c.n++
		switch {
		case c.forms != nil:
			c.forms[r.form]++
		case repeat || r.form == c.form:
			// The same bytes, from this document's text: comparing the
			// name's next mention reads no older text. A repeat's form
			// is c.form, as it was at the run it repeats.
			c.form = r.form
		default:
			c.forms = map[string]int{c.form: int(c.n - 1), r.form: 1}
		}
		if !r.sentInit {
			c.nonInit++
		}
		// A lower-case title before a name is weak evidence ("market
		// leader Nintendo", "Oscar nominee Sideways"): only for a name
		// whose words are not ordinary words.
		title := r.title()
		if r.honor || title != "" && (!r.weakTitle || r.ntok == 2 && r.nameLike) ||
			r.ntok >= 2 && r.cues&cueFirstName != 0 {
			c.person++
		}
		if r.honor {
			c.honor++
		}
		if title != "" {
			c.titled++
		}
		if r.honor || title != "" && !r.weakTitle {
			c.strong++
		}
		if r.cues&cueLaw != 0 {
			c.law++
		}
		if r.cues&cueOrgHead != 0 {
			c.org += 2 // "George Soros Foundation" outweighs its first name
		} else if r.cues&cueOrgNoun != 0 {
			c.org++
		}
		acronym := r.acronym()
		if r.cues&cueGroupHead != 0 || acronym != "" && r.group {
			c.group++
		}
		if r.cues&cuePlace != 0 {
			c.place++
		}
		if r.cues&cueReport != 0 {
			c.report++
		}
		if r.cues&cueWorkNoun != 0 {
			c.work += 2
		} else if r.cues&cueProductNoun != 0 {
			c.work++
		}
		if acronym != "" {
			c.acronym = acronym
		}
		if r.militant {
			c.militant++
		}
		if !r.nameLike {
			c.common++
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
	for w := range strings.FieldsSeq(r.form) {
		if !b[w] {
			return false
		}
	}
	return true
}

// sortedCands returns the candidates in key order, for deterministic IDs.
func (p *pass1) sortedCands() []keyedCand {
	sortKeyed(p.keyed)
	return p.keyed
}

// textSize returns the bytes of the paragraphs of docs.
func textSize(docs []*source.Document) int {
	size := 0
	for _, doc := range docs {
		for i := range doc.Paragraphs {
			size += len(doc.Paragraphs[i].Text)
		}
	}
	return size
}

// keyedCand is a candidate with its key beside it, for sorting: comparing
// needs no pointer chasing, and most comparisons end at the keys' first
// eight bytes, compared as one number. Keys are unique, so the order is
// total.
type keyedCand struct {
	head uint64
	key  string
	c    *cand
}

// keyHead returns the first eight bytes of k as a big-endian number, zero
// bytes after a shorter key: numbers compare as their keys' heads do.
func keyHead(k string) uint64 {
	var h uint64
	for i := range 8 {
		h <<= 8
		if i < len(k) {
			h |= uint64(k[i])
		}
	}
	return h
}

// bestForm returns the most frequent form of a candidate (ties: the
// longest, then the first in byte order).
func (c *cand) bestForm() string {
	if c.forms == nil {
		return c.form
	}
	best, n := "", -1
	for f, k := range c.forms {
		if k > n || k == n && (len(f) > len(best) || len(f) == len(best) && f < best) {
			best, n = f, k
		}
	}
	return best
}

// nameLike reports whether no word of a name is also seen in lower case in
// the current document: "Bruce Forsyth" is a name, "Law Lords" and
// "Election" are ordinary words written with capitals.
func (s *docScanner) nameLike(key string) bool {
	for len(key) > 0 {
		w := key
		if k := strings.IndexByte(key, ' '); k >= 0 {
			w, key = key[:k], key[k+1:]
		} else {
			key = ""
		}
		if s.words.seenLower(w) {
			return false
		}
	}
	return true
}

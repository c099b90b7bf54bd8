// Package numbers finds the key figures in documents and what they count.
//
// A figure is a key number when it says how many or how much: it carries a
// currency, a percent sign or word, a scale word ("3.6 million"), a counted
// plural noun ("12 observation posts"), a vague count followed by what it
// counts ("thousands of gunmen"), or it refers back to a counted noun ("one
// of 12 that Ankara established"). Everything else is left out, in
// particular: years used as dates, dates and times, list markers, names and
// model numbers ("S-400", "Windows 95", "No 10"), digits in URLs, scores and
// ranges ("2-1"), phone numbers and codes, ages ("aged 45", "45-year-old"),
// durations ("two years ago", "12 months"), ordinals and spelled-out numbers
// below a hundred ("two enclaves", "the two leaders"), since news style
// spells out small everyday counts and writes key figures in digits.
package numbers

import (
	"math/bits"
	"slices"
	"strings"
	"sync"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Find returns the key numbers of docs, in document order, with IDs n1,
// n2, ... assigned in that order. ix may be nil or empty: numbers are then
// found without the actors they concern.
func Find(docs []*source.Document, ix *actors.Index) []model.Number {
	return Merge([][]model.Number{FindPart(docs, 0, len(docs), ix)})
}

// FindPart returns the key numbers of docs[from:to], in document order
// and without IDs. A document's numbers depend on nothing outside it, so
// parts can be found at once and merged.
func FindPart(docs []*source.Document, from, to int, ix *actors.Index) []model.Number {
	// The numbers gather in a buffer reused from part to part, and are
	// copied out once at their number.
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	out, buf, lows, arena := sc.found[:0], sc.toks, sc.lows, sc.arena
	for d := from; d < to; d++ {
		doc := docs[d]
		for pi := range doc.Paragraphs {
			pg := &doc.Paragraphs[pi]
			if pg.Heading {
				continue
			}
			// Only the sentences that may hold a figure are tokenized; a
			// figure's phrases never reach outside its sentence.
			digit, words := mayHoldNumber(pg.Text)
			if digit < 0 && !words {
				continue
			}
			from := 0
			for k := 0; from < len(pg.Text); k++ {
				to := len(pg.Text)
				if k+1 < len(pg.Sentences) {
					to = min(max(pg.Sentences[k].End, from), to)
				}
				// digit is the first digit at or after from, or -1.
				hasWords := words && hasScaleWord(pg.Text[from:wordEnd(pg.Text, to)])
				if hasWords || digit >= 0 && digit < to {
					buf = tokenize(pg.Text, from, to, buf)
					lows = slices.Grow(lows[:0], len(buf))[:len(buf)]
					clear(lows)
					p := &para{text: pg.Text, toks: buf, lows: lows, arena: arena[:0], words: hasWords}
					out = p.find(out, doc, d, pi, ix)
					arena = p.arena
				}
				from = to
				if digit >= 0 && digit < from {
					digit = indexDigit(pg.Text, from)
				}
			}
		}
	}
	found := slices.Clone(out)
	clear(out) // the pool keeps no text alive
	sc.found, sc.toks, sc.lows, sc.arena = out, buf, lows, arena
	return found
}

// scratch holds FindPart's buffers.
type scratch struct {
	found []model.Number
	toks  []token
	lows  []tokWord
	arena []int
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// Merge joins the parts of FindPart, given in document order, and numbers
// the key numbers n1, n2, ... in that order.
func Merge(parts [][]model.Number) []model.Number {
	var out []model.Number
	if len(parts) == 1 {
		out = parts[0] // numbered in place: the part is no one else's
	} else {
		out = slices.Concat(parts...)
	}
	for i, id := range model.NumberedIDs("n", len(out)) {
		out[i].ID = id
	}
	return out
}

// find appends the key numbers of p, paragraph pi of document d.
func (p *para) find(out []model.Number, doc *source.Document, d, pi int, ix *actors.Index) []model.Number {
	pg := &doc.Paragraphs[pi]
	first := len(out) // the numbers of this sentence are out[first:]
	for i := 0; i < len(p.toks); {
		if k := p.toks[i].kind; k == tWord && !p.words || k == tPunct && p.text[p.toks[i].start] < 0x80 && p.text[p.toks[i].start] != '$' {
			i++
			continue
		}
		f, ok := p.parseFigure(i)
		if !ok {
			i++
			continue
		}
		if it, ok := p.keyNumber(f); ok {
			n := p.number(it)
			n.Text = sentence(pg, p.toks[f.first].start)
			c0, c1 := it.span(p)
			n.Cite = doc.Cite(pi, c0, c1)
			if ix != nil {
				n.Actor = p.actor(ix, ix.Mentions(d, pi), it, pg)
			}
			if (n.What == "" || it.base) && (it.f.percent != "" || it.f.currency != "") {
				n.What = sameKind(out[first:], n.Unit, n.What)
			}
			out = append(out, n)
		}
		i = f.last + 1
	}
	return out
}

// mayHoldNumber is a cheap test run before tokenizing a paragraph: where
// its first digit is (-1 if none), and whether it has a word every figure
// in words needs (a scale word or a vague count: "hundred", "thousands",
// "million", ...), which hasStem tells.
func mayHoldNumber(s string) (digit int, words bool) {
	return indexDigit(s, 0), hasStem(s)
}

// stems are in every word of mayHoldNumber but "DOZENS", "THOUSAND" and
// the like in capitals: "illion" of "million" and "billions", "housand",
// "undred", "ozens".
var stems = [...]string{"illion", "housand", "undred", "ozens"}

// hasStem reports whether s holds one of stems. Every stem has five bytes
// or more, so of the runs of three bytes starting at its first three
// bytes, one starts at a multiple of three: only the runs there are looked
// up, in stemBits, eight at once, and a stem is looked for only around a
// run that may be one of its first three, seldom.
func hasStem(s string) bool {
	i := 0
	for ; i+3*8 <= len(s); i += 3 * 8 {
		b := s[i : i+3*8]
		if stemRun(b, 0)|stemRun(b, 3)|stemRun(b, 6)|stemRun(b, 9)|
			stemRun(b, 12)|stemRun(b, 15)|stemRun(b, 18)|stemRun(b, 21) == 0 {
			continue
		}
		for k := i; k < i+3*8; k += 3 {
			if stemAround(s, k) {
				return true
			}
		}
	}
	for ; i+3 <= len(s); i += 3 {
		if stemAround(s, i) {
			return true
		}
	}
	return false
}

// stemRun returns the bits of the three bytes at i of s (see stemBits).
func stemRun(s string, i int) uint16 {
	return stemBits[0][s[i]] & stemBits[1][s[i+1]] & stemBits[2][s[i+2]]
}

// stemAround reports whether s holds a stem one of whose first three runs
// of three bytes is the one at i.
func stemAround(s string, i int) bool {
	for m := stemRun(s, i); m != 0; m &= m - 1 {
		k := bits.TrailingZeros16(m)
		if hasAt(s, i-k%3, stems[k/3]) {
			return true
		}
	}
	return false
}

// stemBits give a bit to the k-th of the first three runs of three bytes
// of each stem: bit 3*n+k for stem n. Three bytes (a, b, c) are that run
// when stemBits[0][a]&stemBits[1][b]&stemBits[2][c] has its bit.
var stemBits = func() (t [3][256]uint16) {
	for n, stem := range stems {
		for k := range 3 {
			for j := range 3 {
				t[j][stem[k+j]] |= 1 << (3*n + k)
			}
		}
	}
	return t
}()

// hasScaleWord reports whether s may hold a figure in words: every one has
// a word that is, in any case, a scale ("hundred", "million", "bn", ...) or
// a vague count ("dozens", "thousands", ...), so s holds one of their stems
// below. Each stem has one n, and the letter before it tells which stems
// to try. ASCII letters are compared without case (c|0x20 lowers a
// letter); no other letter lowers to one of these.
func hasScaleWord(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i]|0x20 != 'n' {
			continue
		}
		for _, stem := range scaleStems[s[i-1]|0x20] {
			if hasFoldAt(s, i-strings.IndexByte(stem, 'n'), stem) {
				return true
			}
		}
	}
	return false
}

// scaleStems are the stems of hasScaleWord, by the letter before their n.
var scaleStems = func() (t [256][]string) {
	for _, stem := range []string{"bn", "bln", "dozens", "hundred", "illion", "mn", "mln", "thousand", "tn", "trn"} {
		c := stem[strings.IndexByte(stem, 'n')-1]
		t[c] = append(t[c], stem)
	}
	return t
}()

// hasFoldAt reports whether s holds the lower-case ASCII word w at byte i,
// in any case.
func hasFoldAt(s string, i int, w string) bool {
	if i < 0 || len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// wordEnd returns the end of the word or number that byte i of s falls in
// (i itself at a space or the end): tokens may run past a sentence's end.
func wordEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' {
		i++
	}
	return i
}

// hasAt reports whether s holds w at byte i.
func hasAt(s string, i int, w string) bool {
	return i >= 0 && strings.HasPrefix(s[i:], w)
}

// indexDigit returns the first digit of s at or after byte from, or -1.
// It tests eight bytes at a time: digits are seldom.
func indexDigit(s string, from int) int {
	i := from
	for ; i+8 <= len(s); i += 8 {
		if m := bytesInRange(load64(s[i:]), '0', '9'); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return -1
}

// item is a figure accepted as a key number and the tokens that say what
// it counts.
type item struct {
	f        figure
	from     int    // first token: the approximation, or the figure
	approx   string // "more than", ...
	unit     string
	what     []int  // tokens of the words saying what it counts
	headText string // antecedent noun phrase ("military observation posts"), if any
	// base marks a figure given as the point of comparison ("down from
	// the third quarter's 5.1%"): it counts what the figure before it in
	// the sentence counts.
	base bool
}

// span returns the byte range to cite: the figure and what it counts.
func (it *item) span(p *para) (int, int) {
	s, e := p.toks[it.from].start, p.toks[it.f.last].end
	for _, k := range it.what {
		s = min(s, p.toks[k].start)
		e = max(e, p.toks[k].end)
	}
	return s, e
}

// number builds the exported item (without ID, text, cite and actor).
func (p *para) number(it item) model.Number {
	n := model.Number{
		Value:  it.f.value,
		Unit:   it.unit,
		Approx: it.approx,
		Raw:    p.text[p.toks[it.f.first].start:p.toks[it.f.last].end],
	}
	// What is the antecedent, if any, and the words of it.what, joined by
	// spaces. Most often that is the text itself, which it then shares;
	// otherwise it is built at its full length at once.
	if s, ok := p.spaced(it.what); ok && (it.headText == "" || s == "") {
		n.What = it.headText + s // one of the two is empty: no copy
		return n
	}
	size := len(it.headText) + len(it.what)
	for _, k := range it.what {
		size += p.toks[k].end - p.toks[k].start
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(it.headText)
	for _, k := range it.what {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.str(k))
	}
	n.What = b.String()
	return n
}

// spaced returns the text of the tokens ks when they follow one another
// in it with a single space between each two, and "" for no tokens.
func (p *para) spaced(ks []int) (string, bool) {
	if len(ks) == 0 {
		return "", true
	}
	for j := 1; j < len(ks); j++ {
		if end := p.toks[ks[j-1]].end; p.toks[ks[j]].start != end+1 || p.text[end] != ' ' {
			return "", false
		}
	}
	return p.text[p.toks[ks[0]].start:p.toks[ks[len(ks)-1]].end], true
}

// keyNumber decides whether f is a key number and finds what it counts.
func (p *para) keyNumber(f figure) (item, bool) {
	it := item{f: f, from: f.first}
	digits := p.toks[f.first].kind != tWord
	if digits && p.notAQuantity(f) {
		return it, false
	}
	it.from, it.approx = p.approxBefore(f.first)
	if f.vague != "" && it.approx == "" {
		it.approx = f.vague
	}
	next := f.last + 1
	switch {
	case f.percent != "" || f.currency != "":
		it.unit = f.currency
		if f.percent != "" {
			it.unit = f.percent
		}
		it.what, it.base = p.shareOrMoney(&it, next)
		return it, true
	case f.counted:
		head, ok := p.counted(next + 1)
		if !ok {
			return it, false
		}
		it.unit = p.lower(head)
		if p.in(head, currencyNames) {
			it.unit = currencyWords[it.unit] // "billions of dollars"
		}
		it.what = append(p.seq(next+1, head, 12), p.tail(head+1, 12)...)
		return it, true
	}
	head, ok := p.counted(next)
	if !ok && p.lower(next) == "of" && p.in(next+1, function) {
		head, ok = p.counted(next + 2) // "12 of the members"
		next += 2
	}
	year := digits && !f.scaled && f.value >= 1000 && f.value <= 2100 && !strings.Contains(p.str(f.last), ",")
	if ok {
		it.unit = p.lower(head)
		if p.in(head, timeUnits) || (f.value <= 1 && !f.scaled) {
			return it, false
		}
		if year && (it.approx == "" || it.approx == "some") {
			// "in 2011 elections", "2005 sales", "some 2016 candidates":
			// counts this size take a comma.
			return it, false
		}
		if p.in(head, currencyNames) {
			it.unit = currencyWords[it.unit] // "5bn US dollars"
			if c, ok := nationalCurrency[p.lower(head-1)]; ok && head > next {
				it.unit = c // "10 Canadian dollars"
			}
		}
		it.what = append(p.seq(next, head, 12), p.tail(head+1, 12)...)
		return it, true
	}
	if year {
		return it, false
	}
	if head, ok := p.antecedent(f); ok {
		it.unit = strings.ToLower(head[strings.LastIndexByte(head, ' ')+1:])
		it.headText = head
		it.what = p.tail(f.last+1, 10)
		return it, true
	}
	// A bare figure is kept when it is plainly large: scaled, or written
	// with a thousands separator.
	if f.scaled || strings.Contains(p.str(f.last), ",") {
		it.what = p.before(it.from, 8)
		return it, true
	}
	return it, false
}

// notAQuantity reports digits that name, date or locate rather than count.
func (p *para) notAQuantity(f figure) bool {
	if p.inURL(f) {
		return true
	}
	prev, next := f.first-1, f.last+1
	if p.is(prev, ".") && p.adjacent(prev) {
		prev-- // "Sept. 17", "No. 10"
	}
	if p.word(prev) {
		w, c := p.lower(prev), p.lex(prev).class
		if c&labels != 0 || c&months != 0 && p.capitalized(prev) {
			return true
		}
		if w == "of" && p.lower(prev-1) == "out" || w == "in" && spelledSmall(p.lower(prev-1)) {
			return true // a ratio: "nine out of 10", "one in 5"
		}
		// "Windows 95", "FTSE 100", "Formula 1": a capitalised word right
		// before the digits names a thing, unless it opens the sentence or
		// is a possessive ("Britain's 3 million pensioners").
		if p.capitalized(prev) && !p.sentenceStart(prev) && !strings.HasSuffix(w, "'s") && prev == f.first-1 {
			if _, a := p.approxBefore(f.first); a == "" {
				return true
			}
		}
	}
	if p.capitalized(next) && p.in(next, months) {
		return true // "7 September"
	}
	// A list marker: digits opening the paragraph or a sentence, followed by "." or ")".
	// A sum is never one: "($701m)".
	if f.currency == "" && (f.first == 0 || p.sentenceStart(f.first) && !p.is(f.first-1, "\"")) {
		if p.is(next, ".") || p.is(next, ")") {
			return true
		}
	}
	return false
}

// inURL reports whether the figure sits in a run of non-space text that
// looks like a URL, path or e-mail address.
func (p *para) inURL(f figure) bool {
	s, e := p.toks[f.first].start, p.toks[f.last].end
	for s > 0 && p.text[s-1] != ' ' {
		s--
	}
	for e < len(p.text) && p.text[e] != ' ' {
		e++
	}
	return urlLike(p.text[s:e])
}

// urlLike reports whether run holds "://", "www.", ".com", ".htm" or one
// of "@/\\=", in one pass over it.
func urlLike(run string) bool {
	for k := 0; k < len(run); k++ {
		switch run[k] {
		case '@', '/', '\\', '=':
			return true
		case ':':
			if strings.HasPrefix(run[k:], "://") {
				return true
			}
		case 'w':
			if strings.HasPrefix(run[k:], "www.") {
				return true
			}
		case '.':
			if strings.HasPrefix(run[k:], ".com") || strings.HasPrefix(run[k:], ".htm") {
				return true
			}
		}
	}
	return false
}

// approxPhrasesByLength holds approxPhrases and their words, longest first.
var approxPhrasesByLength = func() []approxPhrase {
	var out []approxPhrase
	for n := 3; n >= 1; n-- {
		for _, ph := range approxPhrases {
			if w := strings.Fields(ph); len(w) == n {
				out = append(out, approxPhrase{ph, w})
			}
		}
	}
	return out
}()

// approxPhrase is an approximation and its words.
type approxPhrase struct {
	text  string
	words []string
}

// approxByLast holds approxPhrasesByLength by their last word, longest
// first.
var approxByLast = func() map[string][]approxPhrase {
	m := map[string][]approxPhrase{}
	for _, ph := range approxPhrasesByLength {
		last := ph.words[len(ph.words)-1]
		m[last] = append(m[last], ph)
	}
	return m
}()

// approxBefore returns the first token of an approximation written right
// before token i ("more than"), and the approximation in lower case.
func (p *para) approxBefore(i int) (int, string) {
	if !p.in(i-1, approxEnds) {
		return i, ""
	}
	for _, ph := range approxByLast[p.lower(i-1)] {
		words := ph.words
		s := i - len(words)
		if s < 0 {
			continue
		}
		ok := true
		for k, w := range words {
			if !p.word(s+k) || p.lower(s+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return s, ph.text
		}
	}
	return i, ""
}

// seq returns the token indexes a to b, with room for more after them.
func (p *para) seq(a, b, more int) []int {
	out := p.ints(b - a + 1 + more)
	for k := a; k <= b; k++ {
		out = append(out, k)
	}
	return out
}

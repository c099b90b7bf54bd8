// Package quotes finds direct quotes and resolves who said them.
//
// A quote is the text between a pair of double quote marks (ASCII, curly or
// guillemets), joined across paragraphs when it follows the news convention
// for long quotes: an opening mark at the start of each paragraph and one
// closing mark at the end. Fragments of one or two words (scare quotes,
// titles) are dropped. The speaker comes from the cue around the quote
// ("...," Putin said; said Putin; Erdogan said that "..."; according to X),
// else from the previous quote it continues; pronouns and definite
// descriptions ("the official") point back to earlier speakers.
package quotes

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// minWords is the shortest quote kept: one- and two-word quotes are scare
// quotes and titles far more often than speech.
const minWords = 3

// Find returns every direct quote in docs, in document order, with IDs
// q1, q2, ... assigned in that order.
func Find(docs []*source.Document, ix *actors.Index) []model.Quote {
	return Merge([][]model.Quote{FindPart(docs, 0, len(docs), ix)})
}

// FindPart returns the quotes of docs[from:to], in document order and
// without IDs. A document's quotes depend on nothing outside it, so parts
// can be found at once and merged.
func FindPart(docs []*source.Document, from, to int, ix *actors.Index) []model.Quote {
	st := states.Get().(*docState)
	defer states.Put(st)
	st.ix = ix
	// The quotes gather in st.found, whose array is reused from part to
	// part, and are copied out once at their number.
	st.found = st.found[:0]
	for d := from; d < to; d++ {
		st.findDoc(d, docs[d])
	}
	out := make([]model.Quote, len(st.found))
	for i := range st.found {
		out[i] = st.found[i].q
	}
	clear(st.found) // the pool keeps no text alive
	st.ix, st.doc = nil, nil
	return out
}

// states keeps docStates, with their token and mark buffers, from one part
// to the next.
var states = sync.Pool{New: func() any { return new(docState) }}

// Merge joins the parts of FindPart, given in document order, and numbers
// the quotes q1, q2, ... in that order.
func Merge(parts [][]model.Quote) []model.Quote {
	var out []model.Quote
	if len(parts) == 1 {
		out = parts[0] // numbered in place: the part is no one else's
	} else {
		out = slices.Concat(parts...)
	}
	for i, id := range model.NumberedIDs("q", len(out)) {
		out[i].ID = id
	}
	return out
}

// piece is the quoted text of one paragraph: Text[s:e] of paragraph para.
type piece struct{ para, s, e int }

// rawQuote is a pair of marks and the pieces between them.
type rawQuote struct {
	pieces    []piece
	openPara  int  // the paragraph of the opening mark: the first piece's, unless trimming dropped that
	openPos   int  // byte of the opening mark in paragraph openPara
	closeEnd  int  // byte after the closing mark in the last piece's paragraph
	closed    bool // false when the paragraph ended with no closing mark
	opensPara bool // the opening mark starts its paragraph's text
}

// found is a quote with the pieces its text was taken from.
type found struct {
	q      model.Quote
	pieces []piece
}

// findDoc appends the quotes of document d to st.found, resolving
// speakers in order, and returns them. Their pieces live in st's buffers
// until the next call.
func (st *docState) findDoc(d int, doc *source.Document) []found {
	st.start(d, doc)
	n := len(st.found)
	for _, rq := range st.pairMarks() {
		if f, ok := st.build(rq); ok {
			st.found = append(st.found, f)
		}
	}
	return st.found[n:]
}

// pairMarks pairs the quote marks of every paragraph in one pass. A quote
// open at the end of a paragraph continues when the next paragraph starts
// with an opening mark; otherwise it is kept only if it opened its
// paragraph (a quote paragraph missing its closing mark).
//
// The pieces of all the document's quotes go one after another in st.pcs:
// cur's are pcs[from:], dropped again when cur turns out to be no quote.
func (st *docState) pairMarks() []rawQuote {
	raws, pcs := st.raws[:0], st.pcs[:0]
	var cur rawQuote
	open := false       // cur is being read
	from, start := 0, 0 // cur's first piece in pcs; the start of its current piece
	begin := func(m mark, p int, opensPara bool) {
		pcs = pcs[:from] // the pieces of a quote left open before this one
		cur = rawQuote{openPara: p, openPos: m.pos, opensPara: opensPara}
		open = true
		start = m.end
	}
	keep := func() {
		cur.pieces = pcs[from:len(pcs):len(pcs)]
		raws = append(raws, cur)
		from = len(pcs)
		open = false
	}
	drop := func() {
		pcs = pcs[:from]
		open = false
	}
	for p := range st.doc.Paragraphs {
		para := &st.doc.Paragraphs[p]
		if para.Heading {
			drop()
			continue
		}
		t := para.Text
		st.marks = appendMarks(st.marks[:0], t)
		ms := st.marks
		leads := len(ms) > 0 && strings.TrimSpace(t[:ms[0].pos]) == "" // the first mark starts the text
		i := 0
		if open {
			switch {
			case leads && ms[0].dir >= dirEither:
				start = ms[0].end
				i = 1
			case cur.opensPara || len(pcs)-from > 1:
				keep() // unclosed, ends where its paragraph did
			default:
				drop()
			}
		}
		for ; i < len(ms); i++ {
			m := ms[i]
			if !open {
				if m.dir >= dirEither {
					begin(m, p, i == 0 && leads)
				}
				continue
			}
			if m.dir == dirOpen && m.pos > start && endsSentence(t[start:m.pos]) {
				// `said: "A. "B."`: a quote paragraph run into the same
				// paragraph (flattened text). The quote goes on.
				pcs = append(pcs, piece{p, start, m.pos})
				start = m.end
				continue
			}
			if m.dir == dirOpen && m.pos > start {
				// A second opener: the first mark was stray. Start again here.
				begin(m, p, false)
				continue
			}
			pcs = append(pcs, piece{p, start, m.pos})
			cur.closed, cur.closeEnd = true, m.end
			keep()
		}
		if open {
			pcs = append(pcs, piece{p, start, len(t)})
		}
	}
	if open && (len(pcs)-from > 1 || cur.opensPara) {
		keep()
	}
	st.raws, st.pcs = raws, pcs
	return raws
}

// build turns a pair of marks into a quote, or reports false for scare
// quotes and titles.
func (st *docState) build(rq rawQuote) (found, bool) {
	pcs := trimPieces(st.doc, rq.pieces)
	if len(pcs) == 0 {
		return found{}, false
	}
	text := st.joinText(pcs)
	if !hasWords(text, minWords) {
		return found{}, false
	}
	partial := st.isPartial(rq.openPara, rq.openPos, text)
	if isTitle(text) {
		return found{}, false
	}
	sp := st.speakerOf(rq, pcs, text, partial)
	if sp.known() {
		st.last = sp
	}
	st.lastPara = pcs[len(pcs)-1].para
	end := pcs[len(pcs)-1].e
	pcs = dropClauseComma(st.doc, pcs)
	text = text[:len(text)-(end-pcs[len(pcs)-1].e)] // the comma came off its end
	q := model.Quote{
		Speaker:     sp.id,
		SpeakerName: sp.name,
		Affiliation: sp.affil,
		Text:        text,
		Partial:     partial,
		Cite:        citeSpan(st.doc, pcs),
	}
	return found{q: q, pieces: pcs}, true
}

// dropClauseComma drops the comma that ends a quote before its attribution
// (`"...as a result," Putin said`): it is the reporter's punctuation, not the
// speaker's words. Full stops, question and exclamation marks stay.
func dropClauseComma(doc *source.Document, pcs []piece) []piece {
	l := &pcs[len(pcs)-1]
	t := doc.Paragraphs[l.para].Text
	for l.e > l.s+1 && (t[l.e-1] == ',' || t[l.e-1] == ' ') {
		l.e--
	}
	return pcs
}

// speakerOf finds who said the quote: a cue after the closing mark, else
// one before the opening mark, else a colon-ended cue paragraph before a
// quote paragraph, else the speaker of the quote it continues.
func (st *docState) speakerOf(rq rawQuote, pcs []piece, text string, partial bool) speaker {
	first, last := rq.openPara, pcs[len(pcs)-1].para
	if rq.closed && (endsClause(text) || st.followsComma(last, rq.closeEnd) || st.verbNext(last, rq.closeEnd)) {
		if ph := afterCue(st.cueTokens(last, rq.closeEnd), rq.closeEnd, endsClause(text) && !partial); ph != nil {
			return st.resolve(last, ph)
		}
	}
	sentence := st.sentenceTokens(first, rq.openPos)
	if ph := beforeCue(sentence, rq.openPos); ph != nil {
		return st.resolve(first, ph)
	}
	if partial {
		// `Moore thanked him for "stepping up ..."`: a fragment in a sentence
		// about someone is, in news prose, almost always that someone's words.
		if ph := sentenceSubject(sentence, rq.openPos); ph != nil {
			if sp := st.resolve(first, ph); sp.known() && sp.person {
				return sp
			}
		}
	}
	opens := strings.TrimSpace(st.doc.Paragraphs[first].Text[:rq.openPos]) == ""
	if opens && first > 0 {
		prev := strings.TrimSpace(st.doc.Paragraphs[first-1].Text)
		if strings.HasSuffix(prev, ":") {
			end := len(st.doc.Paragraphs[first-1].Text)
			if ph := beforeCue(st.sentenceTokens(first-1, end), end); ph != nil {
				return st.resolve(first-1, ph)
			}
		}
	}
	startsSentence := opens || opensSentence(st.doc.Paragraphs[first].Text, rq.openPos)
	if !opens && startsSentence && st.lastPara == first && st.last.known() {
		// `"...," X said. "..."`: the second quote goes on with X's words.
		return st.last
	}
	if !opens && startsSentence {
		// `Sam Lau said in a statement. "There are ..."`: the sentence before.
		ts := st.tokensTo(first, rq.openPos)
		if k := tokIndex(ts, rq.openPos) - 1; k > 0 {
			if ph := beforeCue(ts, ts[k].s); ph != nil {
				return st.resolve(first, ph)
			}
		}
	}
	if first-st.lastPara <= 1 && startsSentence {
		return st.last
	}
	if opens && first > 0 && first-st.lastPara > 1 {
		// A quote paragraph after prose about someone: that paragraph's subject.
		return st.lastSubject(first - 1)
	}
	return speaker{}
}

// endsClause reports whether quoted text ends the way a quote followed by
// its attribution does: with a comma, question or exclamation mark or dash.
func endsClause(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	switch r {
	case ',', '?', '!', '—', '–', '-', '…':
		return true
	}
	return false
}

// followsComma reports whether a comma or dash follows the closing mark.
func (st *docState) followsComma(p, end int) bool {
	t := st.doc.Paragraphs[p].Text
	r := nextRune(t, end)
	return r == ',' || r == '—' || r == '–'
}

// verbNext reports whether a verb of saying follows the closing mark with
// no comma: `"The obvious choice is Dawson" said Guscott`.
func (st *docState) verbNext(p, end int) bool {
	w := firstWord(st.doc.Paragraphs[p].Text[end:])
	return isLowerWord(w) && is(w, speechVerbs) && !is(w, afterOnly) && !is(w, participles)
}

// lastSubject returns the person who opens the last sentence of paragraph
// p that starts with a person's name, or no one.
func (st *docState) lastSubject(p int) speaker {
	ms := st.ix.Mentions(st.d, p)
	for i := len(ms) - 1; i >= 0; i-- {
		a := st.ix.ActorOf(ms[i])
		if a != nil && a.Kind == model.KindPerson && opensSentence(st.doc.Paragraphs[p].Text, ms[i].Start) {
			return st.actorSpeaker(ms[i].Actor)
		}
	}
	return speaker{}
}

// trimPieces trims spaces and stray single marks left at the quote's
// edges, in place.
func trimPieces(doc *source.Document, pcs []piece) []piece {
	out := pcs[:0]
	for _, pc := range pcs {
		t := doc.Paragraphs[pc.para].Text
		for pc.s < pc.e {
			r, w := utf8.DecodeRuneInString(t[pc.s:pc.e])
			if !unicode.IsSpace(r) {
				break
			}
			pc.s += w
		}
		for pc.e > pc.s {
			r, w := utf8.DecodeLastRuneInString(t[pc.s:pc.e])
			if !unicode.IsSpace(r) {
				break
			}
			pc.e -= w
		}
		if pc.e > pc.s {
			out = append(out, pc)
		}
	}
	if len(out) == 0 {
		return nil
	}
	f := &out[0]
	ft := doc.Paragraphs[f.para].Text
	if r, w := singleAt(ft, f.s); r != 0 && f.s+w < f.e && !closesSingle(ft[f.s+w:f.e]) {
		f.s += w // "'raining death ...": the ' opens nothing
	}
	l := &out[len(out)-1]
	lt := doc.Paragraphs[l.para].Text
	if l.e > l.s {
		if r, w := utf8.DecodeLastRuneInString(lt[l.s:l.e]); (r == '\'' || r == '’') && !opensSingle(lt[l.s:l.e-w]) {
			if pr := prevRune(lt, l.e-w); pr == '.' || pr == ',' || pr == '?' || pr == '!' {
				l.e -= w
			}
		}
	}
	if f.e <= f.s || l.e <= l.s {
		return nil
	}
	return out
}

// closesSingle reports whether s holds a single mark that closes a nested
// quote (after a letter or punctuation, before a space or the end).
func closesSingle(s string) bool {
	for i := 0; i < len(s); i++ {
		if r, w := singleAt(s, i); r != 0 {
			if !unicode.IsLetter(nextRune(s, i+w)) && i > 0 {
				return true
			}
		}
	}
	return false
}

// opensSingle reports whether s holds a single mark after a space that
// opens a nested quote.
func opensSingle(s string) bool {
	for i := 0; i < len(s); i++ {
		if r, _ := singleAt(s, i); r != 0 && (i == 0 || unicode.IsSpace(prevRune(s, i))) {
			return true
		}
	}
	return false
}

func (st *docState) joinText(pcs []piece) string {
	if len(pcs) == 1 {
		pc := pcs[0]
		return st.doc.Paragraphs[pc.para].Text[pc.s:pc.e]
	}
	var b strings.Builder
	size := len(pcs) - 1
	for _, pc := range pcs {
		size += pc.e - pc.s
	}
	b.Grow(size)
	for i, pc := range pcs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(st.doc.Paragraphs[pc.para].Text[pc.s:pc.e])
	}
	return b.String()
}

// citeSpan cites the quote's pieces as one span: from the first piece's
// first line to the last piece's last line.
func citeSpan(doc *source.Document, pcs []piece) model.Cite {
	a, z := pcs[0], pcs[len(pcs)-1]
	c := doc.Cite(a.para, a.s, a.e)
	if len(pcs) > 1 {
		e := doc.Cite(z.para, z.s, z.e)
		c.EndLine, c.End = e.EndLine, e.End
	}
	return c
}

// endsSentence reports whether quoted text s ends a sentence before a
// space: `... in the morning. ` before the next paragraph's opening mark.
func endsSentence(s string) bool {
	t := strings.TrimRight(s, " ")
	if len(t) == len(s) || t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '?', '!':
		return true
	}
	return false
}

package quotes

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// speaker is who a quote is attributed to: a named actor (id), a name the
// actor index does not know, or a description ("a senior Turkish official").
type speaker struct {
	id, name, affil string
	person          bool
	head            string // head noun of a description ("official"), else ""
}

func (s speaker) known() bool { return s.id != "" || s.name != "" }

// docState carries what one document's quotes need across paragraphs: the
// last speaker (for pronouns and continued quotes) and the descriptions used
// so far (for "the official" pointing back at "a senior Turkish official").
// It is reused from document to document, keeping its buffers.
type docState struct {
	d        int
	doc      *source.Document
	ix       *actors.Index
	toks     []paraToks
	arena    []tok // backs toks
	last     speaker
	lastPara int
	descs    []speaker
	names    map[string]string // surname -> fullest name, built on first need
	scratch  []tok             // fullName's and wordsBefore's tokens, reused
	places   []int             // indefiniteIn's places of a word, reused
	ids      map[string]string // name -> actor ID from the index ("" when none)
	noIndef  map[string]int    // head noun -> paragraph up to which no "a ... head" precedes

	// Buffers of pairMarks and findDoc.
	marks []mark
	raws  []rawQuote
	pcs   []piece
	found []found
}

// start readies st for document d: of the document before, it keeps only
// the buffers.
func (st *docState) start(d int, doc *source.Document) {
	st.d, st.doc = d, doc
	n := len(doc.Paragraphs)
	st.toks = slices.Grow(st.toks[:0], n)[:n]
	clear(st.toks)
	st.arena = st.arena[:0]
	st.last, st.lastPara = speaker{}, -10
	st.descs = st.descs[:0]
	clear(st.names)
	clear(st.ids)
	clear(st.noIndef)
}

// A paragraph's tokens are made on demand and only as far as asked for:
// most quotes need the words after their closing mark or before their
// opening one, not the quoted words. Cut at an ASCII space, a paragraph
// tokenizes on either side exactly as it does whole, since no token holds a
// space and none looks past one.

// paraToks are the tokens made so far of one paragraph.
type paraToks struct {
	head    []tok // the tokens of Text[:headEnd]
	headEnd int
	headAt  int // where head ends in the arena
}

// tokens returns the tokens of paragraph p.
func (st *docState) tokens(p int) []tok {
	return st.tokensTo(p, len(st.doc.Paragraphs[p].Text))
}

// tokensTo returns the first tokens of paragraph p: all that start before
// byte at, then the next one if there is one. They live in the document's
// arena, capped so that no caller's append can reach a neighbour's tokens.
func (st *docState) tokensTo(p, at int) []tok {
	pt := &st.toks[p]
	t := st.doc.Paragraphs[p].Text
	if pt.headEnd == len(t) || len(pt.head) > 0 && pt.head[len(pt.head)-1].s >= at {
		return pt.head
	}
	if pt.headAt != len(st.arena) {
		st.arena = append(st.arena, pt.head...) // go on at the arena's end
	}
	start := len(st.arena) - len(pt.head)
	pt.headEnd = st.tokenizeThrough(t, pt.headEnd, at)
	pt.head = st.arena[start:len(st.arena):len(st.arena)]
	pt.headAt = len(st.arena)
	return pt.head
}

// tokenizeThrough appends to the arena the tokens of t from byte from (0
// or a space) on, up to a space or the end, far enough to hold the first
// token at or after byte at; it returns where it stopped.
func (st *docState) tokenizeThrough(t string, from, at int) int {
	start := len(st.arena)
	for {
		c := len(t)
		if s := max(at, from+1); s < len(t) {
			if i := strings.IndexByte(t[s:], ' '); i >= 0 {
				c = s + i
			}
		}
		st.arena = tokenize(st.arena, t, from, c)
		from = c
		if c == len(t) || len(st.arena) > start && st.arena[len(st.arena)-1].s >= at {
			return c
		}
	}
}

// tokensBefore returns tokens of paragraph p from its first one and the
// number of them that start before byte at (at < 0: all of them).
func (st *docState) tokensBefore(p, at int) ([]tok, int) {
	if at < 0 {
		ts := st.tokens(p)
		return ts, len(ts)
	}
	ts := st.tokensTo(p, at)
	return ts, tokIndex(ts, at)
}

// sentenceTokens returns tokens of paragraph p for reading the sentence
// that holds byte at, back from at: they start at the paragraph's first
// token or before a token that sentenceEnd marks, and hold every token from
// there that starts before at, then the next one if there is one. Only the
// text from the word before the sentence's full stop is tokenized, unless
// the sentence opens the paragraph.
func (st *docState) sentenceTokens(p, at int) []tok {
	pt := &st.toks[p]
	t := st.doc.Paragraphs[p].Text
	if pt.headEnd == len(t) || len(pt.head) > 0 && pt.head[len(pt.head)-1].s >= at {
		return pt.head
	}
	n0 := len(st.arena)
	n, from := n0, at // the window so far: arena[n:], the tokens of t[from:] up to at
	for {
		i := lastStop(t[:from])
		if i < 0 {
			break
		}
		f := strings.LastIndexByte(t[:i], ' ') + 1
		if f == 0 {
			break
		}
		// Tokens of t[f:from], then the window so far after them.
		m := len(st.arena)
		if from == at {
			st.tokenizeThrough(t, f, at)
		} else {
			st.arena = tokenize(st.arena, t, f, from)
			st.arena = append(st.arena, st.arena[n:m]...)
		}
		n, from = m, f
		ts := st.arena[n:len(st.arena):len(st.arena)]
		for k := tokIndex(ts, at) - 1; k >= 0; k-- {
			if sentenceEnd(ts, k) {
				return ts
			}
		}
	}
	st.arena = st.arena[:n0] // the sentence opens the paragraph
	return st.tokensTo(p, at)
}

// cueTokens returns tokens of paragraph p for afterCue to read the cue
// after byte at: from one that starts at or before at on, through the
// token after cueEnd (afterCue reads no further) or to the paragraph's
// end. The text is tokenized a little at a time until the cue ends.
func (st *docState) cueTokens(p, at int) []tok {
	pt := &st.toks[p]
	t := st.doc.Paragraphs[p].Text
	if pt.headEnd == len(t) {
		return pt.head
	}
	n := len(st.arena)
	for from := strings.LastIndexByte(t[:at], ' ') + 1; from < len(t); {
		c := len(t)
		if s := max(from, at) + 40; s < len(t) {
			if i := strings.IndexByte(t[s:], ' '); i >= 0 {
				c = s + i
			}
		}
		st.arena = tokenize(st.arena, t, from, c)
		from = c
		if ts := st.arena[n:]; cueEnd(ts, cueStart(ts, at))+1 < len(ts) {
			break
		}
	}
	return st.arena[n:len(st.arena):len(st.arena)]
}

var pronouns = set("he", "she", "him", "her")
var nonPersons = set("i", "we", "they", "you", "it", "this", "that", "who", "which", "there", "one", "me", "us", "them")

// titles precede a name and are not part of it ("President Vladimir Putin").
var titles = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.", "senator", "rep", "rep.",
	"representative", "gov", "gov.", "governor", "president", "vice", "secretary", "minister", "prime",
	"chancellor", "king", "queen", "prince", "princess", "pope", "judge", "justice", "gen", "gen.", "general",
	"col", "col.", "lt", "lt.", "capt", "capt.", "sgt", "sgt.", "adm", "adm.", "ambassador", "chairman",
	"chairwoman", "speaker", "leader", "mayor", "sheriff", "chief", "director", "commissioner", "attorney",
	"prosecutor", "officer", "professor", "prof.", "rev", "rev.", "former", "candidate", "spokesman",
	"spokeswoman", "spokesperson", "nominee", "hopeful", "host", "anchor", "coach", "manager", "sir", "lady",
	"lord", "dame", "sheikh", "ayatollah", "presidential", "senators", "congressman", "congresswoman", "the")

// weekdays end a speaker phrase ("said Putin Tuesday"); months are also
// names ("Theresa May") and stay.
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// resolve turns a speaker phrase of paragraph p into a speaker.
func (st *docState) resolve(p int, ph []tok) speaker {
	if i := andName(ph); i > 0 {
		ph = ph[i:]
	}
	ph = cleanPhrase(trimPhrase(ph))
	if len(ph) == 0 {
		return speaker{}
	}
	if st.loneDemonym(p, ph) || st.loneGerund(p, ph) {
		return speaker{}
	}
	if allTitles(ph) {
		if sp, ok := st.fromMentions(p, ph[0].s, ph[len(ph)-1].e, false); ok && sp.id != "" {
			return sp
		}
		return st.describe(p, ph, "")
	}
	if ageNoun(ph) {
		if sp := st.pronoun(p, ph[0].s); sp.known() {
			return sp // "said the 23-year-old"
		}
		return st.describe(p, ph, "")
	}
	if st.demonymNoun(p, ph) {
		if sp := st.pronoun(p, ph[0].s); sp.known() {
			return sp
		}
		return speaker{name: "the " + ph[1].w, person: true}
	}
	if len(ph) == 1 {
		e := entryOf(ph[0].w)
		if e.class&pronouns != 0 {
			return st.pronoun(p, ph[0].s)
		}
		if e.form == "it" || e.form == "they" {
			return st.itPronoun(p, ph[0].s)
		}
		if e.class&nonPersons != 0 {
			return speaker{}
		}
	}
	text := st.doc.Paragraphs[p].Text
	s, e := ph[0].s, ph[len(ph)-1].e
	head := ph[len(ph)-1].w
	if sp, ok := st.fromMentions(p, s, e, isLowerWord(head)); ok {
		if isLowerWord(head) {
			sp = st.describe(p, ph, sp.affil)
		}
		return sp
	}
	if isLowerWord(head) {
		return st.describe(p, ph, "")
	}
	run := nameRun(ph, text)
	if len(run) == 0 {
		return speaker{}
	}
	name := joinToks(run, text)
	if id := st.resolveName(name, run); id != "" {
		return st.actorSpeaker(id)
	}
	full := st.fullName(run)
	if full != name {
		if id := st.resolveID(full); id != "" {
			return st.actorSpeaker(id)
		}
	}
	return speaker{name: full, person: true}
}

// trimPhrase drops leading conjunctions and trailing time phrases.
func trimPhrase(ph []tok) []tok {
	for len(ph) > 0 && (ph[0].punct || ph[0].in(subjectStops|skipWords)) &&
		!(len(ph) > 0 && nameModal(ph[0].w)) {
		ph = ph[1:]
	}
	if len(ph) > 2 && isCap(ph[0].w) && strings.HasSuffix(ph[0].w, "ing") && isCap(ph[len(ph)-1].w) {
		// "Speaking in Harrogate Mr Kennedy": an opening participle
		// phrase, then the subject.
		k := len(ph) - 1
		for k > 1 && isCap(ph[k-1].w) && !ph[k-1].in(phraseStops) {
			k--
		}
		if k > 1 && isLowerWord(ph[k-1].w) {
			ph = ph[k:]
		}
	}
	for i := 1; i < len(ph); i++ {
		if ph[i].punct || ph[i].in(phraseStops) && entryOf(ph[i].w).form != "for" {
			ph = ph[:i]
			break
		}
	}
	for len(ph) > 0 && (ph[len(ph)-1].in(skipWords) && !nameModal(ph[len(ph)-1].w) || ph[len(ph)-1].in(weekdays) && len(ph) > 1) {
		ph = ph[:len(ph)-1]
	}
	// "Holger Schmieding of Berenberg": a name, then where they work; but
	// "Secretary of State John Kerry" keeps its title.
	for i := 2; i < len(ph); i++ {
		if ph[i].w == "of" && isCap(ph[i-1].w) && isCap(ph[i-2].w) && !ph[i-1].in(titles) &&
			!ph[i-2].in(titles) {
			ph = ph[:i]
			break
		}
	}
	return ph
}

// fromMentions picks the actor named inside [s, e) of paragraph p: a person
// not followed by a possessive, else (for a capitalised head) the last
// organisation or country named; with a lower-case head the mention only
// gives the description's affiliation.
func (st *docState) fromMentions(p, s, e int, desc bool) (speaker, bool) {
	text := st.doc.Paragraphs[p].Text
	var person, other *actors.Mention
	ms := st.ix.Mentions(st.d, p)
	for i := range ms {
		m := &ms[i]
		if m.Start < s || m.End > e {
			continue
		}
		a := st.ix.ActorOf(*m)
		if a == nil {
			continue
		}
		if a.Kind == model.KindPerson && !possessive(text, m.End) {
			person = m
		} else if other == nil || !desc {
			other = m
		}
	}
	switch {
	case person != nil && !desc:
		return st.actorSpeaker(person.Actor), true
	case desc && (other != nil || person != nil):
		if other == nil {
			other = person
		}
		return speaker{affil: other.Actor}, true
	case other != nil && other.End >= e-1:
		// An organisation or country that heads the phrase ("the White
		// House"); one in front of a name ("CBS anchor DeMarco Morgan") is not.
		return st.actorSpeaker(other.Actor), true
	}
	return speaker{}, false
}

func (st *docState) actorSpeaker(id string) speaker {
	a := st.ix.Actor(id)
	if a == nil {
		return speaker{}
	}
	return speaker{id: id, name: a.Name, affil: a.Affiliation, person: a.Kind == model.KindPerson}
}

// resolveName asks the actor index for name, then for its last word.
func (st *docState) resolveName(name string, run []tok) string {
	if id := st.resolveID(name); id != "" {
		return id
	}
	if len(run) > 1 {
		return st.resolveID(run[len(run)-1].w)
	}
	return ""
}

// resolveID asks the actor index for name once per document: a speaker's
// name comes back quote after quote.
func (st *docState) resolveID(name string) string {
	id, ok := st.ids[name]
	if !ok {
		id = st.ix.Resolve(st.d, name)
		if st.ids == nil {
			st.ids = map[string]string{}
		}
		st.ids[name] = id
	}
	return id
}

// possessive reports whether text at i continues with 's or ’s, or the
// word before i ends in a plural possessive's apostrophe.
func possessive(text string, i int) bool {
	if i > 0 && (text[i-1] == '\'' || strings.HasSuffix(text[:i], "’")) {
		return true
	}
	return strings.HasPrefix(text[i:], "'s") || strings.HasPrefix(text[i:], "’s") ||
		strings.HasPrefix(text[i:], "' ") || strings.HasPrefix(text[i:], "’ ")
}

// nameRun returns the last run of capitalised words in ph that is not a
// possessive, without the titles in front of it.
func nameRun(ph []tok, text string) []tok {
	end := len(ph)
	for end > 0 {
		for end > 0 && !isCap(ph[end-1].w) {
			end--
		}
		if end == 0 {
			return nil
		}
		if w := ph[end-1].w; !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'") &&
			!strings.HasSuffix(w, "’") && !possessive(text, ph[end-1].e) {
			break
		}
		end--
		for end > 0 && isCap(ph[end-1].w) {
			end--
		}
	}
	start := end
	for start > 0 && (isCap(ph[start-1].w) || particle(ph[start-1].w)) {
		start--
	}
	run := ph[start:end]
	for len(run) > 0 && (run[0].in(determiners) || run[0].in(nonPersons)) {
		run = run[1:] // "The", "It" opening a sentence
	}
	for i := len(run) - 1; i >= 0; i-- {
		if run[i].in(titles) && i < len(run)-1 {
			return run[i+1:]
		}
	}
	return peelRoles(run)
}

func particle(w string) bool {
	switch w {
	case "de", "van", "von", "al", "bin", "der", "du", "la", "le", "da", "dos":
		return true
	}
	return false
}

func joinToks(ts []tok, text string) string {
	if len(ts) == 0 {
		return ""
	}
	return text[ts[0].s:ts[len(ts)-1].e]
}

// fullName returns the fullest form of a name written in the document with
// the same last word ("Putin" -> "Vladimir Putin"), for names the actor
// index does not know. It looks only at the words just before each place
// the last word occurs, so a document is not tokenized whole.
func (st *docState) fullName(run []tok) string {
	last := run[len(run)-1].w
	if n, ok := st.names[last]; ok {
		return n
	}
	best := ""
	for p := range st.doc.Paragraphs {
		pt := st.doc.Paragraphs[p].Text
		for off := 0; ; {
			i := strings.Index(pt[off:], last)
			if i < 0 {
				break
			}
			i += off
			off = i + len(last)
			if off < len(pt) && (unicode.IsLetter(nextRune(pt, off)) || unicode.IsDigit(nextRune(pt, off))) {
				continue
			}
			ts := tokenize(st.scratch[:0], pt, max(0, i-60), off)
			st.scratch = ts
			if len(ts) == 0 || ts[len(ts)-1].w != last {
				continue
			}
			j := len(ts) - 1
			for j > 0 && !ts[j-1].punct && (isCap(ts[j-1].w) || particle(ts[j-1].w)) && len(ts)-j < 4 {
				j--
			}
			r := nameRun(ts[j:], pt)
			if n := joinToks(r, pt); len(r) >= 2 && len(n) > len(best) {
				best = n
			}
		}
	}
	if best == "" {
		var b strings.Builder
		for i, t := range run {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.w)
		}
		best = b.String()
	}
	if st.names == nil {
		st.names = map[string]string{}
	}
	st.names[last] = best
	return best
}

// describe makes a speaker of a description. A definite one ("the
// official") takes the earlier indefinite one with the same head noun ("a
// senior Turkish official") when there is one.
func (st *docState) describe(p int, ph []tok, affil string) speaker {
	text := st.doc.Paragraphs[p].Text
	head := lower(ph[len(ph)-1].w)
	sp := speaker{name: lowerFirst(joinToks(ph, text)), affil: affil, head: head, person: !strings.HasSuffix(head, "s")}
	if strings.EqualFold(ph[0].w, "the") && len(ph) <= 4 {
		for i := len(st.descs) - 1; i >= 0; i-- {
			if st.descs[i].head == head {
				return st.descs[i]
			}
		}
		if prev, ok := st.findIndefinite(p, ph[0].s, head); ok {
			return prev
		}
	}
	st.descs = append(st.descs, sp)
	return sp
}

// findIndefinite looks back through the document for "a/an ... head".
func (st *docState) findIndefinite(p, before int, head string) (speaker, bool) {
	low := p - 13
	if done, ok := st.noIndef[head]; ok && done > low && done < p {
		low = done // paragraphs up to done were searched in vain already
	}
	defer func() {
		if st.noIndef == nil {
			st.noIndef = map[string]int{}
		}
		if d, ok := st.noIndef[head]; !ok || d < p-1 {
			st.noIndef[head] = p - 1
		}
	}()
	for q := p; q >= 0 && q > low; q-- {
		limit := len(st.doc.Paragraphs[q].Text) // the head starts before limit
		if q == p {
			limit = before
		}
		if ph := st.indefiniteIn(q, limit, head); ph != nil {
			text := st.doc.Paragraphs[q].Text
			sp := speaker{name: lowerFirst(joinToks(ph, text)), head: head, person: true}
			if m, ok := st.fromMentions(q, ph[0].s, ph[len(ph)-1].e, true); ok {
				sp.affil = m.affil
			}
			st.descs = append(st.descs, sp)
			return sp, true
		}
	}
	return speaker{}, false
}

// indefiniteIn returns the last "a/an ... head" of paragraph q whose head
// starts before byte limit, from the article to the head, or nil. Where
// only ASCII letters can spell head (see mayContainFold), just the words
// before each place head is written are tokenized, not the paragraph.
func (st *docState) indefiniteIn(q, limit int, head string) []tok {
	text := st.doc.Paragraphs[q].Text
	if !foldsInASCII(text, head) {
		if !mayContainFold(text, head) {
			return nil // no word of q is head
		}
		var ts []tok
		if limit < len(text) {
			ts = st.tokensTo(q, limit)
		} else {
			ts = st.tokens(q)
		}
		return lastIndefinite(ts, limit, head)
	}
	st.places = appendIndexesFold(st.places[:0], text[:min(len(text), limit+len(head))], head)
	for k := len(st.places) - 1; k >= 0; k-- {
		if o := st.places[k]; o < limit {
			if ph := indefiniteAt(st.wordsBefore(text, o), o, head); ph != nil {
				return ph
			}
		}
	}
	return nil
}

// lastIndefinite returns the last "a/an ... head" in ts whose head starts
// before byte limit, or nil.
func lastIndefinite(ts []tok, limit int, head string) []tok {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].s < limit {
			if ph := indefiniteAt(ts, ts[i].s, head); ph != nil {
				return ph
			}
		}
	}
	return nil
}

// indefiniteAt returns the tokens from "a" or "an" to head when the token
// of ts starting at byte o is head and the article comes at most five
// words before it, with no punctuation between; else nil.
func indefiniteAt(ts []tok, o int, head string) []tok {
	i := tokIndex(ts, o)
	if i == len(ts) || ts[i].s != o || ts[i].punct || !strings.EqualFold(ts[i].w, head) {
		return nil
	}
	for j := i - 1; j >= 0 && j >= i-5 && !ts[j].punct; j-- {
		if lw := ts[j].w; strings.EqualFold(lw, "a") || strings.EqualFold(lw, "an") {
			return ts[j : i+1]
		}
	}
	return nil
}

// wordsBefore returns the tokens of text from a cut at a space before
// byte o through the word at o, with at least the five tokens before that
// word unless they start the text: all indefiniteAt reads. It reuses
// st.scratch.
func (st *docState) wordsBefore(text string, o int) []tok {
	end := len(text)
	if i := strings.IndexByte(text[o:], ' '); i >= 0 {
		end = o + i
	}
	for back := 48; ; back *= 2 {
		from := max(0, strings.LastIndexByte(text[:max(0, o-back)], ' '))
		st.scratch = tokenize(st.scratch[:0], text, from, end)
		if from == 0 || tokIndex(st.scratch, o) >= 5 {
			return st.scratch
		}
	}
}

// foldsInASCII reports whether only ASCII letters of text can spell head,
// as strings.EqualFold compares: head is ASCII, and text holds neither
// rune beyond ASCII that folds to an ASCII letter.
func foldsInASCII(text, head string) bool {
	if head == "" {
		return false
	}
	for i := 0; i < len(head); i++ {
		if head[i] >= utf8.RuneSelf {
			return false
		}
	}
	return !strings.Contains(text, "\u017F") && !strings.Contains(text, "\u212A")
}

// appendIndexesFold appends to at, in order, every place in text where
// ASCII w is written in any case.
func appendIndexesFold(at []int, text, w string) []int {
	n := len(at)
	for _, first := range [2]byte{lowerASCII(w[0]), upperASCII(w[0])} {
		for i := indexFoldFrom(text, w, first, 0); i >= 0; i = indexFoldFrom(text, w, first, i+1) {
			at = append(at, i)
		}
		if lowerASCII(w[0]) == upperASCII(w[0]) {
			break // no case to the first byte
		}
	}
	slices.Sort(at[n:])
	return at
}

// indexFoldFrom returns the first place at or after i where text holds
// ASCII w in any case, starting with the byte first (w's first letter in
// one of its cases, searched for vectorised), or -1.
func indexFoldFrom(text, w string, first byte, i int) int {
	for ; i < len(text); i++ {
		j := strings.IndexByte(text[i:], first)
		if j < 0 {
			break
		}
		i += j
		if i+len(w) <= len(text) && strings.EqualFold(text[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// mayContainFold reports whether text may hold w in any case, as
// strings.EqualFold compares. For ASCII w it is whether some bytes of text
// fold to w, or text holds one of the two runes beyond ASCII that fold to
// an ASCII letter ("ſ" is an "s", the Kelvin sign a "k"), whose folding is
// left to strings.EqualFold; beyond ASCII in w the answer is yes. The
// text is searched for w's first letter in either case (vectorised), not
// read byte by byte.
func mayContainFold(text, w string) bool {
	if w == "" {
		return true
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	if strings.Contains(text, "\u017F") || strings.Contains(text, "\u212A") {
		return true
	}
	for _, first := range [2]byte{lowerASCII(w[0]), upperASCII(w[0])} {
		if indexFoldFrom(text, w, first, 0) >= 0 {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// pronoun resolves "he" or "she" at byte at of paragraph p: the person who
// opens a sentence of this paragraph before it, else the last speaker of the
// last two paragraphs, else the most recent person named.
func (st *docState) pronoun(p, at int) speaker {
	for _, m := range st.ix.Mentions(st.d, p) {
		if m.Start >= at {
			break
		}
		if a := st.ix.ActorOf(m); a != nil && a.Kind == model.KindPerson && opensSentence(st.doc.Paragraphs[p].Text, m.Start) {
			return st.actorSpeaker(m.Actor)
		}
	}
	if st.last.person && p-st.lastPara <= 2 {
		return st.last
	}
	g := genderAt(st.doc.Paragraphs[p].Text, at)
	hon, honAt := st.honorificName(p, at, g)
	for q := p; q >= 0 && q >= p-4; q-- {
		ms := st.ix.Mentions(st.d, q)
		if q == p && hon.known() {
			// A titled name the index does not know ("according to Mr
			// Cable"), nearer than any person it knows.
			last := -1
			for _, m := range ms {
				if a := st.ix.ActorOf(m); m.Start < at && a != nil && a.Kind == model.KindPerson {
					last = m.Start
				}
			}
			if honAt > last {
				return hon
			}
		}
		for i := len(ms) - 1; i >= 0; i-- {
			if q == p && ms[i].Start >= at {
				continue
			}
			if a := st.ix.ActorOf(ms[i]); a != nil && a.Kind == model.KindPerson {
				return st.actorSpeaker(ms[i].Actor)
			}
		}
	}
	if p > 0 {
		if sp, _ := st.honorificName(p-1, -1, g); sp.known() {
			return sp
		}
	}
	if st.last.person {
		return st.last
	}
	for q := p; q >= 0 && q >= p-1; q-- {
		end := -1
		if q == p {
			end = at
		}
		if sp := st.nameSubject(q, end); sp.known() {
			return sp
		}
	}
	return speaker{}
}

// nameSubject returns the last capitalised name the actor index does not
// know that opens a sentence of paragraph p before byte at (at < 0:
// anywhere) as the subject of a verb: "Edu told ...", "Molik grew ...".
func (st *docState) nameSubject(p, at int) speaker {
	ts, k := st.tokensBefore(p, at)
	text := st.doc.Paragraphs[p].Text
	for i := k - 2; i >= 0; i-- {
		if ts[i].punct || !isCap(ts[i].w) || !(i == 0 || sentenceEnd(ts, i-1)) {
			continue
		}
		j := i
		for j < k && j < i+3 && !ts[j].punct && isCap(ts[j].w) {
			j++
		}
		if j >= k || !isLowerWord(ts[j].w) || !verbLike(ts[j].w) || ts[j].punct {
			continue
		}
		run := ts[i:j]
		if run[0].in(determiners|nonPersons|pronouns|introWords|subjectStops|weekdays) ||
			possessive(text, run[len(run)-1].e) || strings.HasSuffix(run[len(run)-1].w, "'s") || !plainWords(run) ||
			len(run) == 1 && !st.capitalisedInside(run[0].w) {
			continue
		}
		if len(st.ix.Mentions(st.d, p)) > 0 {
			if m, ok := st.fromMentions(p, run[0].s, run[len(run)-1].e, false); ok {
				if m.person {
					return m
				}
				continue // an organisation or country
			}
		}
		return speaker{name: st.fullName(nameRun(run, text)), person: true}
	}
	return speaker{}
}

// genderAt reads the pronoun at byte at: 'm' for he, 'f' for she, else 0.
func genderAt(text string, at int) byte {
	w := strings.ToLower(text[at:min(len(text), at+4)])
	switch {
	case strings.HasPrefix(w, "he ") || w == "he" || strings.HasPrefix(w, "he,") || strings.HasPrefix(w, "he."):
		return 'm'
	case strings.HasPrefix(w, "she"):
		return 'f'
	}
	return 0
}

// honorificWords are the words of honorifics, looked up in the lexicon
// without lowering a capitalised word into a new string.
var honorificWords = set(slices.Collect(maps.Keys(honorifics))...)

var honorifics = map[string]byte{"mr": 'm', "mr.": 'm', "sir": 'm', "lord": 'm', "mrs": 'f', "mrs.": 'f', "ms": 'f',
	"ms.": 'f', "miss": 'f', "lady": 'f', "dame": 'f', "dr": 0, "dr.": 0, "prof": 0, "prof.": 0, "professor": 0}

// honorificName finds the last titled name ("Mr Cable", "Ms Short") in
// paragraph p before byte at (at < 0: anywhere) whose title fits the
// pronoun's gender g, and where it starts. The name goes through the actor
// index first; else it is the fullest form written in the document.
func (st *docState) honorificName(p, at int, g byte) (speaker, int) {
	ts, k := st.tokensBefore(p, at)
	for i := k - 2; i >= 0; i-- {
		if ts[i].punct || !isCap(ts[i].w) || len(ts[i].w) > 9 {
			continue
		}
		if !ts[i].in(honorificWords) {
			continue
		}
		if hg := honorifics[entryOf(ts[i].w).form]; hg != 0 && g != 0 && hg != g {
			continue
		}
		j := i + 1
		for j < k && j < i+4 && !ts[j].punct && isCap(ts[j].w) && !ts[j].in(titles) {
			j++
		}
		if j == i+1 {
			continue
		}
		run := ts[i+1 : j]
		text := st.doc.Paragraphs[p].Text
		if id := st.resolveName(joinToks(ts[i:j], text), run); id != "" {
			return st.actorSpeaker(id), ts[i].s
		}
		if c := run[len(run)-1].w; strings.HasSuffix(c, "'s") || strings.HasSuffix(c, "’s") {
			continue
		}
		return speaker{name: st.fullName(run), person: true}, ts[i].s
	}
	return speaker{}, -1
}

// opensSentence reports whether byte i of text starts a sentence.
func opensSentence(text string, i int) bool {
	j := i
	for j > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsSpace(r) {
			return r == '.' || r == '!' || r == '?' || r == '"' || r == '”'
		}
		j -= w
	}
	return true
}

func lowerFirst(s string) string {
	for _, p := range []string{"A ", "An ", "The ", "One ", "Another ", "Two ", "Three ", "Several ", "Some ", "Many "} {
		if strings.HasPrefix(s, p) {
			return strings.ToLower(p[:1]) + s[1:]
		}
	}
	return s
}

// itPronoun resolves "it" or "they" as a speaker: the body or document that
// spoke last, in this paragraph or the one before ("said the radio
// station. It added: ..."), else the organisation or country that opens a
// sentence of this paragraph before it.
func (st *docState) itPronoun(p, at int) speaker {
	if st.last.known() && (!st.last.person || st.last.head != "" && !personHead(st.last.head)) && p-st.lastPara <= 1 {
		return st.last
	}
	var sp speaker
	for _, m := range st.ix.Mentions(st.d, p) {
		if m.Start >= at {
			break
		}
		text := st.doc.Paragraphs[p].Text
		if a := st.ix.ActorOf(m); a != nil && a.Kind != model.KindPerson && opensSentence(text, m.Start) &&
			is(firstWord(text[m.End:]), speechVerbs) {
			sp = st.actorSpeaker(m.Actor) // "Multiplex said ... It added"
		}
	}
	return sp
}

// firstWord returns the first word of s, after spaces.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		return s
	}
	return s[:i]
}

// personHead reports a description's head noun that names a person ("a
// Treasury spokesperson", "the minister"), which "it" cannot point back to.
func personHead(h string) bool {
	return is(h, titles|parties) || strings.HasSuffix(h, "man") || strings.HasSuffix(h, "woman") ||
		strings.HasSuffix(h, "person") || strings.HasSuffix(h, "ist") || strings.HasSuffix(h, "official") ||
		strings.HasSuffix(h, "source")
}

// ageNoun reports "the 23-year-old": a person named by age alone, who is
// the person just written about.
func ageNoun(ph []tok) bool {
	return len(ph) == 2 && strings.EqualFold(ph[0].w, "the") && unicode.IsDigit(nextRune(ph[1].w, 0)) &&
		strings.HasSuffix(ph[1].w, "-year-old")
}

// plainWords reports a run of name-like words: letters, apostrophes and
// hyphens between capitalised parts, no -ing word ("Incorporating").
func plainWords(run []tok) bool {
	for _, t := range run {
		if strings.HasSuffix(t.w, "ing") || strings.HasSuffix(t.w, "ed") {
			return false
		}
		for _, part := range strings.Split(t.w, "-") {
			if part == "" || !isCap(part) {
				return false
			}
		}
	}
	return true
}

// capitalisedInside reports whether w is written capitalised somewhere in
// the document other than at a sentence start: a name, not a sentence's
// first word ("Both").
func (st *docState) capitalisedInside(w string) bool {
	for q := range st.doc.Paragraphs {
		t := st.doc.Paragraphs[q].Text
		for off := 0; ; {
			i := strings.Index(t[off:], w)
			if i < 0 {
				break
			}
			i += off
			off = i + len(w)
			if unicode.IsLetter(prevRune(t, i)) || unicode.IsLetter(nextRune(t, off)) {
				continue
			}
			if !opensSentence(t, i) {
				return true
			}
		}
	}
	return false
}

package positions

import (
	"math"
	"slices"
	"strings"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// para is one paragraph being read: its tokens, the sentence and quote
// state of each token, and its actor mentions.
type para struct {
	p      int
	text   string
	toks   actors.Tokens
	sent   []int  // index of the first token of each token's sentence
	quoted []bool // inside quotation marks
	ms     []actors.Mention
	// marks are the tokens worth a look: the first of each sentence and
	// the unquoted cue words (actors.Tokens.Cue).
	marks []int
	// ids holds the actor IDs last found (subjectActors, one); they stay
	// valid until the next are found.
	ids []string
}

// mentionAt returns the index into ms of the first mention overlapping
// token i (role mentions may overlap names), or -1. It is worked out when
// asked: a paragraph has a few mentions, and a few of its tokens are
// asked about.
func (pa *para) mentionAt(i int) int {
	start, end := pa.toks.Start(i), pa.toks.End(i)
	for k := range pa.ms {
		m := &pa.ms[k]
		if m.Start >= end {
			break // the mentions are in order of their start
		}
		if m.End > start {
			return k
		}
	}
	return -1
}

// one returns the list of the single actor id.
func (pa *para) one(id string) []string {
	pa.ids = append(pa.ids[:0], id)
	return pa.ids
}

func (st *docState) paragraph(p int, pg *source.Paragraph) {
	pa := &st.pa
	st.ix.ReadTokens(&pa.toks, st.d, p, pg)
	toks := &pa.toks
	n := toks.Len()
	if n == 0 {
		return
	}
	pa.p, pa.text, pa.ms = p, pg.Text, st.ix.Mentions(st.d, p)
	pa.sent = grow(pa.sent, n)
	pa.quoted = grow(pa.quoted, n)
	pa.marks = pa.marks[:0]
	sents := pg.Sentences
	in, first, si := false, 0, 0
	next := 0 // where sentence si starts
	for i := range n {
		if start := toks.Start(i); start >= next {
			for si < len(sents) && sents[si].Start <= start {
				if sents[si].Start > 0 || si == 0 {
					first = i
				}
				si++
			}
			next = math.MaxInt
			if si < len(sents) {
				next = sents[si].Start
			}
		}
		pa.sent[i] = first
		if toks.Word(i) {
			pa.quoted[i] = in
			if first == i || !in && toks.Cue(i) {
				pa.marks = append(pa.marks, i)
			}
			continue
		}
		quote := toks.Text(i) == "\""
		in = in != quote
		pa.quoted[i] = in || quote
		if first == i {
			pa.marks = append(pa.marks, i)
		}
	}
	// Only marked tokens open a sentence or may be a cue.
	for _, i := range pa.marks {
		if i == 0 || pa.sent[i] != pa.sent[i-1] {
			st.noteSubject(pa, i)
		}
		if !toks.Word(i) || pa.quoted[i] {
			continue
		}
		w := toks.Text(i)
		if w == "according" || w == "According" {
			st.according(pa, i)
			continue
		}
		if !toks.Cue(i) {
			continue // the first word of a sentence
		}
		if (w == "shared" || w == "echoed") && i > 0 && isBe(toks.Text(i-1)) {
			st.shared(pa, i)
			continue
		}
		if i > 0 && toks.Text(i-1) == "," && strings.HasSuffix(w, "ing") {
			if lemma, ok := participles[w]; ok {
				st.participle(pa, i, lemma) // "Trump attacked Clinton, saying she ..."
				continue
			}
		}
		v, ok := verbs[w]
		if !ok {
			continue
		}
		if v.aux && (i == 0 || !isBe(toks.Text(i-1))) {
			continue
		}
		st.statement(pa, i, v)
	}
}

// placeWords open a phrase of time or place, not a statement.
var placeWords = []string{"at", "in", "on", "during", "after", "before", "outside", "from", "with", "while",
	"when", "through", "to", "by", "yesterday", "today", "earlier", "later", "last"}

// timeWords make up a time phrase right after a verb.
var timeWords = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"yesterday", "today", "tonight", "last", "night", "week", "month", "year", "morning", "evening", "afternoon",
	"recently"}

// clausePreps open a phrase of time or place that never holds a statement
// ("predicts in his March budget", "claims in a heated debate").
var clausePreps = []string{"in", "at", "on", "during", "outside", "while", "when", "yesterday", "today",
	"earlier", "later", "last"}

// appositions open a description of the name before them.
var appositions = []string{"who", "a", "an", "the", "another", "one"}

// pronouns open a clause of their own after a verb.
var pronouns = []string{"it", "he", "she", "they", "we", "i", "there", "this", "these", "those", "you"}

// grow returns s resized to n, reusing its array when it is large enough.
func grow[T any](s []T, n int) []T {
	return slices.Grow(s[:0], n)[:n]
}

func isBe(w string) bool {
	switch w {
	case "is", "are", "was", "were", "been", "be":
		return true
	}
	return false
}

// noteSubject remembers the actor that opens a sentence ("Turkey has
// carved out ...", "Turkish President Recep Tayyip Erdogan, ...") as the
// subject "it" or "he" may refer to later: the last actor named before the
// first lower-case word.
func (st *docState) noteSubject(pa *para, first int) {
	i := first
	for i < pa.toks.Len() && !pa.toks.Word(i) {
		i++
	}
	if i < pa.toks.Len() && (pa.toks.Text(i) == "The" || pa.toks.Text(i) == "the") {
		i++
	}
	head := -1
	for ; i < pa.toks.Len() && (pa.toks.Word(i) || abbrevDot(pa, i)) && !pa.quoted[i]; i++ {
		if m := pa.mentionAt(i); m >= 0 {
			head = m
		} else if !pa.toks.Cap(i) && !pa.toks.IsTitle(i) {
			break // "Republican nominee Donald Trump": a title does not end the subject
		}
	}
	if head >= 0 {
		st.subject, st.subjectSent, st.subjectPara = pa.ms[head].Actor, pa.sent[first], pa.p
		st.subjectMention = &pa.ms[head]
	}
}

// abbrevDot reports the full stop of an abbreviation inside a name or
// title ("Mr. Trump", "Sen. Cruz", "Joseph R. Biden Jr.").
func abbrevDot(pa *para, i int) bool {
	if i == 0 || i+1 >= pa.toks.Len() || pa.toks.Text(i) != "." || pa.sent[i+1] != pa.sent[i] {
		return false
	}
	return pa.toks.Word(i-1) && pa.toks.Cap(i-1) && len(pa.toks.Text(i-1)) <= 4 && pa.toks.Cap(i+1)
}

// statement reads the subject before verb token v and the clause after it.
func (st *docState) statement(pa *para, v int, vb verb) {
	ids, np, ok := st.subjectOf(pa, v)
	if !ok || len(ids) == 0 {
		if v > 0 && pa.toks.Text(v-1) == "," {
			st.inverted(pa, v, vb) // "..., said Mr Blair."
		}
		return
	}
	if np > 0 && pa.sent[np-1] == pa.sent[v] && (pa.toks.Text(np-1) == "\"" || np > 1 && pa.toks.Text(np-1) == "," && pa.toks.Text(np-2) == "\"") {
		return // `"...," Putin said on Tuesday`: a direct quote's attribution
	}
	if np > 1 && pa.toks.Text(np-1) == "," && v+1 < pa.toks.Len() && pa.toks.Text(v+1) == "," {
		st.parenthetical(pa, v, ids, vb) // "It was impossible, Gabuyev said, so ..."
		return
	}
	start, ok := complementStart(pa, v, vb)
	if !ok {
		st.postposed(pa, v, np, vb, ids) // "Growth will slow, the bank said."
		return
	}
	end := complementEnd(pa, start)
	st.emit(pa, ids, vb.lemma, start, end)
}

// emit records the statement toks[start:end] for each actor.
func (st *docState) emit(pa *para, ids []string, lemma string, start, end int) {
	for start < end && !pa.toks.Word(start) && pa.toks.Text(start) != "\"" {
		start++ // "said - ..." : no leading dash or comma
	}
	words := 0
	for k := start; k < end; k++ {
		if pa.toks.Word(k) {
			words++
		}
	}
	if words < 3 || len(ids) == 0 {
		return
	}
	cs, ce := pa.toks.Start(start), pa.toks.End(end-1)
	text := strings.TrimRight(pa.text[cs:ce], ",;:—- ")
	text = strings.TrimSuffix(text, ".")
	for _, id := range ids {
		f := found{actor: id, verb: lemma, text: text, cite: st.doc.Cite(pa.p, cs, ce), doc: st.d, para: pa.p, start: cs}
		st.last = st.add(f)
	}
	st.subject, st.subjectSent, st.subjectPara = ids[0], pa.sent[start], pa.p
	st.subjectMention = nil
}

// subjectOf finds the actors that are the subject of verb token v, and the
// first token of the subject phrase (-1 for a relative "who").
func (st *docState) subjectOf(pa *para, v int) ([]string, int, bool) {
	toks := &pa.toks
	lo := pa.sent[v]
	k := v - 1
	for k >= lo && toks.Word(k) && wordIs(toks.Text(k), auxWord|negationWord) {
		if wordIs(toks.Text(k), negationWord) {
			return nil, 0, false
		}
		// "was asked by G7 ministers", "is expected to": the subject is
		// not the one who asks or expects.
		if isBe(toks.Text(k)) && !verbs[toks.Text(v)].aux {
			return nil, 0, false
		}
		k--
	}
	if k < lo || toks.Poss(k) {
		return nil, 0, false // "Mr Howard's claims": a noun after a possessive
	}
	// "Trump denounced her record and said ...": the sentence's subject.
	if (toks.Text(k) == "and" || toks.Text(k) == "but") && k > lo && (toks.Word(k-1) || toks.Text(k-1) == "," || toks.Text(k-1) == "\"") {
		if a := st.subjectActor(); a != nil && st.subjectSent == pa.sent[v] && st.subjectPara == pa.p {
			return pa.one(a.ID), -1, true
		}
		return nil, 0, false
	}
	// "Sen. Bernie Sanders (I-Vt.) said": skip a short bracket after the name.
	if toks.Text(k) == ")" {
		o := k - 1
		for o > lo && k-o <= 8 && toks.Text(o) != "(" && toks.Text(o) != ")" {
			o--
		}
		if o <= lo || toks.Text(o) != "(" || !toks.Word(o-1) {
			return nil, 0, false
		}
		k = o - 1
	}
	end := k
	switch {
	case (toks.Text(k) == "who" || toks.Text(k) == "which") && k-1 > lo && toks.Text(k-1) == ",":
		// "Recep Tayyip Erdogan, who has said ...": the actor right before the comma.
		if m := pa.mentionAt(k - 2); m >= 0 && pa.ms[m].End == toks.End(k-2) {
			return pa.one(pa.ms[m].Actor), -1, true
		}
		return nil, 0, false
	case toks.Text(k) == "," || toks.Text(k) == "—":
		// "Erdogan, standing alongside Putin, said" and "Murphy — after a
		// pause — told me": skip the parenthetical.
		c := k - 1
		for c >= lo && toks.Text(c) != toks.Text(k) {
			c--
		}
		if c <= lo || toks.Text(c) != toks.Text(k) || toks.Text(k) == "—" && !toks.Word(c-1) {
			return nil, 0, false
		}
		end = c - 1
		// "Tom Fitton, the president of Judicial Watch, a conservative
		// group ..., said": a name opening the sentence, before its first comma.
		if f := firstComma(pa, lo, c); f <= c {
			if id := openingName(pa, lo, f); id != "" {
				// "Sheldon Whitehouse, a Democrat from Rhode Island, said":
				// the apposition describes the name, which is the subject.
				if _, ok := subjectActors(pa, phraseStart(pa, lo, end), end); !ok || f == c && wordIs(toks.Text(c+1), appositionWord) {
					return pa.one(id), lo, true
				}
			}
		}
	case !toks.Word(k):
		return nil, 0, false
	}
	// Pronouns: "he" for the last person subject, "it" for the last state.
	switch toks.Text(end) {
	case "He", "he", "She", "she":
		if end > lo && toks.Word(end-1) {
			return nil, 0, false
		}
		if id := st.personPronoun(pa, toks.Start(end)); id != "" {
			return pa.one(id), end, true
		}
		return nil, end, false
	case "It", "it":
		if end > lo && toks.Word(end-1) {
			return nil, 0, false
		}
		if id := st.itPronoun(); id != "" {
			return pa.one(id), end, true
		}
		return nil, end, false
	}
	start := phraseStart(pa, lo, end)
	ids, ok := subjectActors(pa, start, end)
	return ids, start, ok
}

// phraseStart returns the first token of the subject phrase ending at end.
func phraseStart(pa *para, lo, end int) int {
	start := end
	for start > lo && pa.toks.Word(start-1) && !wordIs(pa.toks.Text(start-1), stopWord) && end-start < 10 {
		start--
	}
	return start
}

// firstComma returns the first comma in toks[lo:c], or c.
func firstComma(pa *para, lo, c int) int {
	for i := lo; i < c; i++ {
		if pa.toks.Text(i) == "," {
			return i
		}
		if pa.quoted[i] {
			return c
		}
	}
	return c
}

// openingName returns the actor named by toks[lo:f] when those few words
// are all a name ("Jeffrey Salkin", "Mr. Tribe") ending right before f, or "".
func openingName(pa *para, lo, f int) string {
	if f-lo > 9 || f <= lo {
		return ""
	}
	for i := lo; i < f; i++ {
		if t := pa.toks.Text(i); t == "." && i > lo || pa.mentionAt(i) >= 0 {
			continue // "Joseph R. Biden Jr."
		} else if t == "(" && i > lo {
			o := i
			for i < f && pa.toks.Text(i) != ")" {
				i++
			}
			if i != f-1 || i-o > 8 {
				return ""
			}
			f, i = o, f // "Rep. Bobby Scott (D-Va.),": the name ends before the bracket
		} else if !pa.toks.Word(i) || !pa.toks.Cap(i) && !pa.toks.IsTitle(i) {
			return ""
		}
	}
	last := f - 1
	if pa.toks.Text(last) == "." && last > lo {
		last-- // "Jr."
	}
	m := pa.mentionAt(last)
	if m < 0 || pa.ms[m].End != pa.toks.End(last) {
		return ""
	}
	return pa.ms[m].Actor
}

// subjectActors picks the actors named in the subject phrase toks[s:e+1]:
// the last actor of the phrase (its head: "Tory leader Michael Howard",
// "Labour's Tessa Jowell"), leaving out those inside a prepositional phrase
// ("the advances of Assad's forces"); "X and Y" gives the head of each.
func subjectActors(pa *para, s, e int) ([]string, bool) {
	ids := pa.ids[:0]
	head := ""
	inPP := false
	lastM := -1
	for i := s; i <= e; i++ {
		t := pa.toks.Text(i)
		// "a spokesman for the police department" speaks for it.
		if wordIs(t, prepWord) && !(i > s && wordIs(pa.toks.Text(i-1), representativeWord) && (t == "for" || t == "of" || t == "at" || t == "to")) &&
			!inTitle(pa, s, e, i) {
			inPP = true
		}
		if t == "and" {
			if head != "" && !contains(ids, head) {
				ids = append(ids, head)
			}
			head, inPP = "", false
			continue
		}
		m := pa.mentionAt(i)
		if m < 0 || m == lastM || inPP {
			continue
		}
		lastM = m
		head = pa.ms[m].Actor
	}
	if head != "" && !contains(ids, head) {
		ids = append(ids, head)
	}
	pa.ids = ids
	return ids, len(ids) > 0
}

// inTitle reports a preposition inside a title before a name ("Secretary
// of State John Kerry"): between capitalised words that name no actor.
func inTitle(pa *para, s, e, i int) bool {
	if i == s || i == e || pa.toks.Text(i) != "of" {
		return false
	}
	return pa.toks.Word(i-1) && pa.toks.Cap(i-1) && pa.mentionAt(i-1) < 0 && pa.toks.Word(i+1) && pa.toks.Cap(i+1)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// personPronoun resolves "he" or "she" at byte off to the last subject
// when that is a person, or to the last person named, or "".
func (st *docState) personPronoun(pa *para, off int) string {
	if a := st.subjectActor(); a != nil && a.Kind == model.KindPerson {
		return a.ID
	}
	return st.ix.PersonBefore(st.d, pa.p, off)
}

// itPronoun resolves "it" to the last subject when that is a country,
// organisation or group, or to the affiliation of the last person subject,
// or "".
func (st *docState) itPronoun() string {
	a := st.subjectActor()
	if a == nil {
		return ""
	}
	if a.Kind != model.KindPerson {
		return a.ID
	}
	return a.Affiliation
}

// complementStart returns the first token of the statement after verb v.
func complementStart(pa *para, v int, vb verb) (int, bool) {
	toks := &pa.toks
	n := toks.Len()
	i := v + 1
	if i >= n {
		return 0, false
	}
	switch vb.need {
	case needFor:
		if toks.Text(i) != "for" {
			return 0, false
		}
		i++
	case needTo:
		if toks.Text(i) != "to" {
			return 0, false
		}
	}
	// "said on Tuesday that ...", "told reporters that ...": skip an
	// adverbial or an object before "that", but not a clause ("said it was
	// unacceptable that ...").
	that, brk := -1, -1
	reach := 6
	if told(toks.Text(v)) {
		reach = 10 // "told The Post and Courier newspaper of Charleston on Saturday that"
	}
	for k := i; k < n && k <= i+reach && pa.sent[k] == pa.sent[v]; k++ {
		w := toks.Text(k)
		if w == "that" {
			// "denied Mr Brown made that quote, and ...": a determiner, not a clause.
			if k > i && k+2 < n && toks.Word(k+1) && !toks.Word(k+2) && toks.Text(k+2) != "'" {
				break
			}
			that = k
			break
		}
		if !toks.Word(k) && w != "," || wordIs(w, stopWord|auxWord|pronounWord) || isBe(w) {
			brk = k
			break
		}
	}
	switch {
	case that >= 0:
		i = that + 1
	case told(toks.Text(v)) && brk > i && brk-i <= 3 && toks.Word(brk) && wordIs(toks.Text(brk), pronounWord) && toks.Text(brk) != "this":
		i = brk // "told POLITICO he planned to stay neutral"
	case told(toks.Text(v)) && audience(pa, i, v) > i:
		i = audience(pa, i, v) // "told reporters the plan would fail"
	case vb.need == needThat:
		return 0, false
	}
	if i >= n || pa.sent[i] != pa.sent[v] {
		return 0, false
	}
	// "said Tuesday he would ...", "said last night that ...": a time phrase
	// before the statement is not part of it.
	for k := i; k < n && k < i+3 && wordIs(toks.Text(k), timeWord) && !toks.Poss(k); k++ {
		if k+1 < n && pa.sent[k+1] == pa.sent[v] && toks.Word(k+1) && !wordIs(toks.Text(k+1), timeWord) {
			i = k + 1
			if toks.Text(i) == "that" && i+1 < n {
				i++
			}
			break
		}
	}
	// A new sentence the splitter missed ("... says. But he ...").
	if t := toks.Text(i); t == "But" || t == "And" || t == "However" {
		return 0, false
	}
	// "Crane said, the two candidates have ...": a comma before a clause.
	if toks.Text(i) == "," && i+2 < n && pa.sent[i+2] == pa.sent[v] && !pa.quoted[i+1] &&
		(wordIs(toks.Text(i+1), determinerWord|pronounWord) && toks.Text(i+1) != "this") {
		i++
	}
	// A direct quote follows: the quotes package has it.
	if t := toks.Text(i); t == "\"" || t == ":" || t == "," || t == "." {
		return 0, false
	}
	// "said in a statement Thursday they pulled ...": skip the adverbial to
	// the clause; "said at his monthly news conference." says where, not what.
	if that < 0 && wordIs(toks.Text(i), placeWord) && vb.need != needTo {
		k := i + 1
		for k < n && k <= i+8 && pa.sent[k] == pa.sent[v] && toks.Word(k) && !wordIs(toks.Text(k), pronounWord) {
			k++
		}
		if k < n && pa.sent[k] == pa.sent[v] && wordIs(toks.Text(k), pronounWord) {
			i = k
		} else if vb.lemma == "says" || wordIs(toks.Text(i), clausePrepWord) {
			return 0, false
		}
	}
	return i, true
}

func told(w string) bool { return w == "told" || w == "tells" }

// audiences are those a statement is told to ("told reporters").
var audiences = []string{"reporters", "journalists", "supporters", "lawmakers", "voters", "MPs", "delegates",
	"parliament", "Parliament", "Congress"}

// determiners open a noun phrase that may begin a clause.
var determiners = []string{"the", "a", "an", "his", "her", "their", "its", "our", "no", "all", "some", "most",
	"many"}

// audience returns the token after the audience that starts at i (a
// word of audiences or an actor's name), when a clause follows it, or i.
func audience(pa *para, i, v int) int {
	toks := &pa.toks
	j := i
	if wordIs(toks.Text(i), audienceWord) {
		j = i + 1
	} else {
		if toks.Text(j) == "the" || toks.Text(j) == "The" {
			j++
		}
		m := -1
		if j < toks.Len() {
			m = pa.mentionAt(j)
		}
		if m < 0 {
			return i
		}
		for j < toks.Len() && pa.mentionAt(j) == m {
			j++
		}
	}
	if j+2 >= toks.Len() || pa.sent[j+2] != pa.sent[v] || !toks.Word(j) {
		return i
	}
	if wordIs(toks.Text(j), determinerWord) || toks.Cap(j) && pa.mentionAt(j) >= 0 {
		return j
	}
	return i
}

// complementEnd returns the token after the statement that starts at s:
// the end of the sentence, or a clause break (";", ", which", ", who",
// ", according to", ", he said").
func complementEnd(pa *para, s int) int {
	toks := &pa.toks
	i := s
	for ; i < toks.Len() && pa.sent[i] == pa.sent[s]; i++ {
		t := toks.Text(i)
		if t == ";" {
			break
		}
		if t == "," && i+1 < toks.Len() {
			switch toks.Text(i + 1) {
			case "which", "who", "according", "but", "while", "although", "he", "she", "said":
				return i
			}
			if _, ok := participles[toks.Text(i+1)]; ok {
				return i // ", adding ...", ", saying ..."
			}
		}
	}
	// Drop the sentence's closing punctuation.
	for i > s && !toks.Word(i-1) && toks.Text(i-1) != "\"" {
		i--
	}
	return i
}

// shared handles "Those concerns are shared by Europe": the actors after
// "by" take the previous statement.
func (st *docState) shared(pa *para, v int) {
	if st.last == nil || v+2 >= pa.toks.Len() || pa.toks.Text(v+1) != "by" {
		return
	}
	k := v - 2
	for k >= pa.sent[v] && wordIs(pa.toks.Text(k), auxWord) {
		k--
	}
	if k < pa.sent[v] || !wordIs(pa.toks.Text(k), concernWord) {
		return
	}
	e := v + 2
	for e+1 < pa.toks.Len() && (pa.toks.Word(e+1) && pa.mentionAt(e+1) == pa.mentionAt(v+2) || pa.toks.Text(e+1) == "and") {
		e++
	}
	ids, ok := subjectActors(pa, v+2, e)
	if !ok {
		return
	}
	prev := *st.last
	cs, ce := pa.toks.Start(pa.sent[v]), pa.toks.End(e)
	for _, id := range ids {
		f := found{actor: id, verb: prev.verb, text: prev.text, doc: st.d, para: pa.p, start: cs}
		// Cite from the shared statement through the naming of the new actor.
		f.cite = st.doc.Cite(pa.p, cs, ce)
		if prev.doc == st.d && prev.para == pa.p {
			f.cite = st.doc.Cite(pa.p, prev.start, ce)
		}
		st.add(f)
	}
}

// participles report what the sentence's subject said after a comma
// ("Trump attacked Clinton, saying she was weak").
var participles = map[string]string{"saying": "says", "arguing": "argues", "noting": "says", "adding": "says",
	"claiming": "claims", "insisting": "insists", "suggesting": "suggests", "stressing": "says", "asserting": "says"}

// participle gives the statement after "..., saying" to the actor that
// opened its sentence.
func (st *docState) participle(pa *para, i int, lemma string) {
	a := st.subjectActor()
	if a == nil || st.subjectSent != pa.sent[i] || st.subjectPara != pa.p {
		return
	}
	start, ok := complementStart(pa, i, verb{lemma: lemma, need: needAny})
	if !ok {
		return
	}
	st.emit(pa, pa.one(a.ID), lemma, start, complementEnd(pa, start))
}

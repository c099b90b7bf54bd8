package numbers

import (
	"strings"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// counted finds the plural noun a figure counts in the words starting at
// token k: up to three modifiers then the head ("Syrian refugees",
// "observation posts"). It returns the head's token.
func (p *para) counted(k int) (int, bool) {
	for m := k; m < k+4; m++ {
		if !p.word(m) || (m > k && p.adjacent(m)) {
			return 0, false
		}
		w, c := p.lower(m), p.lex(m).class
		if c&(function|stops|auxiliaries|months) != 0 {
			return 0, false
		}
		if plural(w, c) && !capitalizedPart(p.str(m)) {
			return m, true
		}
		if strings.HasSuffix(w, "ly") || c&scaleWords != 0 {
			return 0, false
		}
	}
	return 0, false
}

// tail returns up to max words from token k on that say more about what a
// figure counts ("uprooted since the Syrian army began its offensive"),
// ending at punctuation, a conjunction or another figure and skipping
// auxiliary verbs.
func (p *para) tail(k, max int) []int {
	out := p.ints(max)
	for m := k; m < len(p.toks) && len(out) < max; m++ {
		if !p.word(m) {
			break
		}
		c := p.lex(m).class
		if c&(stops|vagueWords|scaleWords) != 0 {
			break
		}
		if c&auxiliaries != 0 {
			continue
		}
		if m == k && p.when(m) {
			break // "27 suspects on Monday", "$1bn in the quarter": when is not what
		}
		out = append(out, m)
	}
	return p.trimFunction(out)
}

// when reports whether the words from token m on say when rather than
// what: a preposition or "last"/"this"/"next" before a month, a weekday or
// a unit of time, with at most a determiner and a number between
// ("in October", "in the three months to June", "last year").
func (p *para) when(m int) bool {
	switch p.lower(m) {
	case "in", "on", "at", "by", "during", "since", "until", "over", "from", "for", "after", "before",
		"within", "throughout", "ahead", "last", "this", "next", "early", "late":
	default:
		return false
	}
	for k := m + 1; k <= m+5 && k < len(p.toks); k++ {
		w, c := p.lower(k), p.lex(k).class
		if c&months != 0 && p.capitalized(k) || c&(timeUnits|weekdays) != 0 || w == "quarter" || w == "period" ||
			w == "sessions" || w == "session" {
			return true
		}
		if c&(function|timeAdjectives) == 0 && !spelledSmall(w) && p.toks[k].kind != tNum {
			return false
		}
	}
	return false
}

// timeAdjectives come between a preposition and a unit of time ("in the
// past three sessions").
var timeAdjectives = set(`past last next previous coming first third fourth final same following recent current early late mid
	financial fiscal calendar whole entire full`)

// weekdays name days of the week.
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday weekend`)

// spelledSmall reports a spelled-out number below a hundred ("three").
func spelledSmall(w string) bool {
	_, ok := spelled[w]
	return ok && w != "a" && w != "an"
}

// before returns up to max words right before token i in its clause, for a
// figure that names no counted noun after it ("sales rose 2%").
func (p *para) before(i, max int) []int {
	out := p.ints(max)
	for m := i - 1; m >= 0 && len(out) < max; m-- {
		if !p.word(m) {
			if len(out) > 0 && !p.toks[m+1].space {
				out = out[:len(out)-1] // the tail of "AT&T", "Yahoo!'s"
			}
			break
		}
		e := p.lex(m) // no form is no word of the lists
		w, c := e.form, e.class
		if c&stops != 0 && w != "to" && w != "than" || w == "said" || w == "says" {
			break
		}
		if c&auxiliaries != 0 {
			continue
		}
		out = append(out, m)
	}
	out = p.wholeStart(out)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	for len(out) > 0 && p.in(out[0], function) {
		out = out[1:]
	}
	return p.trimFunction(out)
}

// trimFunction drops determiners and prepositions left dangling at the end.
func (p *para) trimFunction(ws []int) []int {
	for len(ws) > 0 {
		if c := p.lex(ws[len(ws)-1]).class; c&particles != 0 || c&(function|stops) == 0 {
			break
		}
		ws = ws[:len(ws)-1]
	}
	return ws
}

// antecedent handles "one of 12 that ...": a figure after "one of", "some
// of", ... with no noun of its own counts the noun phrase that opens the
// sentence ("The military observation post ... is one of 12"). It returns
// that phrase with its head made plural.
func (p *para) antecedent(f figure) (string, bool) {
	if p.lower(f.first-1) != "of" || !p.word(f.first-2) {
		return "", false
	}
	switch p.lower(f.first - 2) {
	case "one", "two", "three", "some", "all", "each", "none", "most", "many", "several", "any", "both", "among":
	default:
		return "", false
	}
	s := f.first - 2
	for s > 0 && !p.sentenceStart(s) {
		s--
	}
	for p.word(s) && p.in(s, function) {
		s++
	}
	var words []string
	for m := s; m < f.first-2 && len(words) < 4; m++ {
		if !p.word(m) || p.in(m, function|stops|auxiliaries|near) {
			break
		}
		words = append(words, p.str(m))
	}
	if len(words) == 0 {
		return "", false
	}
	last := len(words) - 1
	words[last] = pluralize(strings.ToLower(words[last]))
	return strings.Join(words, " "), true
}

// particles complete a verb at the end of a phrase ("turned up").
var particles = set(`up down out off`)

// near are prepositions not in the function list that end a subject
// noun phrase.
var near = set(`near beside behind along across inside outside within beyond toward towards`)

// clauseBreaks are the punctuation marks that start a new clause.
var clauseBreaks = set(`, ; : ( ) " — – [`)

// actor picks the actor a figure concerns: the first actor named in its
// clause before it (the clause's subject, as in "The United Nations says
// more than 500,000 ..."), else the last one named in what it counts
// ("refugees in Turkey"), else none.
func (p *para) actor(ix *actors.Index, ms []actors.Mention, it item, pg *source.Paragraph) string {
	if len(ms) == 0 {
		return ""
	}
	at := p.toks[it.from].start
	ss := 0
	for _, sp := range pg.Sentences {
		if sp.Start <= at && at < sp.End {
			ss = sp.Start
		}
	}
	cs := ss
	for m := it.from - 1; m >= 0 && p.toks[m].start >= ss; m-- {
		if p.toks[m].kind == tPunct && p.in(m, clauseBreaks) {
			cs = p.toks[m].end
			break
		}
	}
	for _, mn := range ms {
		if mn.Start >= cs && mn.End <= at {
			return mn.Actor
		}
	}
	if len(it.what) > 0 {
		ws, we := p.toks[it.what[0]].start, p.toks[it.what[len(it.what)-1]].end
		pick := ""
		for k, mn := range ms {
			if mn.Start < ws || mn.End > we || mn.Start <= at {
				continue
			}
			// "the al-Qaeda linked Hayat Tahrir al-Sham": a name right
			// before another one modifies it.
			modifier := k+1 < len(ms) && ms[k+1].Start >= mn.End && ms[k+1].End <= we &&
				len(strings.Fields(p.text[mn.End:ms[k+1].Start])) <= 1
			if !demonym(ix, mn) && !modifier {
				return mn.Actor
			}
			if pick == "" {
				pick = mn.Actor
			}
		}
		return pick
	}
	return ""
}

// demonym reports a country named by its adjective ("Syrian refugees"),
// which says less about whom a figure concerns than a named place or body
// ("refugees in Turkey").
func demonym(ix *actors.Index, mn actors.Mention) bool {
	a := ix.ActorOf(mn)
	if a == nil || a.Kind != model.KindCountry || a.Name == mn.Form {
		return false
	}
	for _, suf := range []string{"an", "ish", "ese", "i", "ch"} {
		if strings.HasSuffix(mn.Form, suf) {
			return true
		}
	}
	return false
}

// sentence returns the sentence of pg holding byte at, trimmed.
func sentence(pg *source.Paragraph, at int) string {
	for _, sp := range pg.Sentences {
		if sp.Start <= at && at < sp.End && sp.End <= len(pg.Text) {
			return strings.TrimSpace(pg.Text[sp.Start:sp.End])
		}
	}
	return strings.TrimSpace(pg.Text)
}

// capitalizedPart reports a hyphenated word whose last part is a name
// ("pro-Sanders"): it is not a plural noun.
func capitalizedPart(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i >= 0 && i+1 < len(w) && w[i+1] >= 'A' && w[i+1] <= 'Z'
}

// wholeStart drops the first word of a phrase gathered backwards (its
// last element) when that word is the tail of a longer one cut by the
// length limit ("bn" of "$3bn").
func (p *para) wholeStart(out []int) []int {
	if n := len(out); n > 0 && p.adjacent(out[n-1]) {
		return out[:n-1]
	}
	return out
}

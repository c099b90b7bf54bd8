package numbers

import (
	"strings"

	"briefing/briefing/model"
)

// This file says what a share or a sum of money counts. Such a figure
// seldom has a noun of its own after it, so the phrase is found by these
// rules, in order:
//
//   - "N% of X": the noun phrase after "of" ("of Idlib controlled by ...").
//   - After a verb of change or level ("Shares in Virgin Blue plunged 20%",
//     "the euro was up 0.9%", "the rate stayed at 5.4%", "sales rose by
//     5%"): the subject and the verb, without the phrase after the figure,
//     which says when or why ("in afternoon trade", "after it warned").
//   - A noun or participle right after the figure ("a 6% rise in profits",
//     "£1.34bn spent on games"): that phrase.
//   - A preposition right after the figure: for money, the clause's words
//     before the figure joined to the phrase ("spend on schools", "raised
//     from investors"); for a share, the words before it alone, since the
//     phrase says when or where ("grew 2.6% in Europe").
//   - Nothing said: the words before the figure in its clause.
//
// A figure given as the base of a comparison ("down from the third
// quarter's 5.1%") or with nothing said about it ("$701m" converting "537m
// euros") takes the phrase of the figure of the same kind before it in its
// sentence (see sameKind).

// changeVerbs are verbs of change or level that a figure completes ("rose
// 5%", "stood at 5.4%"), with "up" and "down" as in "the Nikkei down 1%".
var changeVerbs = set(`grew grow grows growing grown rose rise rises rising risen fell fall falls falling fallen
	dropped drop drops dropping declined decline declines declining slipped slip slips slid slide slides
	plunged plunge plunges plummeted plummets tumbled tumble tumbles jumped jump jumps leapt leaped leaps
	soared soar soars surged surge surges climbed climb climbs gained gain gains lost loses shed sheds
	edged eased eases dipped dips sank sink sinks shrank shrunk shrinks slumped slump slumps
	increased increase increases decreased decrease decreases cut cuts lowered
	reduced reduce reduces trimmed slashed boosted lifted hit hits reached reach reaches stood stands stand
	stayed stay stays remained remain remains expanded expands contracted contracts widened narrowed
	totalled totaled totals amounted amounts rebounded rebounds recovered advanced advances retreated
	added adds firmed weakened strengthened crashed spiked peaked averaged averages
	up down higher lower`)

// changeLinks come between a verb of change and its figure ("rose by 5%",
// "stood at 5.4%", "fell to $39", "up from 3%").
var changeLinks = set(`by to at from`)

// moneyPreps open a phrase after a sum that says what the money is for or
// from ("spend £300m on schools", "raised $40m from investors").
var moneyPreps = set(`on for into in from towards toward`)

// comparisons mark the base a figure is compared with ("down from 5%").
var comparisons = set(`from than against versus compared`)

// shareOrMoney returns the tokens saying what a percentage or a sum of
// money counts, given the token after the figure, and whether the figure
// is the base of a comparison.
func (p *para) shareOrMoney(it *item, next int) ([]int, bool) {
	ws, base := p.shareOrMoneyWords(it, next)
	// Never open on a preposition other than the "per" of a rate, a
	// conjunction or "to": "to report a drop in profits", "in the accounts".
	for len(ws) > 0 && (p.in(ws[0], function) && p.lower(ws[0]) != "per" || p.in(ws[0], stops)) {
		ws = ws[1:]
	}
	return ws, base
}

func (p *para) shareOrMoneyWords(it *item, next int) ([]int, bool) {
	if p.lower(next) == "of" {
		if w := p.subjectEnd(p.tail(next+1, 10)); len(w) > 0 {
			return w, false
		}
		// "47% of the £1.34bn spent on games": what the inner figure counts.
		k := next + 1
		for p.word(k) && p.in(k, function) {
			k++
		}
		if k < len(p.toks) {
			if f2, ok := p.parseFigure(k); ok {
				if w := p.tail(f2.last+1, 10); len(w) > 0 {
					return w, false
				}
			}
		}
	}
	v := it.from - 1
	if p.in(v, changeLinks) {
		v--
	}
	if p.word(v) && p.in(v, changeVerbs) && !p.capitalized(v) {
		if w := p.subjectVerb(v); len(w) > 1 {
			return w, false
		}
		// No subject right before the verb ("a club that is growing by
		// 13% annually"): the clause's words before the figure.
		if w := p.before(it.from, 10); len(w) > 0 {
			return w, false
		}
	}
	// "from £2.50 to £4 a leg", "up 4.3% to £1.97bn": a figure joined to
	// the one before it says the same thing.
	base := p.in(it.from-1, changeLinks) && it.from >= 2 && !p.word(it.from-2)
	for m := it.from - 1; m >= it.from-5 && p.word(m) && !base; m-- {
		if p.in(m, comparisons) {
			base = true
			break
		}
	}
	// "prices are about 50% higher than a year ago": the subject, the verb
	// and the comparison.
	if p.in(next, comparatives) && p.in(it.from-1, auxiliaries) {
		if w := p.subjectVerb(it.from - 1); len(w) > 1 {
			return append(w, next), false
		}
	}
	if p.word(next) && !p.in(next, function) {
		if w := p.subjectEnd(p.tail(next, 10)); len(w) > 0 {
			return w, false
		}
	}
	if p.word(next) && p.in(next, function|stops) && p.lower(next) != "of" {
		lead := p.before(it.from, 10)
		verb := p.word(it.from-1) && !p.in(it.from-1, function|stops)
		tail := p.tail(next, 8)
		switch {
		case len(tail) < 2:
		case p.lower(next) == "per":
			// A rate: "the average price was £1.18 per gigajoule", "1.31
			// euros per US dollar".
			if verb || p.lower(it.from-1) == "just" {
				if len(lead) > 4 {
					lead = lead[len(lead)-4:]
				}
				return append(lead, tail...), false
			}
			return tail, false
		case it.f.currency != "" && p.in(next, moneyPreps) && verb:
			// "spend £300m on schools": the verb and its object.
			if len(lead) > 4 {
				lead = lead[len(lead)-4:]
				for len(lead) > 0 && p.in(lead[0], function) {
					lead = lead[1:]
				}
			}
			return append(lead, tail...), base
		case !verb && (base || len(lead) == 0):
			// "compared with 12.1% in Germany", "38% in Spain, 15.6% in
			// Italy": the place or thing the phrase names.
			for len(tail) > 0 && p.in(tail[0], function) {
				tail = tail[1:]
			}
			if len(tail) > 0 {
				return tail, base && len(lead) == 0
			}
		}
		return lead, base
	}
	return p.before(it.from, 10), base
}

// sameKind returns the phrase of the last figure in prev with the same
// unit kind as unit (a share, or any currency); else what, or when what is
// empty the phrase of the last figure in prev of any kind.
func sameKind(prev []model.Number, unit, what string) string {
	money := currencyUnit(unit)
	for k := len(prev) - 1; k >= 0; k-- {
		n := &prev[k]
		if n.What == "" {
			continue
		}
		if money && currencyUnit(n.Unit) || !money && n.Unit == unit {
			return n.What
		}
	}
	if what != "" {
		return what
	}
	// "up 4.3% to £1.97bn", "£1.34bn in 2004, almost 7% more": a figure
	// with nothing said of it continues the one before it.
	for k := len(prev) - 1; k >= 0; k-- {
		if prev[k].What != "" {
			return prev[k].What
		}
	}
	return what
}

// currencyUnit reports an ISO currency code.
func currencyUnit(u string) bool {
	return len(u) == 3 && u[0] >= 'A' && u[0] <= 'Z' && u[1] >= 'A' && u[1] <= 'Z' && u[2] >= 'A' && u[2] <= 'Z'
}

// determiners open a noun phrase: walking back from a verb, the subject
// starts after them.
var determiners = set(`the a an its their his her our your my this these those that`)

// subjectVerb returns verb v and the noun phrase before it that is its
// subject ("Shares in Virgin Blue plunged", "the Nikkei down", "the
// company share price was down"), skipping auxiliaries. The phrase ends at
// a determiner, punctuation, a conjunction or a preposition, except "of"
// and a preposition before a name ("shares in GM").
func (p *para) subjectVerb(v int) []int {
	out := append(p.ints(12), v)
	for m := v - 1; m >= 0 && len(out) < 10; m-- {
		if p.toks[m].kind == tNum && p.toks[m].space && p.in(m-1, innerPreps) && p.word(m-2) {
			// "pre-tax profits for 2004 rose"
			out = append(out, m, m-1)
			m--
			continue
		}
		if !p.word(m) {
			if !p.toks[m+1].space && len(out) > 1 {
				out = out[:len(out)-1] // the tail of "AT&T"
			}
			break
		}
		e := p.lex(m) // no form is no word of the lists
		w, c := e.form, e.class
		if c&relatives != 0 && len(out) == 1 && p.word(m-1) && !p.in(m-1, function|stops) {
			// "sales which fell 8%": the noun the clause is about.
			out = append(out, m)
			continue
		}
		if c&determiners != 0 && p.in(m-1, innerPreps) && p.word(m-2) && !p.in(m-2, function|stops) {
			// "Turnover for the quarter was up": the determiner opens a
			// phrase inside the subject.
			out = append(out, m, m-1)
			m--
			continue
		}
		if c&(stops|determiners) != 0 || w == "said" || w == "says" {
			break
		}
		if c&auxiliaries != 0 {
			continue
		}
		if c&function != 0 && w != "of" && !(len(out) > 0 && p.capitalized(out[len(out)-1]) && c&particles == 0) {
			break
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
	return out
}

// innerPreps join a phrase to the noun before it inside a subject ("sales
// of the firm", "turnover for the quarter").
var innerPreps = set(`of for in`)

// subjectEnd cuts a phrase after a figure where tail skipped an auxiliary
// inside it that opens the sentence's predicate: "£1.34bn spent on games
// was a record", "70% of people would reveal their password" say what the
// figure counts up to the auxiliary. A passive or perfect participle after
// it stays ("60 percent of Idlib is controlled by", "the £35bn he has
// earmarked").
func (p *para) subjectEnd(ws []int) []int {
	for i := 1; i < len(ws); i++ {
		if ws[i] != ws[i-1]+1 && !participle(p.lower(ws[i])) {
			return p.trimFunction(ws[:i])
		}
	}
	return ws
}

// participle reports a past participle: regular ("controlled"), in -en
// ("taken") or a common irregular one.
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || in(w, irregularParticiples)
}

var irregularParticiples = set(`paid sold made spent built cut set put hit lost won kept held brought bought
	sent lent left found told thought caught taught run shut split spread struck`)

// comparatives after a figure compare it ("50% higher than").
var comparatives = set(`higher lower more less bigger smaller larger cheaper dearer greater`)

// relatives open a clause about the noun before them ("sales which fell").
var relatives = set(`which that who`)

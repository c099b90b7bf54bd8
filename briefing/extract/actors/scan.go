package actors

import (
	"strings"

	"briefing/briefing/source"
)

// run is one proper-noun sequence found in a paragraph, with the title,
// honorific and nationality words before it peeled off. The runs of every
// document are kept until the index is built, so a run holds only what
// pass two reads and, for the gathering, its evidence as bits (cues).
type run struct {
	c    *cand     // the candidate gathered for key (set by gather), nil if none
	x    *runExtra // the words found around few names, nil for none
	key  string    // matchKey of form (set by the caller of scanTokens)
	form string    // the name as written ("Recep Tayyip Erdogan", "Mr. Putin" -> "Putin")
	prev string    // the word before the name
	// int32 keeps a run small: runs are many, and every pass reads them all.
	para       int32
	start, end int32 // byte span of the name itself
	ent        int32 // 1 + the entity the key names, once known
	ntok       int32 // number of name tokens
	sameDoc    int32 // the document of an earlier run with the same form,
	same       int32 // 1 + that run's index in its document's runs, 0 for none
	cues       cue   // what the words in and around the name say
	// The flags come last, together, so that they share words.
	honor     bool // an honorific came first ("Mr.")
	sentInit  bool // the name opens a sentence (its capital may not be a name's)
	group     bool // the sentence speaks of militants, rebels, jihadists
	militant  bool // the paragraph speaks of militants and the name has no sign of a person
	roleOnly  bool // a title with no name ("The Russian President"): resolve by role
	affilOnly bool // an organisation word before the name, no title ("Tory Liam Fox")
	weakTitle bool // the title is in lower case before the name ("market leader Nintendo")
	nameLike  bool // no word of key is seen in lower case in the document (set by pass one)
}

// runExtra holds what few runs have (a title, a nationality, an
// affiliation or an acronym), so that the many runs without stay small.
type runExtra struct {
	title   string // display title found before the name ("President")
	country string // alpha2 of a nationality before the title ("Turkish President")
	affil   string // form of an organisation or country before a lower-case title ("Kremlin spokesman")
	acronym string // an abbreviation in parentheses right after ("HTS")
	// The byte span of the nationality word before a title, if any.
	cstart, cend int32
}

func (r *run) title() string {
	if r.x == nil {
		return ""
	}
	return r.x.title
}

func (r *run) country() string {
	if r.x == nil {
		return ""
	}
	return r.x.country
}

func (r *run) acronym() string {
	if r.x == nil {
		return ""
	}
	return r.x.acronym
}

// extra returns r's extra words, carving them from sc.extras on first use.
func (sc *docScan) extra(r *run) *runExtra {
	if r.x == nil {
		// Never appended beyond its capacity, so that the pointers
		// handed out stay valid; chunks grow from a few (for Resolve)
		// to 256.
		if len(sc.extras) == cap(sc.extras) {
			sc.extras = make([]runExtra, 0, min(max(2*cap(sc.extras), 4), 256))
		}
		sc.extras = append(sc.extras, runExtra{})
		r.x = &sc.extras[len(sc.extras)-1]
	}
	return r.x
}

// cue is a set of the word-list facts about a run's words that the
// gathering counts as evidence.
type cue uint16

const (
	cueFirstName   cue = 1 << iota // the name opens with a first name
	cueLaw                         // it ends like a law ("Act", "Treaty")
	cueOrgHead                     // it ends like an organisation ("Party", "Bank")
	cueGroupHead                   // it ends like an armed group ("Front", "Brigade")
	cueOrgNoun                     // an organisation noun before it ("oil firm Yukos")
	cuePlace                       // a place preposition or noun before it ("in", "the town of")
	cueReport                      // a reporting verb after it ("said")
	cueWorkNoun                    // a work's noun before it ("the film Ray")
	cueProductNoun                 // a product's noun after it ("the Harry Potter games")
)

// demRef is a nationality word that stands for its country's government
// ("the Turkish military", "Syrian forces", "Turkish-backed").
type demRef struct {
	para, start, end int
	a2               string
}

// institution nouns after a nationality word make it the country's state.
var institutions = set("army", "military", "forces", "troops", "government", "regime", "officials", "official",
	"authorities", "navy", "police", "state", "leadership", "delegation", "embassy", "parliament", "ministry",
	"administration", "diplomats", "diplomat", "side", "counterpart", "soldiers", "air", "warplanes", "jets",
	"intelligence", "security", "president", "minister", "leader", "prime", "foreign", "defence", "defense",
	"spokesman", "spokeswoman", "envoy", "ambassador", "courts", "prosecutors", "regulators", "central", "treasury")

// titleTails end an office named by its portfolio ("Education Secretary",
// "Shadow Home Secretary", "Trade Minister").
var titleTails = set("Secretary", "Minister", "Chancellor", "Spokesman", "Spokeswoman", "Commissioner", "Envoy")

// titleEnds are last words of multi-word lower-case titles ("chief
// executive", "foreign minister").
var titleEnds = set("executive", "minister", "secretary", "officer", "director", "president", "leader", "general")

// portfolios are the subjects of ministries and agencies, the words that
// "and" joins inside an organisation's name ("Health and Safety Executive").
var portfolios = set("Health", "Safety", "Trade", "Industry", "Securities", "Exchange", "Customs", "Excise",
	"Culture", "Media", "Sport", "Work", "Pensions", "Environment", "Food", "Rural", "Education", "Skills",
	"Science", "Technology", "Energy", "Transport", "Commerce", "Justice", "Defence", "Foreign", "Home",
	"Housing", "Development", "Research", "Arts", "Communities", "Business", "Enterprise", "Regulatory",
	"Public", "Commercial", "Fire", "Rescue", "Marine", "Fisheries", "Agriculture", "Labor", "Labour", "Social")

// agencies in parentheses after a place are datelines ("PHILADELPHIA (AP)").
var agencies = set("AP", "AFP", "UPI", "PA", "DPA", "ANSA", "EFE", "CNN", "BBC")

// dateWords never end a name.
var dateWords = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
	"February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

// connectors join name words ("Bashar al-Assad", "Osama bin Laden",
// "Bank of England").
var connectors = set("al", "bin", "ibn", "de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "dos", "del", "el", "abu")

// paraTokens is a paragraph's text with its tokens.
type paraTokens struct {
	text  string
	toks  []keptToken
	opens []int32 // the tokens that may open a name (scanTokens's, kept for reuse)
}

// str returns the text of token i.
func (p *paraTokens) str(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

// punct reports whether token i is the one byte c (a ":", "(" or ","):
// str(i) == string(c) without slicing the text, for checks done on most
// capitalised words.
func (p *paraTokens) punct(i int, c byte) bool {
	t := p.toks[i]
	return t.end == t.start+1 && p.text[t.start] == c
}

// docScan holds what pass one found in one document.
type docScan struct {
	runs   []run
	dems   []demRef
	extras []runExtra // where the runs' extras are carved from (see extra)
}

// scanParagraph finds the name runs and nationality references of one
// paragraph, given its tokens. known reports whether a sentence-initial
// word is a name.
func scanParagraph(g *geoTables, pi int, p *source.Paragraph, toks []Token, known func(*Token) bool, out *docScan) {
	kt := make([]keptToken, len(toks))
	for i := range toks {
		kt[i] = toks[i].kept()
	}
	n := len(out.runs)
	scanTokens(g, pi, &paraTokens{text: p.Text, toks: kt}, func(_ *paraTokens, i int) bool { return known(&toks[i]) }, out)
	for k := n; k < len(out.runs); k++ {
		out.runs[k].key = matchKey(out.runs[k].form)
	}
}

// scanTokens is scanParagraph for the paragraph's tokens as pass one has
// them, but leaves the runs' keys to the caller. known reports whether the
// sentence-initial word pt.toks[i] is a name.
func scanTokens(g *geoTables, pi int, pt *paraTokens, known func(pt *paraTokens, i int) bool, out *docScan) {
	talk := 0 // 0 unknown, 1 no, 2 the paragraph speaks of militants
	toks := pt.toks
	// A name opens with a capitalised word or a connector ("al Qaeda"):
	// this loop notes those, so that the one finding names visits only them.
	opens := pt.opens[:0]
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// One test passes over punctuation, which has no flags, and
		// lower-case words alike: a branch the text decides costs
		// most when mispredicted.
		if t.flags&(kCap|kDigit|uint32(fConnector)) == 0 {
			continue
		}
		if t.flags&(kCap|kDigit) == 0 {
			// A connector. Every pattern below starts with a
			// capital ("7Image:" with a digit).
			opens = append(opens, int32(i))
			continue
		}
		w := pt.str(i)
		// Image credits and photographers are source metadata.
		if i+1 < len(toks) && pt.punct(i+1, ':') &&
			(strings.HasSuffix(w, "Image") || w == "Photo" || w == "Credit" || w == "Picture") {
			toks = toks[:i]
			pt.toks = toks
			break
		}
		if t.flags&kDigit == 0 {
			opens = append(opens, int32(i))
		}
		// Nationality used for a state: "Syrian forces", "Turkish-backed".
		if a2 := demonymOf(g, pt, i); a2 != "" {
			if i+1 < len(toks) && toks[i+1].has(kWord) && !toks[i+1].has(kCap) && toks[i+1].is(fInstitution) {
				out.dems = append(out.dems, demRef{para: pi, start: int(t.start), end: int(t.end), a2: a2})
				roleRef(pt, i, a2, pi, out)
			}
		} else if w[len(w)-1] == 'd' {
			// Every suffix below ends in d: the last byte rules out
			// most words before they are searched for a hyphen.
			if k := strings.IndexByte(w, '-'); k > 0 {
				if a2 := g.demonym[w[:k]]; a2 != "" {
					suf := w[k+1:]
					if suf == "backed" || suf == "led" || suf == "funded" || suf == "sponsored" {
						out.dems = append(out.dems, demRef{para: pi, start: int(t.start), end: int(t.start) + k, a2: a2})
					}
				}
			}
		}
		if t.has(kPoss) && t.is(fCountry) {
			if a2 := g.byName[w]; a2 != "" {
				roleRef(pt, i, a2, pi, out) // "Turkey's president"
			}
		}
	}
	pt.opens = opens
	next := 0 // the tokens before next are in a run found already
	for _, o := range opens {
		i := int(o)
		if i < next || !startsName(pt, i) {
			continue
		}
		j := i
		for j < len(toks) && continuesName(pt, j, i) {
			j++
			if toks[j-1].has(kPoss) {
				break
			}
		}
		if j == i {
			continue
		}
		// The run is filled in where it is kept: a run is too large to
		// copy around.
		out.runs = append(out.runs, run{para: int32(pi)})
		r := &out.runs[len(out.runs)-1]
		ok := peel(g, pt, i, j, known, r, out)
		i, next = j-1, j
		if !ok {
			out.runs = out.runs[:len(out.runs)-1]
			continue
		}
		// Whether the paragraph speaks of militants matters only for names
		// with no sign of a person; look once per paragraph.
		if r.title() == "" && !r.honor && r.cues&cueFirstName == 0 {
			if talk == 0 {
				talk = 1
				if groupTalk(pt) {
					talk = 2
				}
			}
			r.militant = talk == 2
		}
		if i+1 < len(toks) && pt.punct(i+1, '(') && i+3 < len(toks) && pt.punct(i+3, ')') && toks[i+2].has(kUpper) && !toks[i].has(kUpper) && !has(agencies, pt.str(i+2)) {
			out.extra(r).acronym = pt.str(i + 2)
			r.group = groupTalk(pt)
			next = j + 3 // the acronym at its definition is not a second mention
		}
		if r.title() == "" && !r.roleOnly && j < len(toks) && pt.punct(j, ',') {
			appositive(g, pt, j+1, r, out)
		}
	}
}

func startsName(pt *paraTokens, i int) bool {
	toks := pt.toks
	t := &toks[i]
	if t.has(kDigit) {
		return false
	}
	if t.has(kCap) {
		return !contractedI(pt.str(i)) // its "I" has a capital
	}
	// "al Qaeda", "bin Laden" open a name when a capitalised word follows.
	return t.is(fConnector) && i+1 < len(toks) && toks[i+1].has(kCap) && int(toks[i+1].start) == int(t.end)+1
}

// contractedI reports the pronoun I with a verb ("I'd", "I’ve"): never a
// name's word ("Like Kevin I'd like to see ...").
func contractedI(w string) bool {
	if len(w) < 3 || w[0] != 'I' {
		return false
	}
	switch w[1:] {
	case "'d", "'m", "'ve", "'ll", "’d", "’m", "’ve", "’ll":
		return true
	}
	return false
}

// continuesName reports whether toks[j] belongs to the run opened at i.
func continuesName(pt *paraTokens, j, i int) bool {
	toks := pt.toks
	t := &toks[j]
	if !t.has(kWord) || t.has(kDigit) || t.has(kCap) && contractedI(pt.str(j)) {
		return false
	}
	if j > i && int(toks[j-1].end)+1 != int(t.start) && toks[j-1].end != t.start {
		return false // punctuation or a line of its own in between
	}
	if t.has(kCap) {
		return j == i || !t.has(kSentStart) && !t.is(fFunc)
	}
	if j+1 >= len(toks) || !toks[j+1].has(kCap) || toks[j+1].has(kDigit) {
		return false
	}
	if t.is(fConnector) {
		return true
	}
	w := pt.str(j)
	// "Bank of England", "Secretary of State": "of" after an organisation or title word.
	if w == "of" && j > i && toks[j-1].is(fOrgHead|fTitle) {
		return true
	}
	// "Securities and Exchange Commission", "Office for National Statistics";
	// "and" only after a portfolio word, not between two names ("Fiat and
	// General Motors").
	if w == "and" && !has(portfolios, pt.str(j-1)) {
		return false
	}
	if (w == "and" || w == "for" || w == "of") && j > i {
		if toks[j-1].is(fOrgHead) && w != "and" {
			return true // "Office for ...", "Association of ..."
		}
		k := j + 1
		for k < len(toks) && toks[k].has(kCap) && !toks[k].has(kDigit) && int(toks[k].start) <= int(toks[k-1].end)+1 {
			k++
		}
		return toks[k-1].is(fOrgHead)
	}
	return false
}

// peel strips nationality, honorific and title words off toks[i:j] of the
// paragraph text and fills in the name run r of sc; it reports false when
// nothing name-like is left.
func peel(g *geoTables, pt *paraTokens, i, j int, known func(*paraTokens, int) bool, r *run, sc *docScan) bool {
	toks := pt.toks
	r.sentInit = toks[i].has(kSentStart)
	i0, j0 := i, j
	prev := -1 // the token of r.prev
	if i > 0 && toks[i-1].has(kWord) {
		prev = i - 1
		r.prev = pt.str(prev)
	}
	// A sentence-opening word counts only if known to be a name.
	// A lone unknown word stays: it may be a surname named in full elsewhere
	// ("Putin said ..."); classification decides.
	for i < j && (toks[i].is(fCommon) || toks[i].has(kSentStart) && j-i > 1 && !known(pt, i)) {
		if ti, _, ok := matchTitle(pt, i, j); ok && ti > i {
			break
		}
		i++
		r.sentInit = false
	}
	// "secretary of State Hillary Clinton": the run opens inside a title.
	if i == i0 && i >= 2 && j-i > 1 && pt.str(i-1) == "of" && !toks[i-2].has(kCap) {
		if t := titleSpan(pt, i-2, i+1, true); t != "" {
			sc.extra(r).title = t
			i++
		}
	}
	// An organisation's name run into a person's: "Fox News Sean Hannity".
	for m := i + 1; m+2 < j+1 && m+1 < j; m++ {
		if toks[m].is(fOrgHead) && toks[m+1].is(fFirst) {
			sc.extra(r).affil, r.affilOnly = joinText(pt, i, m+1), true
			i = m + 1
			break
		}
	}
	for i < j {
		t, w := &toks[i], pt.str(i)
		// "Turkish President ...", not "British Airways".
		if a2 := demonymOf(g, pt, i); a2 != "" && i+1 < j && demonymHead(pt, i+1, j) {
			x := sc.extra(r)
			x.country = a2
			x.cstart, x.cend = int32(t.start), int32(t.end)
			i++
			continue
		}
		if t.has(kPoss) && t.is(fCountry) && i+1 < j {
			if a2, ok := g.byName[w]; ok {
				sc.extra(r).country = a2
				i++
				continue
			}
		}
		if i+2 < j && g.places[w] {
			if k, title, ok := matchTitle(pt, i+1, j); ok && k < j {
				x := sc.extra(r)
				x.title, x.affil = title, w // "Texas Senator Ted Cruz"
				i = k
				continue
			}
		}
		if t.is(fOrgForm) && orgForms[w].kind == "organization" && i+1 < j && toks[i+1].is(fFirst) {
			sc.extra(r).affil = w
			r.affilOnly = true
			i++
			continue
		}
		if k, title, ok := matchTitle(pt, i, j); ok && !(k == j-1 && toks[k].is(fOrgHead)) {
			sc.extra(r).title = title
			i = ofTitle(pt, k, j)
			continue
		}
		if t.is(fHonor) && i+1 < j {
			r.honor = true
			i++
			continue
		}
		break
	}
	// A title inside the run after a body's or a place's name, before a
	// first name: "House Speaker Newt Gingrich", "U.N. Ambassador John
	// Bolton". The words before the title are the affiliation.
	if r.title() == "" && !r.honor && !r.affilOnly && j-i >= 4 {
		for m := i + 1; m+2 < j+1; m++ {
			if !toks[m].has(kCap) || !toks[m].is(fTitle|fTitleHead|fTitleTail) {
				continue
			}
			if k, title, ok := matchTitle(pt, m, j); ok && k < j-1 && toks[k].is(fFirst) {
				x := sc.extra(r)
				x.title, x.affil = title, joinText(pt, i, m)
				i = k
				break
			}
		}
	}
	if i == j {
		// Title without a name: "The Russian President".
		if r.title() != "" && r.country() != "" {
			r.roleOnly = true
			r.start, r.end = r.x.cstart, int32(toks[j-1].end)
			return true
		}
		return false
	}
	if r.title() == "" && !r.affilOnly {
		if title, affil := titleBefore(pt, i0); title != "" {
			x := sc.extra(r)
			x.title, x.affil = title, affil
			r.weakTitle = true
		}
	}
	for j-1 > i && toks[j-1].is(fDateWord) {
		j-- // "Syria September": a date word is not part of the name
	}
	r.start, r.end = int32(toks[i].start), int32(toks[j-1].end)
	r.ntok = int32(j - i)
	r.form = spanText(pt, i, j)
	if prev < 0 && i > 0 && toks[i-1].has(kWord) {
		prev = i - 1
		r.prev = pt.str(prev)
	}
	r.cues = runCues(g, pt, i, j, j0, prev)
	return true
}

// runCues reads the evidence about the name toks[i:j] from its words and
// the words around it: prev is the word before the run as peel found it
// (-1 for none), and j0 the run's end before date words were dropped.
func runCues(g *geoTables, pt *paraTokens, i, j, j0, prev int) cue {
	toks := pt.toks
	var prevLex lexFlag // the flags of the token right before the name
	if i > 0 {
		prevLex = toks[i-1].lex()
	}
	var c cue
	first, last := &toks[i], &toks[j-1]
	if first.is(fFirst) {
		c |= cueFirstName
	}
	if last.is(fLaw) {
		c |= cueLaw
	}
	if last.is(fOrgHead) {
		c |= cueOrgHead
	}
	if last.is(fGroupHead) {
		c |= cueGroupHead
	}
	if j < len(toks) && toks[j].is(fReport) {
		c |= cueReport
	}
	// The word before, in lower case unless the word lists know it as
	// written ("Firm" opening a sentence is "firm").
	if prev >= 0 {
		f := toks[prev].lex()
		if w := pt.str(prev); prevLex&listed == 0 && w[0] >= 'A' && w[0] <= 'Z' {
			f = g.lookup(strings.ToLower(w))
		}
		if f&fOrgNoun != 0 {
			c |= cueOrgNoun
		}
		if f&fPlacePrep != 0 {
			c |= cuePlace
		}
	}
	if prevLex&(fPlacePrep|fLocNoun) != 0 {
		c |= cuePlace
	}
	// The noun before must be written in lower case: "Total Film's
	// Jamie Graham" names a magazine's critic.
	if prev >= 0 && toks[prev].is(fWorkNoun) {
		c |= cueWorkNoun
	}
	if j0 < len(toks) && toks[j0].has(kWord) && toks[j0].is(fProductNoun) {
		c |= cueProductNoun
	}
	return c
}

// matchTitle matches a one- to three-word title at toks[i:], within the run
// end j; it returns the index after it and the title's display form.
func matchTitle(pt *paraTokens, i, j int) (int, string, bool) {
	toks := pt.toks
	best, title := -1, ""
	// A portfolio title: "Education Secretary", "Shadow Home Secretary".
	if !toks[i].is(fFirst | fCommon | fFunc) {
		for k := i + 2; k < j && k <= i+3; k++ {
			if !toks[k-1].is(fTitleTail) {
				continue
			}
			ok := true
			for m := i; m < k-1; m++ {
				ok = ok && toks[m].has(kCap) && !toks[m].is(fFirst|fCommon|fFunc)
			}
			if ok {
				best, title = k, joinText(pt, i, k)
			}
		}
	}
	// A listed title, the longest that fits: "Secretary of State".
	// One word is a title exactly when the lexicon marks it so (fTitle),
	// which spares a lookup of the word itself.
	if toks[i].is(fTitle) && i+1 <= j && i+1 > best {
		best, title = i+1, titleOf(pt.str(i))
	}
	if !toks[i].is(fTitleHead | fTitle) {
		return best, title, best > 0
	}
	for k := i + 2; k <= j && k <= i+4; k++ {
		if t := titleSpan(pt, i, k, false); t != "" && k > best {
			best, title = k, t
		}
	}
	return best, title, best > 0
}

// titleBefore finds a lower-case title right before toks[i] ("Kremlin
// spokesman Dmitry Peskov", "oil firm boss X") and the name before it.
func titleBefore(pt *paraTokens, i int) (title, affil string) {
	toks := pt.toks
	if i == 0 || !toks[i-1].has(kWord) || toks[i-1].has(kCap) || !toks[i-1].is(fTitle|fTitleEnd) {
		return "", ""
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !toks[k].has(kWord) || toks[k].has(kCap) {
			break
		}
		if t := titleSpan(pt, k, i, false); t != "" {
			title = t
			// An organisation or country name right before the title.
			e := k
			s := e
			for s > 0 && toks[s-1].has(kWord) && toks[s-1].has(kCap) && !toks[s-1].has(kDigit) && !toks[s-1].is(fCommon|fFunc) {
				s--
			}
			if s < e {
				affil = joinText(pt, s, e)
			}
		}
	}
	return title, affil
}

// spanText is joinText(pt, i, j): the words as they stand in the text
// when single spaces part them, as they usually do, so no string is built.
func spanText(pt *paraTokens, i, j int) string {
	toks := pt.toks
	for k := i + 1; k < j; k++ {
		if s := toks[k].start; int(s) != int(toks[k-1].end)+1 || pt.text[s-1] != ' ' {
			return joinText(pt, i, j)
		}
	}
	return pt.text[toks[i].start:toks[j-1].end]
}

func joinText(pt *paraTokens, i, j int) string {
	if j-i == 1 {
		return pt.str(i)
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(pt.str(k))
	}
	return b.String()
}

// demonymOf returns the country whose nationality word token i is, or "".
func demonymOf(g *geoTables, pt *paraTokens, i int) string {
	if !pt.toks[i].is(fDemonym) {
		return ""
	}
	return g.demonym[pt.str(i)]
}

// groupTalk reports whether a paragraph speaks of militants, rebels or
// jihadists, so that a name defined there is an armed group.
func groupTalk(pt *paraTokens) bool {
	// Most paragraphs have no such word: the flags of all are merged,
	// with no test per token.
	var all uint32
	for i := range pt.toks {
		all |= pt.toks[i].flags
	}
	return lexFlag(all)&fGroupCtx != 0
}

// roleRef records "the Russian president" or "Turkey's prime minister": a
// nationality or country before a lower-case title and no name after it.
func roleRef(pt *paraTokens, i int, a2 string, pi int, out *docScan) {
	toks := pt.toks
	k, title := i+1, ""
	for m := i + 2; m <= len(toks) && m <= i+3; m++ {
		if t := titleSpan(pt, i+1, m, false); t != "" && !toks[m-1].has(kCap) {
			k, title = m, t
		}
	}
	if title == "" || k < len(toks) && toks[k].has(kCap) && toks[k].has(kWord) {
		return
	}
	out.runs = append(out.runs, run{para: int32(pi), roleOnly: true, start: int32(toks[i].start), end: int32(toks[k-1].end)})
	x := out.extra(&out.runs[len(out.runs)-1])
	x.title, x.country = title, a2
}

// demonymHead reports whether the words after a nationality make it part of
// a person's description (a title, an honorific, a first name) rather than
// of an organisation's name ("British Airways").
func demonymHead(pt *paraTokens, i, j int) bool {
	toks := pt.toks
	if toks[i].is(fHonor | fFirst | fDemonym) {
		return true
	}
	_, _, ok := matchTitle(pt, i, j)
	return ok
}

// appositive reads a title after a name and a comma: "Mevlut Cavusoglu,
// Turkey's foreign minister," or "Dmitry Peskov, the Kremlin spokesman,".
func appositive(g *geoTables, pt *paraTokens, k int, r *run, sc *docScan) {
	toks := pt.toks
	for k < len(toks) && (pt.str(k) == "the" || pt.str(k) == "a" || pt.str(k) == "an" || pt.str(k) == "former") {
		k++
	}
	country, affil := "", ""
	s := k
	for k < len(toks) && toks[k].has(kWord) && toks[k].has(kCap) && k-s < 4 {
		if k == s {
			// The lexicon flags say whether a lookup can succeed.
			if a2 := demonymOf(g, pt, k); a2 != "" {
				country = a2
			} else if toks[k].has(kPoss) && toks[k].is(fCountry) {
				country = g.byName[pt.str(k)]
			}
		}
		k++
		if toks[k-1].has(kPoss) {
			break
		}
	}
	// A title of up to three words, and none is punctuation (see
	// TestTitleWords): the spans are tried longest first, those before
	// a capitalised word passed over before their words are joined.
	last := k
	for last < min(k+3, len(toks)) && toks[last].has(kWord) {
		last++
	}
	for e := last; e > k; e-- {
		if e < len(toks) && toks[e].has(kWord|kCap) {
			continue
		}
		if t := titleSpan(pt, k, e, true); t != "" {
			if country == "" && k > s {
				affil = joinText(pt, s, k)
			}
			x := sc.extra(r)
			x.title, x.country, x.affil = t, country, affil
			return
		}
	}
}

// ofTitle extends a title that goes on with "of ..." ("Ohio Secretary of
// State Jon Husted", "Minister of Finance Yannis Stournaras") to the first
// name after it, or to the last two words of the run; k is the index after
// the title.
func ofTitle(pt *paraTokens, k, j int) int {
	toks := pt.toks
	if k >= j || pt.str(k) != "of" {
		return k
	}
	for m := k + 1; m < j; m++ {
		if toks[m].is(fFirst | fHonor) {
			return m
		}
	}
	if j-k >= 4 {
		return j - 2
	}
	return k
}

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
	para       int
	start, end int    // byte span of the name itself
	ent        int    // 1 + the entity the key names, once known
	key        string // matchKey of form
	form       string // the name as written ("Recep Tayyip Erdogan", "Mr. Putin" -> "Putin")
	title      string // display title found before the name ("President")
	country    string // alpha2 of a nationality before the title ("Turkish President")
	affil      string // form of an organisation or country before a lower-case title ("Kremlin spokesman")
	prev       string // the word before the name
	acronym    string // an abbreviation in parentheses right after ("HTS")
	cstart     int    // byte span of the nationality word before a title, if any
	cend       int
	ntok       int32 // number of name tokens
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

// docScan holds what pass one found in one document.
type docScan struct {
	runs []run
	dems []demRef
}

// scanParagraph finds the name runs and nationality references of one
// paragraph. known reports whether a sentence-initial word is a name.
func scanParagraph(g *geoTables, pi int, p *source.Paragraph, toks []Token, known func(*Token) bool, out *docScan) {
	talk := 0 // 0 unknown, 1 no, 2 the paragraph speaks of militants
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.Word || !t.Cap && !t.Digit {
			continue // every pattern below starts with a capital ("7Image:" with a digit)
		}
		// Image credits and photographers are source metadata.
		if i+1 < len(toks) && toks[i+1].Text == ":" &&
			(strings.HasSuffix(t.Text, "Image") || t.Text == "Photo" || t.Text == "Credit" || t.Text == "Picture") {
			toks = toks[:i]
			break
		}
		// Nationality used for a state: "Syrian forces", "Turkish-backed".
		if a2 := demonymOf(g, t); a2 != "" {
			if i+1 < len(toks) && toks[i+1].Word && !toks[i+1].Cap && toks[i+1].is(fInstitution) {
				out.dems = append(out.dems, demRef{para: pi, start: t.Start, end: t.End, a2: a2})
				roleRef(toks, i, a2, pi, out)
			}
		} else if k := strings.IndexByte(t.Text, '-'); k > 0 {
			if a2 := g.demonym[t.Text[:k]]; a2 != "" {
				suf := t.Text[k+1:]
				if suf == "backed" || suf == "led" || suf == "funded" || suf == "sponsored" {
					out.dems = append(out.dems, demRef{para: pi, start: t.Start, end: t.Start + k, a2: a2})
				}
			}
		}
		if t.Poss && t.is(fCountry) {
			if a2 := g.byName[t.Text]; a2 != "" {
				roleRef(toks, i, a2, pi, out) // "Turkey's president"
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].Word || !startsName(toks, i) {
			continue
		}
		j := i
		for j < len(toks) && continuesName(toks, j, i) {
			j++
			if toks[j-1].Poss {
				break
			}
		}
		if j == i {
			continue
		}
		// The run is filled in where it is kept: a run is too large to
		// copy around.
		out.runs = append(out.runs, run{para: pi})
		r := &out.runs[len(out.runs)-1]
		ok := peel(g, p.Text, toks, i, j, known, r)
		i = j - 1
		if !ok {
			out.runs = out.runs[:len(out.runs)-1]
			continue
		}
		// Whether the paragraph speaks of militants matters only for names
		// with no sign of a person; look once per paragraph.
		if r.title == "" && !r.honor && r.cues&cueFirstName == 0 {
			if talk == 0 {
				talk = 1
				if groupTalk(toks) {
					talk = 2
				}
			}
			r.militant = talk == 2
		}
		if i+1 < len(toks) && toks[i+1].Text == "(" && i+3 < len(toks) && toks[i+3].Text == ")" && toks[i+2].Upper && !toks[i].Upper && !has(agencies, toks[i+2].Text) {
			r.acronym = toks[i+2].Text
			r.group = groupTalk(toks)
			i += 3 // the acronym at its definition is not a second mention
		}
		if r.title == "" && !r.roleOnly && j < len(toks) && toks[j].Text == "," {
			appositive(g, toks, j+1, r)
		}
	}
}

func startsName(toks []Token, i int) bool {
	t := toks[i]
	if t.Digit || contractedI(t.Text) {
		return false
	}
	if t.Cap {
		return true
	}
	// "al Qaeda", "bin Laden" open a name when a capitalised word follows.
	return t.is(fConnector) && i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Start == t.End+1
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
func continuesName(toks []Token, j, i int) bool {
	t := toks[j]
	if !t.Word || t.Digit || contractedI(t.Text) {
		return false
	}
	if j > i && toks[j-1].End+1 != t.Start && toks[j-1].End != t.Start {
		return false // punctuation or a line of its own in between
	}
	if t.Cap {
		return j == i || !t.SentStart && !t.is(fFunc)
	}
	if j+1 >= len(toks) || !toks[j+1].Cap || toks[j+1].Digit {
		return false
	}
	if t.is(fConnector) {
		return true
	}
	// "Bank of England", "Secretary of State": "of" after an organisation or title word.
	if t.Text == "of" && j > i && toks[j-1].is(fOrgHead|fTitle) {
		return true
	}
	// "Securities and Exchange Commission", "Office for National Statistics";
	// "and" only after a portfolio word, not between two names ("Fiat and
	// General Motors").
	if t.Text == "and" && !has(portfolios, toks[j-1].Text) {
		return false
	}
	if (t.Text == "and" || t.Text == "for" || t.Text == "of") && j > i {
		if toks[j-1].is(fOrgHead) && t.Text != "and" {
			return true // "Office for ...", "Association of ..."
		}
		k := j + 1
		for k < len(toks) && toks[k].Cap && !toks[k].Digit && toks[k].Start <= toks[k-1].End+1 {
			k++
		}
		return toks[k-1].is(fOrgHead)
	}
	return false
}

// peel strips nationality, honorific and title words off toks[i:j] of the
// paragraph text and fills in the name run r; it reports false when nothing
// name-like is left.
func peel(g *geoTables, text string, toks []Token, i, j int, known func(*Token) bool, r *run) bool {
	r.sentInit = toks[i].SentStart
	i0, j0 := i, j
	if i > 0 && toks[i-1].Word {
		r.prev = toks[i-1].Text
	}
	// A sentence-opening word counts only if known to be a name.
	// A lone unknown word stays: it may be a surname named in full elsewhere
	// ("Putin said ..."); classification decides.
	for i < j && (toks[i].is(fCommon) || toks[i].SentStart && j-i > 1 && !known(&toks[i])) {
		if ti, _, ok := matchTitle(toks, i, j); ok && ti > i {
			break
		}
		i++
		r.sentInit = false
	}
	// "secretary of State Hillary Clinton": the run opens inside a title.
	if i == i0 && i >= 2 && j-i > 1 && toks[i-1].Text == "of" && !toks[i-2].Cap {
		if t := titleSpan(toks, i-2, i+1, true); t != "" {
			r.title = t
			i++
		}
	}
	// An organisation's name run into a person's: "Fox News Sean Hannity".
	for m := i + 1; m+2 < j+1 && m+1 < j; m++ {
		if toks[m].is(fOrgHead) && toks[m+1].is(fFirst) {
			r.affil, r.affilOnly = joinText(toks, i, m+1), true
			i = m + 1
			break
		}
	}
	for i < j {
		t := toks[i]
		// "Turkish President ...", not "British Airways".
		if a2 := demonymOf(g, &t); a2 != "" && i+1 < j && demonymHead(toks, i+1, j) {
			r.country = a2
			r.cstart, r.cend = t.Start, t.End
			i++
			continue
		}
		if t.Poss && t.is(fCountry) && i+1 < j {
			if a2, ok := g.byName[t.Text]; ok {
				r.country = a2
				i++
				continue
			}
		}
		if i+2 < j && g.places[t.Text] {
			if k, title, ok := matchTitle(toks, i+1, j); ok && k < j {
				r.title, r.affil = title, t.Text // "Texas Senator Ted Cruz"
				i = k
				continue
			}
		}
		if t.is(fOrgForm) && orgForms[t.Text].kind == "organization" && i+1 < j && toks[i+1].is(fFirst) {
			r.affil = t.Text
			r.affilOnly = true
			i++
			continue
		}
		if k, title, ok := matchTitle(toks, i, j); ok && !(k == j-1 && toks[k].is(fOrgHead)) {
			r.title = title
			i = ofTitle(toks, k, j)
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
	if r.title == "" && !r.honor && !r.affilOnly && j-i >= 4 {
		for m := i + 1; m+2 < j+1; m++ {
			if !toks[m].Cap || !toks[m].is(fTitle|fTitleHead|fTitleTail) {
				continue
			}
			if k, title, ok := matchTitle(toks, m, j); ok && k < j-1 && toks[k].is(fFirst) {
				r.title, r.affil = title, joinText(toks, i, m)
				i = k
				break
			}
		}
	}
	if i == j {
		// Title without a name: "The Russian President".
		if r.title != "" && r.country != "" {
			r.roleOnly = true
			r.start, r.end = r.cstart, toks[j-1].End
			return true
		}
		return false
	}
	if r.title == "" && !r.affilOnly {
		r.title, r.affil = titleBefore(toks, i0)
		r.weakTitle = r.title != ""
	}
	for j-1 > i && has(dateWords, toks[j-1].Text) {
		j-- // "Syria September": a date word is not part of the name
	}
	r.start, r.end = toks[i].Start, toks[j-1].End
	r.ntok = int32(j - i)
	r.form = spanText(text, toks, i, j)
	r.key = matchKey(r.form)
	var prevLex lexFlag
	if i > 0 {
		prevLex = toks[i-1].lex
		if toks[i-1].Word && r.prev == "" {
			r.prev = toks[i-1].Text
		}
	}
	r.cues = runCues(g, toks, i, j, j0, prevLex, r.prev)
	return true
}

// runCues reads the evidence about the name toks[i:j] from its words and
// the words around it: prev is the word before the run as peel found it,
// prevLex the flags of the word right before the name, and j0 the run's end
// before date words were dropped.
func runCues(g *geoTables, toks []Token, i, j, j0 int, prevLex lexFlag, prev string) cue {
	var c cue
	first, last := toks[i].lex, toks[j-1].lex
	if first&fFirst != 0 {
		c |= cueFirstName
	}
	if last&fLaw != 0 {
		c |= cueLaw
	}
	if last&fOrgHead != 0 {
		c |= cueOrgHead
	}
	if last&fGroupHead != 0 {
		c |= cueGroupHead
	}
	if j < len(toks) && toks[j].lex&fReport != 0 {
		c |= cueReport
	}
	// The word before, in lower case unless the word lists know it as
	// written ("Firm" opening a sentence is "firm").
	lower := prev
	if prevLex == 0 && prev != "" && prev[0] >= 'A' && prev[0] <= 'Z' {
		lower = strings.ToLower(prev)
	}
	if lower != "" {
		f := g.lookup(lower)
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
	if has(workNouns, prev) {
		c |= cueWorkNoun
	}
	if j0 < len(toks) && toks[j0].Word && has(productNouns, toks[j0].Text) {
		c |= cueProductNoun
	}
	return c
}

// matchTitle matches a one- to three-word title at toks[i:], within the run
// end j; it returns the index after it and the title's display form.
func matchTitle(toks []Token, i, j int) (int, string, bool) {
	best, title := -1, ""
	// A portfolio title: "Education Secretary", "Shadow Home Secretary".
	if !toks[i].is(fFirst | fCommon | fFunc) {
		for k := i + 2; k < j && k <= i+3; k++ {
			if !toks[k-1].is(fTitleTail) {
				continue
			}
			ok := true
			for m := i; m < k-1; m++ {
				ok = ok && toks[m].Cap && !toks[m].is(fFirst|fCommon|fFunc)
			}
			if ok {
				best, title = k, joinText(toks, i, k)
			}
		}
	}
	// A listed title, the longest that fits: "Secretary of State".
	// One word is a title exactly when the lexicon marks it so (fTitle),
	// which spares a lookup of the word itself.
	if toks[i].is(fTitle) && i+1 <= j && i+1 > best {
		best, title = i+1, titleOf(toks[i].Text)
	}
	if !toks[i].is(fTitleHead | fTitle) {
		return best, title, best > 0
	}
	for k := i + 2; k <= j && k <= i+4; k++ {
		if t := titleSpan(toks, i, k, false); t != "" && k > best {
			best, title = k, t
		}
	}
	return best, title, best > 0
}

// titleBefore finds a lower-case title right before toks[i] ("Kremlin
// spokesman Dmitry Peskov", "oil firm boss X") and the name before it.
func titleBefore(toks []Token, i int) (title, affil string) {
	if i == 0 || !toks[i-1].Word || toks[i-1].Cap || !toks[i-1].is(fTitle|fTitleEnd) {
		return "", ""
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !toks[k].Word || toks[k].Cap {
			break
		}
		if t := titleSpan(toks, k, i, false); t != "" {
			title = t
			// An organisation or country name right before the title.
			e := k
			s := e
			for s > 0 && toks[s-1].Word && toks[s-1].Cap && !toks[s-1].Digit && !toks[s-1].is(fCommon|fFunc) {
				s--
			}
			if s < e {
				affil = joinText(toks, s, e)
			}
		}
	}
	return title, affil
}

// spanText is joinText(toks, i, j) for tokens of text: the words as they
// stand in text when single spaces part them, as they usually do, so no
// string is built.
func spanText(text string, toks []Token, i, j int) string {
	for k := i + 1; k < j; k++ {
		if s := toks[k].Start; s != toks[k-1].End+1 || text[s-1] != ' ' {
			return joinText(toks, i, j)
		}
	}
	return text[toks[i].Start:toks[j-1].End]
}

func joinText(toks []Token, i, j int) string {
	if j-i == 1 {
		return toks[i].Text
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}

func demonymOf(g *geoTables, t *Token) string {
	if !t.is(fDemonym) {
		return ""
	}
	return g.demonym[t.Text]
}

// groupTalk reports whether a paragraph speaks of militants, rebels or
// jihadists, so that a name defined there is an armed group.
func groupTalk(toks []Token) bool {
	for _, t := range toks {
		if t.is(fGroupCtx) {
			return true
		}
	}
	return false
}

// roleRef records "the Russian president" or "Turkey's prime minister": a
// nationality or country before a lower-case title and no name after it.
func roleRef(toks []Token, i int, a2 string, pi int, out *docScan) {
	k, title := i+1, ""
	for m := i + 2; m <= len(toks) && m <= i+3; m++ {
		if t := titleSpan(toks, i+1, m, false); t != "" && !toks[m-1].Cap {
			k, title = m, t
		}
	}
	if title == "" || k < len(toks) && toks[k].Cap && toks[k].Word {
		return
	}
	out.runs = append(out.runs, run{para: pi, roleOnly: true, title: title, country: a2,
		start: toks[i].Start, end: toks[k-1].End})
}

// demonymHead reports whether the words after a nationality make it part of
// a person's description (a title, an honorific, a first name) rather than
// of an organisation's name ("British Airways").
func demonymHead(toks []Token, i, j int) bool {
	if toks[i].is(fHonor | fFirst | fDemonym) {
		return true
	}
	_, _, ok := matchTitle(toks, i, j)
	return ok
}

// appositive reads a title after a name and a comma: "Mevlut Cavusoglu,
// Turkey's foreign minister," or "Dmitry Peskov, the Kremlin spokesman,".
func appositive(g *geoTables, toks []Token, k int, r *run) {
	for k < len(toks) && (toks[k].Text == "the" || toks[k].Text == "a" || toks[k].Text == "an" || toks[k].Text == "former") {
		k++
	}
	country, affil := "", ""
	s := k
	for k < len(toks) && toks[k].Word && toks[k].Cap && k-s < 4 {
		if k == s {
			// The lexicon flags say whether a lookup can succeed.
			if a2 := demonymOf(g, &toks[k]); a2 != "" {
				country = a2
			} else if toks[k].Poss && toks[k].is(fCountry) {
				country = g.byName[toks[k].Text]
			}
		}
		k++
		if toks[k-1].Poss {
			break
		}
	}
	if country == "" && k > s {
		affil = joinText(toks, s, k)
	}
	for e := min(k+3, len(toks)); e > k; e-- {
		if t := titleSpan(toks, k, e, true); t != "" && (e == len(toks) || !toks[e].Cap || !toks[e].Word) {
			r.title, r.country, r.affil = t, country, affil
			return
		}
	}
}

// ofTitle extends a title that goes on with "of ..." ("Ohio Secretary of
// State Jon Husted", "Minister of Finance Yannis Stournaras") to the first
// name after it, or to the last two words of the run; k is the index after
// the title.
func ofTitle(toks []Token, k, j int) int {
	if k >= j || toks[k].Text != "of" {
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

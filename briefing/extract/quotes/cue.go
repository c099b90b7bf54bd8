package quotes

import (
	"slices"
	"strings"
	"unicode"
)

// speechVerbs introduce or follow a quote ("said", "told", "added").
var speechVerbs = set("said", "says", "say", "saying", "added", "adds", "adding", "told", "tells", "telling",
	"asked", "asks", "asking", "stated", "wrote", "writes", "writing", "declared", "declares", "declaring",
	"explained", "explains", "explaining", "noted", "noting", "argued", "argues", "arguing", "insisted",
	"insists", "insisting", "continued", "continues", "recalled", "recalls", "recalling", "remarked",
	"replied", "replies", "replying", "responded", "responds", "responding", "warned", "warns", "warning",
	"tweeted", "tweeting", "claimed", "claiming", "announced", "announces", "announcing", "acknowledged",
	"acknowledges", "admitted", "admits", "suggested", "suggests", "complained", "complains", "joked", "jokes",
	"quipped", "quips", "urged", "urges", "urging", "predicted", "predicts", "observed", "observes", "vowed",
	"vowing", "promised", "promising", "conceded", "concedes", "contended", "contends", "emphasized",
	"emphasised", "stressed", "stresses", "stressing", "countered", "counters", "charged", "boasted", "boasts",
	"posted", "shouted", "yelled", "cried", "mused", "muses", "cautioned", "cautions", "reiterated",
	"concluded", "testified", "pleaded", "demanded", "confirmed", "confirms", "denied", "denies", "maintained",
	"maintains", "assured", "agreed", "agrees", "lamented", "laments", "proclaimed", "exclaimed", "whispered",
	"snapped", "retorted", "scoffed", "thundered", "messaged", "emailed", "texted", "opined", "wondered",
	"wonders", "asserted", "asserts", "asserting", "explains", "answered", "answers", "interjected", "recounted",
	"added", "reported", "reports", "commented", "comments", "hinted", "signaled", "signalled", "pledged",
	"pledging", "repeated", "repeating", "began", "concluding", "speculated", "described", "describing",
	"called", "calls", "calling", "dubbed", "labeled", "labelled", "branded", "blasted", "slammed", "praised",
	"criticized", "criticised", "accused", "accusing", "mocked", "derided", "lauded", "hailed", "questioned",
	"stating", "offered", "put", "read")

// afterOnly are verb forms that are also common nouns ("the claims", "his
// notes"); they count only right after a closing mark.
var afterOnly = set("notes", "claims", "states", "tweets", "posts", "charges", "promises", "vows", "demands",
	"writes", "reads", "put", "read", "offered", "began", "calls")

// participles report speech without a subject of their own: the subject is
// the main clause's ("Trump spoke for an hour, saying ...").
var participles = set("saying", "adding", "telling", "asking", "declaring", "explaining", "noting", "arguing",
	"insisting", "recalling", "replying", "responding", "warning", "tweeting", "claiming", "announcing",
	"urging", "vowing", "promising", "stressing", "asserting", "pledging", "repeating", "concluding",
	"describing", "calling", "accusing", "stating", "writing")

// phraseStops end a speaker phrase that follows its verb ("said Putin on
// Tuesday", "said a spokesman for the campaign").
var phraseStops = set("on", "in", "at", "during", "before", "after", "to", "while", "when", "who", "as", "last",
	"yesterday", "today", "tonight", "earlier", "later", "this", "that", "for", "from", "with", "about", "because",
	"and", "but", "whose", "which", "where", "told", "in", "recently", "then", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday")

// subjectStops end a subject phrase read backwards from its verb.
var subjectStops = set("that", "and", "but", "when", "as", "while", "because", "after", "before", "if", "where",
	"which", "who", "so", "since", "though", "although", "whom", "than", "or", "what", "how", "why", "until")

// skipWords sit between a subject and its verb ("the official also said").
var skipWords = set("also", "later", "then", "again", "has", "had", "have", "would", "will", "was", "is", "did",
	"does", "reportedly", "never", "not", "once", "previously", "recently", "first", "further", "simply", "just",
	"often", "once", "even", "still", "has", "repeatedly", "famously", "may", "might", "could", "should", "can",
	"once", "already", "quickly", "finally", "only", "now", "publicly", "privately", "flatly", "bluntly",
	"frankly", "openly")

// isDouble reports whether a punctuation token is a double quote mark.
func isDouble(t tok) bool {
	if !t.punct {
		return false
	}
	switch t.w {
	case "\"", "“", "”", "„", "«", "»":
		return true
	}
	return false
}

// afterCue returns the speaker phrase of a cue that follows a closing mark
// at byte `from` of the paragraph tokens ts: `," Putin said`, `," said
// Putin`, `," the official also said`, `, according to X`.
//
// When the quote ended with a comma (loose), any lower-case word ending in
// -ed or -s close after the subject counts as the verb: attribution almost
// always follows `,"` ("," remembered Roy Verley).
func afterCue(ts []tok, from int, loose bool) []tok {
	k := cueStart(ts, from)
	ts = ts[:cueEnd(ts, k)]
	if k >= len(ts) || ts[k].punct {
		return nil
	}
	if k+1 < len(ts) && ts[k+1].w == "to" && lower(ts[k].w) == "according" {
		return phraseAfter(ts, k+2)
	}
	if ts[k].in(participles) {
		return nil // `," saying ...`: the speaker is the main clause's subject
	}
	if ts[k].in(speechVerbs|afterOnly) || (loose && looseVerb(ts[k].w) && k+1 < len(ts) && isCap(ts[k+1].w)) {
		return phraseAfter(ts, k+1)
	}
	for j := k + 1; j < len(ts) && j < k+30; j++ {
		t := ts[j]
		if t.punct {
			if t.w == "," || t.w == "(" || t.w == ")" || t.w == "-" || t.w == "—" {
				continue
			}
			return nil
		}
		if j+1 < len(ts) && ts[j+1].w == "to" && lower(t.w) == "according" {
			return phraseAfter(ts, j+2)
		}
		if (ts[j].in(speechVerbs|afterOnly) || (loose && j-k <= 4 && looseVerb(t.w) && !ts[j-1].in(determiners))) && isLowerWord(t.w) {
			return subjectPhrase(ts, k, j)
		}
	}
	return nil
}

// cueStart returns the first token at or after byte from that is a word,
// a double mark or a full stop: where a cue after a closing mark starts,
// past any ", — (".
func cueStart(ts []tok, from int) int {
	k := tokIndex(ts, from)
	for k < len(ts) && ts[k].punct && !isDouble(ts[k]) && ts[k].w != "." {
		k++
	}
	return k
}

// cueEnd returns the end of the cue starting at token k: a double mark or
// the end of its sentence, at most 40 tokens on. Past it, afterCue reads
// nothing; to find it, cueEnd reads up to the token after it.
func cueEnd(ts []tok, k int) int {
	end := k
	for end < len(ts) && end-k < 40 && !isDouble(ts[end]) && !sentenceEnd(ts, end) {
		end++
	}
	return end
}

// looseVerb reports whether w looks like a past or present verb.
func looseVerb(w string) bool {
	return isLowerWord(w) && len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) &&
		!is(w, phraseStops|skipWords|subjectStops|possessiveDet)
}

// phraseAfter reads a speaker phrase after a verb: "Putin", "the official",
// "Sen. Ted Cruz", up to punctuation or a preposition. A description
// followed by a name set off by commas gives the name ("said his best
// friend at Lehigh, Bruce Turry, who ...").
func phraseAfter(ts []tok, k int) []tok {
	ph := phraseWords(ts, k)
	if len(ph) == 0 || !isLowerWord(ph[len(ph)-1].w) {
		return ph
	}
	for j := k + len(ph); j < len(ts) && j < k+len(ph)+10; j++ {
		if ts[j].w != "," {
			if ts[j].punct {
				break
			}
			continue
		}
		e := j + 1
		for e < len(ts) && !ts[e].punct && (isCap(ts[e].w) || particle(ts[e].w)) {
			e++
		}
		if e > j+1 && isPlainName(ts[j+1:e]) && (e == len(ts) || ts[e].punct) {
			return ts[j+1 : e]
		}
		break
	}
	return ph
}

// phraseWords reads the words of a speaker phrase starting at ts[k].
func phraseWords(ts []tok, k int) []tok {
	j := k
	for j < len(ts) && j-k < 8 {
		t := ts[j]
		if t.punct {
			break
		}
		if j > k && ts[j].in(phraseStops) {
			break
		}
		if j > k && isCap(ts[j-1].w) && entryOf(t.w).form == "of" {
			break // "said Trump of Clinton"
		}
		j++
	}
	return ts[k:j]
}

// subjectPhrase returns the subject between ts[k] and the verb at ts[v],
// chosen among its comma-separated parts by pickSegment.
func subjectPhrase(ts []tok, k, v int) []tok {
	var segs [][]tok
	s := k
	for i := k; i <= v; i++ {
		if i < v && ts[i].punct && (ts[i].w == "'" || ts[i].w == "’") {
			continue
		}
		if i == v || ts[i].punct {
			segs = append(segs, ts[s:i])
			if i < v && ts[i].w != "," && ts[i].w != "(" && ts[i].w != ")" {
				return nil // a full stop or quote mark: no cue here
			}
			s = i + 1
		}
	}
	return pickSegment(segs)
}

// pickSegment chooses the subject among the comma-separated parts before a
// verb: the part right before it when no comma intervenes ("In turn, Putin
// said"), else the first part that is a plain name ("Clinton's campaign
// chairman, John Podesta, said"), else the first part ("Erdogan, standing
// alongside Putin, said").
func pickSegment(segs [][]tok) []tok {
	for i := range segs {
		segs[i] = trimSubject(segs[i])
	}
	if len(segs) == 0 {
		return nil
	}
	if last := segs[len(segs)-1]; len(last) > 0 {
		return last
	}
	for _, sg := range segs {
		if isPlainName(sg) {
			return sg
		}
	}
	for _, sg := range segs {
		if len(sg) > 0 {
			return sg
		}
	}
	return nil
}

// trimSubject drops clause words in front and adverbs and auxiliaries next
// to the verb, and rejects phrases that cannot be subjects (they start with
// a preposition or an adverb: "without reporters", "confidently").
func trimSubject(ts []tok) []tok {
	for len(ts) > 0 && ts[0].in(subjectStops|skipWords) && !nameModal(ts[0].w) {
		ts = ts[1:]
	}
	for len(ts) > 0 && ts[len(ts)-1].in(skipWords) && !nameModal(ts[len(ts)-1].w) {
		ts = ts[:len(ts)-1] // but "Theresa May" keeps its name
	}
	if len(ts) == 0 {
		return nil
	}
	if ts[0].in(prepositions) || hasSuffixLower(ts[0].w, "ly") {
		return nil
	}
	if w := ts[0].w; isLowerWord(w) && !ts[0].in(determiners) && !is(w, pronouns|nonPersons|possessiveDet) && !hasCap(ts) {
		return nil // "hungry for what she"; but "spokesman Alex Conant"
	}
	if len(ts) == 1 && (partyTag(ts[0].w) || unicode.IsDigit(nextRune(ts[0].w, 0))) {
		return nil // "Mitch McConnell, R-Ky., said"; "Trump, 69, said"
	}
	return ts
}

func hasCap(ts []tok) bool {
	for _, t := range ts {
		if !t.punct && isCap(t.w) {
			return true
		}
	}
	return false
}

var prepositions = set("without", "from", "with", "by", "for", "to", "of", "in", "on", "at", "about", "into",
	"through", "over", "under", "despite", "during", "after", "before", "since", "perhaps", "maybe", "then", "there")

// partyTag reports a US party-and-state tag: R-Ky, D-Calif.
func partyTag(w string) bool {
	return len(w) > 2 && w[1] == '-' && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I')
}

var relative = set("who", "which", "whose", "whom")

var possessiveDet = set("his", "her", "their", "its", "our", "my", "your")

// isPlainName reports whether ts is a short run of capitalised words.
func isPlainName(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 5 {
		return false
	}
	for _, t := range ts {
		if t.punct || !(isCap(t.w) || particle(t.w)) || strings.HasSuffix(t.w, "'s") || strings.HasSuffix(t.w, "’s") {
			return false
		}
	}
	return true
}

// beforeCue returns the speaker phrase of a cue in the sentence before the
// opening mark at byte `at` of the paragraph tokens ts: `Erdogan said that
// "`, `X said: "`, `Erdogan, standing alongside Putin, said it was ... "`.
// Words inside earlier quotes of the sentence are not cues.
func beforeCue(ts []tok, at int) []tok {
	b := tokIndex(ts, at)
	a := b
	for a > 0 && !sentenceEnd(ts, a-1) {
		a--
	}
	inQuote := false
	for k := b - 1; k >= a; k-- {
		t := ts[k]
		if isDouble(t) {
			inQuote = !inQuote
			continue
		}
		if inQuote || t.punct {
			continue
		}
		if k+1 < b && ts[k+1].w == "to" && lower(t.w) == "according" {
			return phraseAfter(ts[:b], k+2)
		}
		if k == a && isCap(t.w) && ts[k].in(speechVerbs) && !ts[k].in(participles) && k+1 < b && isCap(ts[k+1].w) {
			// `Said Wales coach Scott Johnson: "`: inverted at the sentence start.
			if ph := phraseAfter(ts[:b], k+1); len(ph) > 0 {
				return ph
			}
		}
		if !isLowerWord(t.w) || !ts[k].in(speechVerbs) || (ts[k].in(afterOnly) && !(entryOf(t.w).form == "put" && k+1 < b && ts[k+1].w == "it")) {
			continue
		}
		if ts[k].in(participles) && !(k > a && !ts[k-1].punct && isCap(ts[k-1].w)) {
			// "Trump spoke for an hour, saying": the main clause's subject;
			// but "with Gorka noting" names its own.
			if ph := leadingSubject(ts, a, k); ph != nil {
				return ph
			}
		}
		if ph := subjectBefore(ts, a, k); ph != nil {
			return ph
		}
		if ph := leadingSubject(ts, a, k); ph != nil {
			return ph
		}
		// Inverted: `said Putin: "` or `said the official, "`.
		if ph := phraseAfter(ts[:b], k+1); len(ph) > 0 && (isCap(ph[0].w) || ph[0].in(determiners)) {
			if e := tokIndex(ts, ph[len(ph)-1].e); e < b && (ts[e].w == ":" || ts[e].w == ",") && e+1 == b {
				return ph
			}
		}
	}
	return labelBefore(ts, a, b)
}

// labelBefore reads a speaker label that makes up the whole sentence before
// a colon and the opening mark: `Brentford boss Martin Allen: "`. It ends
// in a capitalised name and holds no verb.
func labelBefore(ts []tok, a, b int) []tok {
	if b < 2 || ts[b-1].w != ":" {
		return nil
	}
	for a < b-1 && ts[a].punct {
		a++ // "- Brentford boss ..."
	}
	ph := ts[a : b-1]
	if len(ph) == 0 || len(ph) > 6 || !isCap(ph[len(ph)-1].w) {
		return nil
	}
	for _, t := range ph {
		if t.punct || isLowerWord(t.w) && verbLike(t.w) && !strings.HasSuffix(t.w, "s") {
			return nil
		}
	}
	return ph
}

// subjectBefore reads the subject of the verb at ts[v] backwards, stopping
// at the sentence start a, a clause word or other punctuation than commas,
// and picks among the comma-separated parts with pickSegment.
func subjectBefore(ts []tok, a, v int) []tok {
	j := v - 1
	for j >= a && !ts[j].punct && ts[j].in(skipWords) {
		j--
	}
	// The parts are found last first; at most four are read.
	var buf [4][]tok
	segs := buf[:0]
	e := j + 1
	n := 0
	for {
		i := e - 1
		for i >= a && !ts[i].punct && !ts[i].in(subjectStops) && e-i <= 12 {
			i--
		}
		if i >= a && !ts[i].punct && !ts[i].in(relative) {
			// A clause word inside ", who ... and ...,": the whole part is relative.
			m := i - 1
			for m >= a && !ts[m].punct {
				m--
			}
			if m >= a && ts[m].w == "," && m+1 < i && ts[m+1].in(relative) {
				i = m + 1
			}
		}
		if i > a && ts[i].in(relative) && ts[i-1].w == "," {
			// ", who served as ...," is a relative clause: its subject is before it.
			segs = append(segs, nil)
			i--
		} else {
			segs = append(segs, ts[i+1:e])
		}
		n += e - i
		if i < a || ts[i].w != "," || len(segs) >= 4 || n > 30 {
			break
		}
		e = i
	}
	slices.Reverse(segs)
	return pickSegment(segs)
}

// leadingSubject returns the subject that opens the main clause holding
// the verb at v: the first comma-separated part of the sentence (from a)
// that starts with a capitalised or determined word and is not an
// introductory phrase ("In an interview,", "Hours later,"), read up to the
// first verb-like word. It serves "X doubled down and said" and the main
// clause of a participle ("Trump spoke for an hour, saying ...").
func leadingSubject(ts []tok, a, v int) []tok {
	s := a
	for s < v {
		e := s
		for e < v && ts[e].w != "," && !isDouble(ts[e]) {
			e++
		}
		if ph := clauseSubject(ts[s:e]); ph != nil {
			return ph
		}
		if e >= v {
			return nil
		}
		if isDouble(ts[e]) {
			// Skip the quoted words: `Cruz said that there is "...," adding`.
			e++
			for e < v && !isDouble(ts[e]) {
				e++
			}
		}
		s = e + 1
	}
	return nil
}

// sentenceSubject returns the subject of the sentence holding byte at.
func sentenceSubject(ts []tok, at int) []tok {
	b := tokIndex(ts, at)
	a := b
	for a > 0 && !sentenceEnd(ts, a-1) {
		a--
	}
	return leadingSubject(ts, a, b)
}

// clauseSubject returns the subject words opening a clause, or nil when the
// clause opens with an adverbial phrase or holds no verb-like word.
func clauseSubject(ts []tok) []tok {
	for len(ts) > 0 && ts[0].in(conjunctions) {
		ts = ts[1:]
	}
	if len(ts) == 0 || ts[0].punct || !(isCap(ts[0].w) || ts[0].in(determiners)) || introductory(ts[0].w) && !isCap(ts[0].w) {
		return nil
	}
	if ts[0].in(phraseStops | introWords | prepositions) {
		return nil
	}
	if w := ts[0].w; len(ts) > 1 && (hasSuffixLower(w, "ing") || hasSuffixLower(w, "ed")) &&
		isLowerWord(ts[1].w) && (is(ts[1].w, prepositions|possessiveDet|phraseStops) || ts[1].in(determiners)) {
		return nil // "Speaking to supporters, ...", "Listing several ..."
	}
	sawCap := false
	lead := 0 // the opening run of capitalised words
	for lead < len(ts) && !ts[lead].punct && (isCap(ts[lead].w) || lead > 0 && particle(ts[lead].w)) {
		lead++
	}
	for j, t := range ts {
		if t.punct || j >= 10 {
			if lead > 0 {
				return ts[:lead] // "Carly Fiorina threw her support behind ..."
			}
			return nil
		}
		if isCap(t.w) {
			sawCap = true
			continue
		}
		lw := lower(t.w)
		if is(lw, timeWords) {
			return nil // "Hours later, ..."
		}
		if verbLike(lw) {
			if !sawCap && j < 2 {
				return nil
			}
			return ts[:j]
		}
	}
	if lead > 0 {
		return ts[:lead]
	}
	return nil
}

var conjunctions = set("but", "and", "so", "yet", "still", "now")

var timeWords = set("later", "earlier", "ago", "before", "after", "afterward", "afterwards", "prior", "since")

// auxiliaries open a verb phrase after a subject.
var auxiliaries = set("is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
	"might", "must", "should", "did", "does", "do", "went", "got", "took", "made", "gave", "spoke", "sat", "stood",
	"came", "left", "met", "ran", "wrote", "told", "said", "also", "then")

// verbLike reports whether a lower-case word reads as the start of a verb
// phrase after a subject.
func verbLike(w string) bool {
	return is(w, auxiliaries|speechVerbs) || (len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) &&
		!is(w, prepositions|possessiveDet) && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s"))
}

// introductory reports whether a sentence opening with w starts with an
// adverbial phrase before its subject ("In an interview, Trump said").
func introductory(w string) bool {
	return !isCap(w) || in(w, phraseStops|introWords) || hasSuffixLower(w, "ing") ||
		hasSuffixLower(w, "ly") || hasSuffixLower(w, "ed")
}

var introWords = set("after", "before", "since", "with", "for", "from", "also", "still", "yet", "but", "and",
	"however", "meanwhile", "later", "earlier", "last", "then", "asked", "like", "unlike", "despite", "under",
	"by", "over", "if", "although", "though", "once", "here", "there", "now", "instead", "indeed", "for")

var determiners = set("a", "an", "the", "one", "another", "two", "three", "several", "some", "many", "other", "his", "her", "their", "its")

// tokIndex returns the index of the first token starting at or after byte at.
func tokIndex(ts []tok, at int) int {
	lo, hi := 0, len(ts)
	for lo < hi {
		m := (lo + hi) / 2
		if ts[m].s < at {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nameModal reports a capitalised modal that is also a name: "May", "Will".
func nameModal(w string) bool { return w == "May" || w == "Will" }

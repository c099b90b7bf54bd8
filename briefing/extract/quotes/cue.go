package quotes

import "strings"

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
func afterCue(ts []tok, from int) []tok {
	k := tokIndex(ts, from)
	for k < len(ts) && ts[k].punct && !isDouble(ts[k]) && ts[k].w != "." {
		k++ // , — (
	}
	end := k
	for end < len(ts) && end-k < 24 && !isDouble(ts[end]) && !sentenceEnd(ts, end) {
		end++
	}
	ts = ts[:end]
	if k >= len(ts) || ts[k].punct {
		return nil
	}
	w := strings.ToLower(ts[k].w)
	if w == "according" && k+1 < len(ts) && ts[k+1].w == "to" {
		return phraseAfter(ts, k+2)
	}
	if speechVerbs[w] || afterOnly[w] {
		return phraseAfter(ts, k+1)
	}
	for j := k + 1; j < len(ts) && j < k+14; j++ {
		t := ts[j]
		if t.punct {
			if t.w == "," || t.w == "(" || t.w == ")" || t.w == "-" || t.w == "—" {
				continue
			}
			return nil
		}
		lw := strings.ToLower(t.w)
		if lw == "according" && j+1 < len(ts) && ts[j+1].w == "to" {
			return phraseAfter(ts, j+2)
		}
		if (speechVerbs[lw] || afterOnly[lw]) && isLowerWord(t.w) {
			return subjectPhrase(ts, k, j)
		}
	}
	return nil
}

// phraseAfter reads a speaker phrase after a verb: "Putin", "the official",
// "Sen. Ted Cruz", up to punctuation or a preposition.
func phraseAfter(ts []tok, k int) []tok {
	j := k
	for j < len(ts) && j-k < 8 {
		t := ts[j]
		if t.punct {
			break
		}
		lw := strings.ToLower(t.w)
		if j > k && phraseStops[lw] {
			break
		}
		if j > k && lw == "of" && isCap(ts[j-1].w) {
			break // "said Trump of Clinton"
		}
		j++
	}
	return ts[k:j]
}

// subjectPhrase returns the subject between ts[k] and the verb at ts[v]:
// the words before the first comma (an appositive follows it), without the
// adverbs and auxiliaries next to the verb.
func subjectPhrase(ts []tok, k, v int) []tok {
	e := v
	for i := k; i < v; i++ {
		if ts[i].punct {
			e = i
			break
		}
	}
	for e > k && skipWords[strings.ToLower(ts[e-1].w)] {
		e--
	}
	s := k
	for s < e && (subjectStops[strings.ToLower(ts[s].w)] || strings.EqualFold(ts[s].w, "so")) {
		s++
	}
	if s >= e {
		return nil
	}
	return ts[s:e]
}

// beforeCue returns the speaker phrase of a cue in the sentence before the
// opening mark at byte `at` of the paragraph tokens ts: `Erdogan said that
// "`, `X said: "`, `Erdogan, standing alongside Putin, said it was ... "`.
func beforeCue(ts []tok, at int) []tok {
	b := tokIndex(ts, at)
	a := b
	for a > 0 && !sentenceEnd(ts, a-1) && !(isDouble(ts[a-1]) && a-1 < b) {
		a--
	}
	for k := b - 1; k >= a; k-- {
		t := ts[k]
		if t.punct || !isLowerWord(t.w) {
			continue
		}
		w := t.w
		if w == "according" && k+1 < b && ts[k+1].w == "to" {
			return phraseAfter(ts[:b], k+2)
		}
		if !speechVerbs[w] || afterOnly[w] {
			continue
		}
		if ph := subjectBefore(ts, a, k); ph != nil {
			return ph
		}
		if participles[w] {
			if ph := leadingSubject(ts, a, k); ph != nil {
				return ph
			}
		}
		// Inverted: `said Putin: "` or `said the official, "`.
		if ph := phraseAfter(ts[:b], k+1); len(ph) > 0 && (isCap(ph[0].w) || isDeterminer(ph[0].w)) {
			return ph
		}
	}
	return nil
}

// subjectBefore reads the subject of the verb at ts[v] backwards, stopping
// at the sentence start a, punctuation or a clause word; a comma right
// before the verb closes an appositive whose head is before it.
func subjectBefore(ts []tok, a, v int) []tok {
	j := v - 1
	for j >= a && !ts[j].punct && skipWords[strings.ToLower(ts[j].w)] {
		j--
	}
	if j >= a && ts[j].w == "," {
		m := j - 1
		for m >= a && ts[m].w != "," && j-m < 16 && !isDouble(ts[m]) {
			m--
		}
		if m < a || ts[m].w != "," {
			return nil
		}
		j = m - 1
	}
	e := j + 1
	for j >= a && !ts[j].punct && !subjectStops[strings.ToLower(ts[j].w)] && e-j <= 8 {
		j--
	}
	if j+1 >= e {
		return nil
	}
	return ts[j+1 : e]
}

// leadingSubject returns the capitalised or determined phrase that opens
// the sentence at a, the subject of a participle's main clause.
func leadingSubject(ts []tok, a, v int) []tok {
	j := a
	for j < v && j-a < 6 && !ts[j].punct && (isCap(ts[j].w) || isDeterminer(ts[j].w)) {
		j++
	}
	if j == a {
		return nil
	}
	return ts[a:j]
}

var determiners = set("a", "an", "the", "one", "another", "two", "three", "several", "some", "many", "other", "his", "her", "their", "its")

func isDeterminer(w string) bool { return determiners[strings.ToLower(w)] }

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

package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/briefing/model"
)

// finiteVerbs end a speaker phrase: a subject is never followed, inside
// its own phrase, by its verb ("Mr Houston is alleged", "he said").
var finiteVerbs = set("am", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
	"might", "must", "should", "did", "does", "said", "says", "told", "tells", "wrote", "writes", "adds", "insists",
	"argues", "thinks", "believes", "feels", "knows", "heard", "saw", "felt", "thought", "gave", "made", "took",
	"used", "went", "got", "spoke", "speaks", "admits", "warns", "claims", "accepts", "denies", "hopes", "wants",
	"include", "includes", "despite", "without", "through", "into", "although", "though", "because", "during")

// irregularPasts end a phrase right after a name: "President Bush led the
// public"; after a noun they may open a reduced relative ("a group led by").
var irregularPasts = set("led", "won", "lost", "came", "became", "brought", "sent", "kept", "held", "met", "ran",
	"paid", "found", "began", "fell", "rose", "left", "hit", "set", "cut", "put", "let")

// leadAdverbs open a clause and are never part of a speaker's name
// ("However Paris", "But Penny Little").
var leadAdverbs = set("however", "meanwhile", "but", "and", "so", "yet", "still", "now", "indeed", "instead",
	"also", "then", "later", "earlier", "today", "yesterday", "nevertheless", "moreover", "furthermore",
	"responding", "speaking", "asked", "writing", "similarly", "additionally", "separately", "elsewhere", "likewise",
	"overall", "nonetheless", "ultimately", "finally", "thus", "hence", "otherwise", "besides", "again")

// tailAdverbs follow a subject without being part of it ("Ed Davey
// meanwhile", "the minister himself").
var tailAdverbs = set("meanwhile", "himself", "herself", "themselves", "itself", "too", "though", "however",
	"instead", "alone", "both", "all", "again", "afterwards", "afterward", "once", "later", "earlier", "today",
	"yesterday", "tonight", "now", "then", "there", "here")

var subjectPronouns = set("he", "she", "i", "we", "they", "it", "you")

// demonstratives and other function words are never a speaker alone.
var loneJunk = set("this", "that", "these", "those", "such", "each", "every", "any", "some", "both", "all",
	"none", "most", "few", "more", "his", "her", "their", "its", "our", "my", "your", "a", "an", "the")

// cleanPhrase cuts a speaker phrase at a verb of saying or a finite verb
// ("Mr Howard said the police" -> "Mr Howard"), drops clause adverbs at
// its edges and rejects phrases that cannot name anyone: a lone
// determiner or demonstrative, a lone -ing word, a phrase opening with a
// verb ("calls for a shift").
func cleanPhrase(ph []tok) []tok {
	for len(ph) > 1 && ph[0].in(leadAdverbs) {
		ph = ph[1:]
	}
	if len(ph) > 1 && isLowerWord(ph[0].w) && is(ph[0].w, speechVerbs) && (isCap(ph[1].w) || ph[1].in(determiners)) {
		ph = ph[1:] // inverted: "said Mr. Burr"
	}
	for i, t := range ph {
		if t.punct || !isLowerWord(t.w) {
			continue
		}
		if cutsAt(ph, i) {
			ph = ph[:i]
			break
		}
	}
	for len(ph) > 1 && tailDrop(ph) {
		ph = ph[:len(ph)-1]
	}
	if len(ph) > 0 && isLowerWord(ph[0].w) && (is(ph[0].w, prepositions) || strings.HasSuffix(ph[0].w, "ing")) {
		return nil // "for a legal system", "standing next"
	}
	if len(ph) > 1 && (ph[0].in(prepositions) || strings.EqualFold(ph[0].w, "among")) && !hasCap(ph[1:]) {
		return nil // "Among them"
	}
	if len(ph) == 0 {
		return nil
	}
	if n := len(ph); n > 1 && is(ph[n-1].w, pronouns) && !is(ph[n-1].w, possessiveDet) {
		return ph[n-1:] // "whether he", "Last season he"
	}
	if len(ph) == 1 {
		w := ph[0].w
		if in(w, loneJunk|leadAdverbs|weekdays) || isLowerWord(w) && (strings.HasSuffix(w, "ing") || is(w, speechVerbs)) {
			return nil
		}
	}
	return ph
}

// cutsAt reports whether the lower-case word ph[i] is the verb of a clause
// that the phrase ph[:i] is the subject of: a finite verb or verb of
// saying, or a past form right after a name or pronoun ("Mr Kennedy used
// a speech"). After a determiner or possessive it is an adjective or noun
// ("the accused", "his reported remarks").
func cutsAt(ph []tok, i int) bool {
	w := ph[i].w
	if i == 1 && ph[0].in(subjectPronouns) {
		return true // "He spent the next seven": after a pronoun comes its verb
	}
	if i == 0 {
		return is(w, finiteVerbs|afterOnly) || (is(w, speechVerbs) && !strings.HasSuffix(w, "ing"))
	}
	j := i - 1
	for j > 0 && isLowerWord(ph[j].w) && (strings.HasSuffix(ph[j].w, "ly") || is(ph[j].w, skipWords)) {
		j-- // "He completely failed"
	}
	prev := ph[j].w
	if ph[j].in(determiners|possessiveDet) || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") {
		return false
	}
	if is(w, finiteVerbs) {
		return true
	}
	if !isCap(prev) && !ph[j].in(pronouns|nonPersons) {
		// "the 48-year-old actor crossed a bridge": a past form after a
		// noun, with an object or phrase after it.
		if i+1 < len(ph) && strings.HasSuffix(w, "ed") && len(w) > 4 && !strings.HasSuffix(prev, "ly") {
			return ph[i+1].in(determiners | prepositions | possessiveDet)
		}
		return false
	}
	return strings.HasSuffix(w, "ed") && len(w) > 3 || is(w, irregularPasts) || is(w, speechVerbs) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
}

// tailDrop reports whether the last word of ph is not part of the
// speaker: an adverb ("Ed Davey meanwhile", "Henry afterwards", "once
// notoriously"), or a preposition or determiner left dangling ("a fervent
// supporter of").
func tailDrop(ph []tok) bool {
	w := ph[len(ph)-1].w
	if !isLowerWord(w) {
		return false
	}
	if is(w, tailAdverbs|skipWords|prepositions|possessiveDet) || ph[len(ph)-1].in(determiners) {
		return true
	}
	if !strings.HasSuffix(w, "ly") || len(w) < 5 {
		return false
	}
	p := ph[len(ph)-2].w
	return isCap(p) || ph[len(ph)-2].in(skipWords) || isLowerWord(p) && strings.HasSuffix(p, "ly")
}

// andName reads "chairman and chief executive Richard Parsons": a role
// joined by "and" to another role that ends in a name is one person, named
// by the part after "and". It returns the index after "and", or -1.
func andName(ph []tok) int {
	for i := 1; i+1 < len(ph); i++ {
		if !ph[i].in(conjunctions) || entryOf(ph[i].w).form != "and" {
			continue
		}
		for j := range i {
			if t := &ph[j]; t.punct || !isLowerWord(t.w) || t.in(determiners) {
				return -1
			}
		}
		if l := ph[len(ph)-1]; isCap(l.w) && i+2 < len(ph) {
			return i + 1
		}
		return -1
	}
	return -1
}

// roleWord reports a word that may stand before a name as its role or
// party without being part of it: an acronym ("MP", "DJ", "MEP") or a
// known title or party word.
func roleWord(w string) bool {
	return in(w, titles|parties) || acronym(w) || is(w, nationals) ||
		strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ican")
}

// acronym reports an all-capitals word of two to four letters: "MP", "DJ";
// not a Roman numeral ("Brent Bozell III").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4 && strings.Trim(w, "IVX") != "" // "III" is a numeral
}

// parties and role nouns that stand before a name, capitalised or not.
var parties = set("tory", "labour", "conservative", "liberal", "democrat", "republican", "green", "ukip", "snp",
	"archbishop", "bishop", "cardinal", "rabbi", "imam", "father", "brother", "sister", "mp", "mep", "msp", "am",
	"dj", "boss", "striker", "midfielder", "defender", "goalkeeper", "keeper", "skipper", "captain", "winger",
	"forward", "coach", "chef", "singer", "actor", "actress", "star", "rapper", "designer", "author", "novelist",
	"director", "producer", "editor", "analyst", "economist", "lawyer", "barrister", "solicitor", "agent")

// peelRoles drops role and party words in front of a name of at least two
// words ("Tory MP Boris Johnson" -> "Boris Johnson"), and clause words
// that opened the sentence ("But Penny Little").
func peelRoles(run []tok) []tok {
	for len(run) > 1 && run[0].in(leadAdverbs|subjectStops) {
		run = run[1:]
	}
	if n := len(run); n >= 3 && acronym(run[n-1].w) && !acronym(run[n-2].w) {
		run = run[:n-1] // "Paul Boateng MP"
	}
	for i := len(run) - 3; i >= 0; i-- {
		if roleWord(run[i].w) {
			return run[i+1:] // "Euro MP Robert Kilroy-Silk"
		}
	}
	return run
}

// demonymNoun reports "the American", "the Scot": a definite description
// by nationality alone, which in news prose points back at the person just
// written about.
func (st *docState) demonymNoun(p int, ph []tok) bool {
	if len(ph) != 2 || !strings.EqualFold(ph[0].w, "the") || !isCap(ph[1].w) {
		return false
	}
	if is(ph[1].w, nationals) {
		return true
	}
	for _, m := range st.ix.Mentions(st.d, p) {
		if m.Start == ph[1].s && m.End == ph[1].e {
			a := st.ix.ActorOf(m)
			return a != nil && a.Name != m.Form && a.Kind == model.KindCountry && demonymForm(m.Form)
		}
	}
	return demonymForm(ph[1].w) && !st.knownName(ph[1].w)
}

func (st *docState) knownName(w string) bool { return st.resolveID(w) != "" }

// demonymForm reports a nationality adjective's usual endings.
func demonymForm(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ican", "ani", "iot"} {
		if strings.HasSuffix(w, suf) {
			r, _ := utf8.DecodeRuneInString(w)
			return unicode.IsUpper(r)
		}
	}
	return false
}

var nationals = set("Briton", "Scot", "Swede", "Dane", "Pole", "Finn", "Spaniard", "Frenchman", "Frenchwoman",
	"Englishman", "Englishwoman", "Welshman", "Welshwoman", "Irishman", "Irishwoman", "Dutchman", "Kiwi",
	"Aussie", "Swiss", "Argentine", "Czech", "Thai", "Greek", "Brit", "Croat", "Serb", "Slovak", "Uzbek", "Kazakh")

// loneDemonym reports a phrase that is only a nationality adjective
// ("Austrian"): the index knows the word as a country's adjective.
func (st *docState) loneDemonym(p int, ph []tok) bool {
	if len(ph) != 1 || !isCap(ph[0].w) {
		return false
	}
	for _, m := range st.ix.Mentions(st.d, p) {
		if m.Start == ph[0].s && m.End == ph[0].e {
			a := st.ix.ActorOf(m)
			return a != nil && a.Kind == model.KindCountry && a.Name != m.Form && demonymForm(m.Form)
		}
	}
	return false
}

// allTitles reports a phrase made only of a determiner and titles ("The
// Lord Chancellor", "the chairman"): a description, not a name.
func allTitles(ph []tok) bool {
	if len(ph) < 2 || !ph[0].in(determiners) {
		return false
	}
	for i := 1; i < len(ph); i++ {
		if t := &ph[i]; t.punct || !t.in(titles) || strings.EqualFold(t.w, "the") {
			return false
		}
	}
	return true
}

// loneGerund reports a lone capitalised -ing word that only opens its
// sentence ("Doing", "Reducing") and names no actor; surnames like
// "Schilling" are known to the index.
func (st *docState) loneGerund(p int, ph []tok) bool {
	if len(ph) != 1 || !isCap(ph[0].w) || !strings.HasSuffix(ph[0].w, "ing") {
		return false
	}
	if !opensSentence(st.doc.Paragraphs[p].Text, ph[0].s) {
		return false
	}
	for _, m := range st.ix.Mentions(st.d, p) {
		if m.Start <= ph[0].s && m.End >= ph[0].e {
			return false
		}
	}
	// The verb is also written in lower case somewhere in the document.
	lw := lower(ph[0].w)
	for q := range st.doc.Paragraphs {
		if containsWord(st.doc.Paragraphs[q].Text, lw) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in t as a whole word.
func containsWord(t, w string) bool {
	for off := 0; ; {
		i := strings.Index(t[off:], w)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(w)
		before, after := prevRune(t, i), nextRune(t, off)
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
	}
}

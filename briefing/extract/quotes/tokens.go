package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a single punctuation character of a paragraph,
// Text[s:e]. Abbreviations keep their period ("Mr.", "U.S.").
type tok struct {
	s, e  int
	w     string
	punct bool
	lists class // the lists lower(w) is on, with listsKnown once looked up (see in)
}

// in reports whether the lower-case form of the token's word is on one of
// the lists c, as in(t.w, c) does. A token's lists are looked up once: the
// readers of a quote's cue ask about the same words again and again.
func (t *tok) in(c class) bool {
	if t.lists&listsKnown == 0 {
		t.lists = classOf(t.w) | listsKnown
	}
	return t.lists&c != 0
}

// listsKnown marks a token's lists as looked up; no list has its bit.
const listsKnown class = 1 << 63

// tokenize appends the words and punctuation of t[from:to] to ts.
func tokenize(ts []tok, t string, from, to int) []tok {
	t = t[:to]
	for i := from; i < len(t); {
		// ASCII fast path: words of letters and digits, punctuation, spaces.
		switch byteClass[t[i]] {
		case classSpace:
			i++
			continue
		case classPunct:
			ts = appendTok(ts, i, i+1, t[i:i+1], true)
			i++
			continue
		case classWord:
			j := i + 1
			for j < len(t) && byteClass[t[j]] == classWord {
				j++
			}
			if j == len(t) || t[j] == ' ' {
				// The common case: a plain word, then a space or the end.
				ts = appendTok(ts, i, j, t[i:j], false)
				i = j + 1
				continue
			}
			if !joinsWord(t, j, len(t)) {
				if t[j] == '.' && isAbbrev(t[i:j]) {
					j++
				}
				j = possessiveEnd(t, i, j, len(t))
				ts = appendTok(ts, i, j, t[i:j], false)
				i = j
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + w
			for j < len(t) {
				r2, w2 := utf8.DecodeRuneInString(t[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += w2
					continue
				}
				// Joiners stay inside a word when a letter follows: al-Assad, O'Neill, U.S.
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
					if r3 := nextRune(t, j+w2); unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += w2
						continue
					}
				}
				break
			}
			if j < len(t) && t[j] == '.' && isAbbrev(t[i:j]) {
				j++
			}
			j = possessiveEnd(t, i, j, len(t))
			ts = appendTok(ts, i, j, t[i:j], false)
			i = j
		default:
			ts = appendTok(ts, i, i+w, t[i:i+w], true)
			i += w
		}
	}
	return ts
}

// appendTok appends the token t[s:e], whose word is w, to ts. It stores
// the fields in place: append(ts, tok{...}) builds the token in a
// temporary, zeroed first, and copies it over, twice the stores on the
// tokenizer's busiest line.
func appendTok(ts []tok, s, e int, w string, punct bool) []tok {
	if len(ts) < cap(ts) {
		ts = ts[:len(ts)+1]
	} else {
		ts = append(ts, tok{})
	}
	k := &ts[len(ts)-1]
	k.s, k.e, k.w, k.punct, k.lists = s, e, w, punct, 0
	return ts
}

// possessiveEnd keeps the apostrophe of a plural possessive ("Sanders'
// campaign") in the word t[i:j], so it is not taken for a quote mark.
func possessiveEnd(t string, i, j, to int) int {
	if j-i < 2 || t[j-1] != 's' || j >= to {
		return j
	}
	if t[j] == '\'' && (j+1 == to || t[j+1] == ' ') {
		return j + 1
	}
	if strings.HasPrefix(t[j:to], "’") && (j+3 == to || nextRune(t[:to], j+3) == ' ') {
		return j + 3
	}
	return j
}

// Byte classes of the tokenizer's ASCII fast path.
const (
	classOther = iota // control and non-ASCII bytes: read as runes
	classSpace
	classWord // letter or digit
	classPunct
)

// byteClass sorts the bytes of a text for tokenize.
var byteClass = func() (c [256]byte) {
	for b := 0; b < utf8.RuneSelf; b++ {
		switch {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\v' || b == '\f':
			c[b] = classSpace
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9':
			c[b] = classWord
		case b > ' ' && b < 0x7f:
			c[b] = classPunct
		}
	}
	return c
}()

// joinsWord reports whether t[j] continues a word: a letter beyond ASCII, or
// a joiner (- ' ’ . &) followed by a letter or digit.
func joinsWord(t string, j, to int) bool {
	c := t[j]
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(t[j:to])
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’'
	}
	if c == '-' || c == '\'' || c == '.' || c == '&' {
		r := nextRune(t[:to], j+1)
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// abbrevs end with a period that does not end a sentence.
var abbrevs = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
	"maj", "prof", "rev", "st", "jr", "sr", "inc", "corp", "ltd", "vs", "u.s", "u.k", "u.n", "d.c",
	"pres", "sec", "atty", "supt", "cmdr", "gens", "sens", "reps", "messrs", "ft", "mt", "ave", "jan", "feb",
	"aug", "sept", "sep", "oct", "nov", "dec", "calif", "fla", "penn", "tenn", "tex", "va", "ariz", "ga", "mich", "minn", "ky", "la", "md", "mo", "n.y", "n.j", "n.h", "s.c", "n.c", "wis", "colo", "conn", "ala", "okla", "nev", "neb", "ark", "vt")

// isAbbrev reports whether w followed by a period is an abbreviation.
func isAbbrev(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true // an initial: "George W. Bush"
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:] // "R-Ky."
	}
	return len(w) <= longestAbbrev && in(w, abbrevs) // most words before a period end a sentence
}

var longestAbbrev = func() int {
	n := 0
	for w, e := range lexicon {
		if e.class&abbrevs != 0 {
			n = max(n, len(w))
		}
	}
	return n
}()

// A word list is one bit of a class: a word's class is the lists it is
// on, so that one look-up in lexicon answers for all of them.
type class uint64

// set adds the words to a new list and returns the list's bit.
func set(ws ...string) class {
	c := nextList
	if c == listsKnown {
		panic("quotes: more word lists than a class has bits")
	}
	nextList <<= 1
	for _, w := range ws {
		lexicon[w] = lexEntry{w, lexicon[w].class | c}
		lexByShape.put(w, lexicon[w])
		if lw := strings.ToLower(w); lw != w {
			lexicon[lw] = lexEntry{lw, lexicon[lw].class} // for lower to hand out
			lexByShape.put(lw, lexicon[lw])
		}
	}
	return c
}

var nextList class = 1

// lexEntry is a word of this package's lists, as written there, and the
// lists it is on.
type lexEntry struct {
	form  string
	class class
}

// lexByShape holds the words of lexicon, for entryOf.
var lexByShape shapeTable

// shapeTable finds words by shape: length (1 to 24 bytes), first and last
// byte, each byte folded to its low five bits. Indexing by shape and
// comparing the one or two words of that shape costs less than hashing the
// word for a map look-up, and most words of a text (names, nouns) have a
// shape no listed word has.
type shapeTable struct {
	last  [25 << 10]uint16 // per shape, 1 + the index in words of its last word; 0: none
	words []shapeWord
}

type shapeWord struct {
	e    lexEntry // e.form is the word
	prev uint16   // 1 + the index of the shape's word before, 0: none
}

func shapeOf(w string) int {
	return len(w)<<10 | int(w[0]&31)<<5 | int(w[len(w)-1]&31)
}

// put sets the entry of w (e.form), if w is 1 to 24 bytes long.
func (s *shapeTable) put(w string, e lexEntry) {
	if len(w) == 0 || len(w) > 24 {
		return
	}
	k := shapeOf(w)
	for i := s.last[k]; i != 0; i = s.words[i-1].prev {
		if s.words[i-1].e.form == w {
			s.words[i-1].e = e
			return
		}
	}
	s.words = append(s.words, shapeWord{e, s.last[k]})
	s.last[k] = uint16(len(s.words))
}

// get returns the entry of w, 1 to 24 bytes long, as written, or a zero
// entry.
func (s *shapeTable) get(w string) lexEntry {
	for i := s.last[shapeOf(w)]; i != 0; i = s.words[i-1].prev {
		if sw := &s.words[i-1]; sw.e.form == w {
			return sw.e
		}
	}
	return lexEntry{}
}

// getFold returns the entry of the lower-case form of w, 1 to 24 bytes
// long, among the table's lower-case ASCII words, or a zero entry. A shape
// folds case already, so w is compared as it is, without a lower-case copy.
func (s *shapeTable) getFold(w string) lexEntry {
	for i := s.last[shapeOf(w)]; i != 0; i = s.words[i-1].prev {
		if sw := &s.words[i-1]; equalFoldASCII(w, sw.e.form) {
			return sw.e
		}
	}
	return lexEntry{}
}

// equalFoldASCII reports whether w with its ASCII capitals lowered is form.
func equalFoldASCII(w, form string) bool {
	if len(w) != len(form) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte[w[i]] != form[i] {
			return false
		}
	}
	return true
}

// lowerByte lowers ASCII capitals and keeps every other byte, without a
// branch on the case of each letter.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = lowerASCII(byte(c))
	}
	return t
}()

// lexicon holds every word of this package's lists, and the lower-case
// form of those written capitalised. It is made with room for them all,
// so that it never grows while the lists are added at start-up.
var lexicon = make(map[string]lexEntry, lexiconRoom)

// lexiconRoom is at least the number of words in lexicon (TestLexiconRoom).
const lexiconRoom = 700

// is reports whether w, as it is, is on one of the lists c. It finds w
// by shape rather than hashing it (see shapeTable).
func is(w string, c class) bool {
	if len(w) == 0 || len(w) > 24 {
		return lexicon[w].class&c != 0
	}
	return lexByShape.get(w).class&c != 0
}

// in reports whether the lower-case form of w is on one of the lists c.
func in(w string, c class) bool { return classOf(w)&c != 0 }

// classOf returns the lists the lower-case form of w is on.
func classOf(w string) class { return entryOf(w).class }

// entryOf returns the lexicon's entry for the lower-case form of w, whose
// form is then lower(w), or a zero entry. It does not allocate for short
// ASCII words (the look-up of a converted byte slice does not copy), so
// it stands for lower where a word is only compared with the lists' words.
func entryOf(w string) lexEntry {
	if len(w) == 0 || len(w) > 24 {
		return lexicon[strings.ToLower(w)]
	}
	if e := lexByShape.getFold(w); e.class != 0 || e.form != "" {
		return e
	}
	// Beyond ASCII a word may still lower to a listed one (the Kelvin
	// sign is a k), with another shape.
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return lexicon[strings.ToLower(w)]
		}
	}
	return lexEntry{}
}

// hasSuffixLower reports whether lower(w) ends in suf (lower-case ASCII),
// without copying an ASCII word.
func hasSuffixLower(w, suf string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.HasSuffix(lower(w), suf)
		}
	}
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}

// lower returns w in lower case, as strings.ToLower does; a capitalised
// word of the lists ("Said", "The") comes back as the list's own string,
// so that only names and other words no list holds are copied.
func lower(w string) string {
	var buf [24]byte
	if len(w) > len(buf) {
		return strings.ToLower(w)
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return w
	}
	if e, ok := lexicon[string(buf[:len(w)])]; ok {
		return e.form
	}
	return string(buf[:len(w)])
}

// isCap reports whether a word starts with an upper-case letter. An ASCII
// first byte is answered where isCap is called: the test is inlined, and
// only a word starting beyond ASCII costs a call.
func isCap(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'A' < 26 // a byte: below 'A' wraps round above
	}
	return firstIs(w, unicode.IsUpper)
}

// isLowerWord reports whether a word starts with a lower-case letter.
func isLowerWord(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'a' < 26
	}
	return firstIs(w, unicode.IsLower)
}

// firstIs reports whether the first rune of w has the property is.
func firstIs(w string, is func(rune) bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return is(r)
}

// sentenceEnd reports whether the punctuation token ts[k] ends a sentence:
// . ! ? followed by the end, a space and a capital, or a quote mark.
func sentenceEnd(ts []tok, k int) bool {
	if w := ts[k].w; len(w) != 1 || !stopByte[w[0]] {
		return false
	}
	if k+1 >= len(ts) {
		return true
	}
	n := ts[k+1]
	if n.punct {
		return n.s > ts[k].e || isQuoteChar(n.w)
	}
	return isCap(n.w) || unicode.IsDigit(nextRune(n.w, 0))
}

// stopByte holds the bytes that may end a sentence: . ! ?
var stopByte = [256]bool{'.': true, '!': true, '?': true}

// lastStop returns the index of the last . ! or ? in s, or -1.
func lastStop(s string) int {
	i := len(s) - 1
	for i >= 0 && !stopByte[s[i]] {
		i--
	}
	return i
}

// isQuoteChar reports whether s is a quote mark of any shape.
func isQuoteChar(s string) bool {
	switch s {
	case "\"", "“", "”", "„", "«", "»", "'", "‘", "’":
		return true
	}
	return false
}

// hasWords reports whether s has at least n words (runs holding a letter
// or digit); it stops reading at the n-th. ASCII bytes are classed by
// table; only a byte beyond ASCII decodes its rune.
func hasWords(s string, n int) bool {
	in := false
	for i := 0; i < len(s); {
		kind, size := wordByte[s[i]], 1
		if s[i] >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(s[i:])
			kind, size = wordBreak, w
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				kind = wordPart
			} else if r == '’' {
				kind = wordJoin
			}
		}
		i += size
		switch kind {
		case wordPart:
			if !in {
				if n--; n == 0 {
					return true
				}
				in = true
			}
		case wordBreak:
			in = false
		}
	}
	return n <= 0
}

// What an ASCII byte is to hasWords' words.
const (
	wordBreak = iota // ends a word
	wordPart         // letter or digit
	wordJoin         // ' or -: neither starts nor ends a word
)

var wordByte = func() (k [256]byte) {
	for b := range k {
		switch {
		case byteClass[b] == classWord:
			k[b] = wordPart
		case b == '\'' || b == '-':
			k[b] = wordJoin
		}
	}
	return k
}()

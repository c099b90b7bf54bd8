package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isPartial reports whether the quote opening at byte open of paragraph p
// is a fragment inside the reporter's sentence. A quote that opens the
// paragraph or a sentence, or follows a colon, stands alone; one that follows
// a speech verb or a comma and starts with a capital is a whole utterance;
// anything else ("said that "...", "to "alleviate the problem."") is partial.
func (st *docState) isPartial(p, open int, text string) bool {
	t := st.doc.Paragraphs[p].Text
	i := open
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(t[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= w
	}
	if i == 0 {
		return false
	}
	upper := unicode.IsUpper(firstLetter(text))
	prev, _ := utf8.DecodeLastRuneInString(t[:i])
	switch {
	case prev == '.' || prev == '!' || prev == '?' || prev == ':' || prev == '"' || prev == '”':
		return false
	case prev == ',' || prev == ';':
		// `," he said, "and ...`: the second half of a split quote.
		return !upper && !strings.ContainsAny(lastBytes(t[:i], 80), "\"”")
	case unicode.IsLetter(prev) || unicode.IsDigit(prev):
		if !upper {
			return true
		}
		ts := st.tokensTo(p, open)
		k := tokIndex(ts, open)
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if ts[j].punct {
				break
			}
			if is(ts[j].w, speechVerbs) {
				return false // `Trump told reporters "We will win."`
			}
		}
		return true
	}
	return !upper
}

func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
	}
	return 0
}

func lastBytes(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// smallWords may stay lower-case inside a title ("The Art of the Deal").
var smallWords = set("a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or", "is", "vs", "de", "la", "du")

// isTitle reports whether a fragment reads as a title or name in quotes
// ("Saturday Night Live", "The Art of the Deal"): every word capitalised
// except small ones, no sentence punctuation, at most eight words (24
// without a closing full stop: "Practical Solutions to the Problem of ..."). Web
// addresses in quote marks are dropped the same way.
func isTitle(text string) bool {
	if strings.Contains(text, "://") {
		return true // a web address, not speech
	}
	// American style puts the sentence's comma or period inside the marks;
	// past eight words, a title (of a paper, a report) has no full stop.
	limit := 24
	if strings.HasSuffix(text, ".") {
		limit = 8
	}
	for len(text) > 0 && clauseEnd[text[len(text)-1]] {
		text = text[:len(text)-1] // as strings.TrimRight(text, ".,;:"), without building its byte set
	}
	// Words split at spaces and commas, read as they are found: no list
	// of them is built. Most quotes fail here within a few words, so the
	// whole text is searched for sentence punctuation only after.
	n := 0
	for w, i := nextField(text, 0); w != ""; w, i = nextField(text, i) {
		n++
		if n > limit || n == 1 && !isCap(w) {
			return false
		}
		if !isCap(w) && !in(w, smallWords) && unicode.IsLetter(firstLetter(w)) {
			return false
		}
	}
	return n > 0 && !strings.ContainsAny(text, ".;:!?")
}

// clauseEnd holds the punctuation isTitle trims from a title's end.
var clauseEnd = [256]bool{'.': true, ',': true, ';': true, ':': true}

// nextField returns the first word of s[i:] between spaces and commas, as
// strings.FieldsFunc splits at them, and the byte after it; "" when none
// is left. ASCII bytes are classed by table, without a call for each.
func nextField(s string, i int) (string, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ',' && byteClass[c] != classSpace {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if c == ',' || byteClass[c] == classSpace {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

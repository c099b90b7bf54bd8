package actors

import "briefing/briefing/source"

// docWords answers what pass one asks about the words of one document
// outside its headings: whether a word is seen in lower case (nameLike,
// for every word of every name), and how often it is seen in lower case
// and capitalised inside sentences (isKnown, for a few sentence openers).
// Counting every word as it is tokenised would cost a table lookup per
// word for the answers to one question in twenty; instead the tokenizer
// marks each lower-case word in a Bloom filter, which answers most
// questions with no, and the rest are answered from the document's kept
// tokens.
type docWords struct {
	lower [lowerBits / 64]uint64 // the filter: two bits per lower-case word of four bytes or more on no list
	doc   *source.Document
	toks  []keptToken // doc's tokens: paragraph i's are toks[at[i]:at[i+1]]
	at    []int
}

// lowerBits is the filter's size: a document's few hundred words set few
// enough of its bits that a word not seen is almost never taken for one.
const lowerBits = 8192

// reset empties the filter for the next document.
func (v *docWords) reset() { v.lower = [lowerBits / 64]uint64{} }

// filterBits returns the two bits of the filter for w.
func filterBits(w string) (uint32, uint32) {
	h := wordHash(wordBits(w), len(w))
	return h % lowerBits, (h >> 16) % lowerBits
}

// markLower notes that w is seen in lower case.
func (v *docWords) markLower(w string) {
	a, b := filterBits(w)
	v.lower[a/64] |= 1 << (a % 64)
	v.lower[b/64] |= 1 << (b % 64)
}

// setTokens gives v the document's tokens, once it is tokenised.
func (v *docWords) setTokens(doc *source.Document, toks []keptToken, at []int) {
	v.doc, v.toks, v.at = doc, toks, at
}

// seenLower reports whether w is seen in lower case in the document.
func (v *docWords) seenLower(w string) bool {
	return v.maybeLower(w) && v.count(w, true, true) > 0
}

// lowerCount returns how often w is seen in lower case in the document
// (only words of four bytes or more on no list are counted).
func (v *docWords) lowerCount(w string) int {
	if !v.maybeLower(w) {
		return 0
	}
	return v.count(w, true, false)
}

// capMidCount returns how often w is seen capitalised inside a sentence.
func (v *docWords) capMidCount(w string) int { return v.count(w, false, false) }

// maybeLower reports false when w is surely not seen in lower case.
func (v *docWords) maybeLower(w string) bool {
	if len(w) <= 3 {
		return false
	}
	a, b := filterBits(w)
	return v.lower[a/64]&(1<<(a%64)) != 0 && v.lower[b/64]&(1<<(b%64)) != 0
}

// count returns how many tokens outside headings are w, in lower case and
// on no list (lower) or capitalised inside a sentence (else); with first,
// it stops at the first.
func (v *docWords) count(w string, lower, first bool) int {
	mask, want := kWord|kCap|kSentStart, kWord|kCap
	if lower {
		mask, want = kWord|kCap|(1<<keptShift-1), kWord
	}
	n := 0
	for i := range v.doc.Paragraphs {
		p := &v.doc.Paragraphs[i]
		if p.Heading {
			continue
		}
		for _, t := range v.toks[v.at[i]:v.at[i+1]] {
			if t.flags&mask == want && int(t.end-t.start) == len(w) && p.Text[t.start:t.end] == w {
				n++
				if first {
					return n
				}
			}
		}
	}
	return n
}

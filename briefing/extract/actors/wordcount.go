package actors

import "briefing/briefing/source"

// docWords answers what pass one asks about the words of one document
// outside its headings: whether a word is seen in lower case (nameLike,
// for every word of every name), and whether a word is seen capitalised
// inside sentences more often than in lower case (isKnown, for a few
// sentence openers). Counting every word as it is tokenised would cost a
// table lookup per word for answers wanted for one word in twenty;
// instead the tokenizer marks the words in two Bloom filters, which answer
// most questions with no, and the rest are answered from the document's
// kept tokens.
type docWords struct {
	lower  bloom // lower-case words of four bytes or more on no list (the only ones counted)
	capMid bloom // words capitalised inside a sentence
	doc    *source.Document
	toks   []keptToken // doc's tokens: paragraph i's are toks[at[i]:at[i+1]]
	at     []int
}

// bloom is a Bloom filter of words, two bits per word: a document's few
// hundred words set few enough of its bits that a word not added is
// almost never taken for one.
type bloom [8192 / 64]uint64

// bits returns the two bits of w.
func (b *bloom) bits(w string) (uint32, uint32) {
	h := wordHash(wordBits(w), len(w))
	n := uint32(64 * len(b))
	return h % n, (h >> 16) % n
}

func (b *bloom) add(w string) {
	x, y := b.bits(w)
	b[x/64] |= 1 << (x % 64)
	b[y/64] |= 1 << (y % 64)
}

// mayHave reports false when w was surely not added.
func (b *bloom) mayHave(w string) bool {
	x, y := b.bits(w)
	return b[x/64]&(1<<(x%64)) != 0 && b[y/64]&(1<<(y%64)) != 0
}

// reset empties the filters for the next document.
func (v *docWords) reset() { v.lower, v.capMid = bloom{}, bloom{} }

// mark adds a word of a paragraph outside headings, with its flags, to the
// filters.
func (v *docWords) mark(w string, flags uint32, lex lexFlag) {
	switch {
	case flags&kCap == 0:
		// Short and list words ("the", "said") are never names.
		if len(w) > 3 && lex&listed == 0 {
			v.lower.add(w)
		}
	case flags&kSentStart == 0:
		v.capMid.add(w)
	}
}

// setTokens gives v the document's tokens, once it is tokenised.
func (v *docWords) setTokens(doc *source.Document, toks []keptToken, at []int) {
	v.doc, v.toks, v.at = doc, toks, at
}

// seenLower reports whether w is seen in lower case in the document (only
// words of four bytes or more on no list count).
func (v *docWords) seenLower(w string) bool {
	if len(w) <= 3 || !v.lower.mayHave(w) {
		return false
	}
	_, n := v.count("", w, true)
	return n > 0
}

// moreCapMid reports whether w is seen capitalised inside a sentence more
// often than lw is seen in lower case.
func (v *docWords) moreCapMid(w, lw string) bool {
	if !v.capMid.mayHave(w) {
		return false
	}
	if len(lw) <= 3 || !v.lower.mayHave(lw) {
		lw = "" // no token is empty
	}
	capMid, lower := v.count(w, lw, false)
	return capMid > lower
}

// count returns how many tokens outside headings are cw capitalised inside
// a sentence and lw in lower case and on no list; with firstLower, it
// stops at the first lw.
func (v *docWords) count(cw, lw string, firstLower bool) (capMid, lower int) {
	for i := range v.doc.Paragraphs {
		p := &v.doc.Paragraphs[i]
		if p.Heading {
			continue
		}
		for _, t := range v.toks[v.at[i]:v.at[i+1]] {
			switch n := int(t.end - t.start); {
			case n == len(cw) && t.flags&(kWord|kCap|kSentStart) == kWord|kCap && p.Text[t.start:t.end] == cw:
				capMid++
			case n == len(lw) && t.flags&(kWord|kCap|uint32(listed)) == kWord && p.Text[t.start:t.end] == lw:
				lower++
				if firstLower {
					return capMid, lower
				}
			}
		}
	}
	return capMid, lower
}

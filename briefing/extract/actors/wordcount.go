package actors

import "briefing/briefing/source"

// docWords answers what pass one asks about the words of one document
// outside its headings: whether a word is seen in lower case (nameLike,
// for every word of every name), and whether a word is seen capitalised
// inside sentences more often than in lower case (isKnown, for a few
// sentence openers). Counting every word as it is tokenised would cost a
// table lookup per word for answers wanted for one word in twenty;
// instead the tokenizer adds the words to two lists, each with a Bloom
// filter, which answers most questions with no.
type docWords struct {
	lower  wordList // lower-case words of four bytes or more on no list (the only ones counted)
	capMid wordList // words capitalised inside a sentence
	// The document's tokens, for a word too long for the lists.
	doc  *source.Document
	toks []keptToken // paragraph i's are toks[at[i]:at[i+1]]
	at   []int
}

// wordList holds words of one kind seen in a document: a Bloom filter of
// them all, and the ones of up to eight bytes, repeats and all, as
// wordBits packs them (exactly, at that length).
type wordList struct {
	filter bloom
	short  []shortWord
}

type shortWord struct {
	bits uint64
	n    int
}

func (l *wordList) add(w string) {
	bits := wordBits(w)
	l.filter.add(wordHash(bits, len(w)))
	if len(w) <= 8 {
		l.short = append(l.short, shortWord{bits, len(w)})
	}
}

// count returns how often w was added, counting up to most (all for -1);
// ok is false when w is too long for the list and may have been added.
func (l *wordList) count(w string, most int) (n int, ok bool) {
	bits := wordBits(w)
	if !l.filter.mayHave(wordHash(bits, len(w))) {
		return 0, true
	}
	if len(w) > 8 {
		return 0, false
	}
	for _, s := range l.short {
		if s.bits == bits && s.n == len(w) {
			if n++; n == most {
				break
			}
		}
	}
	return n, true
}

// bloom is a Bloom filter of words, two bits per word (from its
// wordHash): a document's few hundred words set few enough of its bits
// that a word not added is almost never taken for one.
type bloom [8192 / 64]uint64

func (b *bloom) add(h uint32) {
	x, y := h%(64*uint32(len(b))), (h>>16)%(64*uint32(len(b)))
	b[x/64] |= 1 << (x % 64)
	b[y/64] |= 1 << (y % 64)
}

// mayHave reports false when the word of h was surely not added.
func (b *bloom) mayHave(h uint32) bool {
	x, y := h%(64*uint32(len(b))), (h>>16)%(64*uint32(len(b)))
	return b[x/64]&(1<<(x%64)) != 0 && b[y/64]&(1<<(y%64)) != 0
}

// reset empties v for the next document.
func (v *docWords) reset() {
	v.lower = wordList{short: v.lower.short[:0]}
	v.capMid = wordList{short: v.capMid.short[:0]}
}

// mark adds a word of a paragraph outside headings, with its flags, to v.
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
	if len(w) <= 3 {
		return false
	}
	n, ok := v.lower.count(w, 1)
	if !ok {
		_, n = v.count("", w, true)
	}
	return n > 0
}

// moreCapMid reports whether w is seen capitalised inside a sentence more
// often than lw is seen in lower case.
func (v *docWords) moreCapMid(w, lw string) bool {
	if len(lw) <= 3 {
		lw = "" // never counted, and no token is empty
	}
	capMid, ok := v.capMid.count(w, -1)
	if ok && capMid == 0 {
		return false
	}
	lower, ok2 := v.lower.count(lw, -1)
	if !ok || !ok2 {
		capMid, lower = v.count(w, lw, false)
	}
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

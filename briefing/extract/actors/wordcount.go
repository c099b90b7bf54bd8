package actors

// docWords answers what pass one asks about the words of one document
// outside its headings: whether a word is seen in lower case (nameLike,
// for every word of every name), and whether a word is seen capitalised
// inside sentences more often than in lower case (isKnown, for a few
// sentence openers). Counting every word as it is tokenised would cost a
// table lookup per word for answers wanted for one word in twenty;
// instead the tokenizer lists the words, and a Bloom filter per list
// answers most questions with no.
type docWords struct {
	lower  wordList // lower-case words of four bytes or more on no list (the only ones counted)
	capMid wordList // words capitalised inside a sentence
}

// wordList holds the words of one kind seen in a document, repeats and
// all, in a Bloom filter and a list: a question the filter lets through
// is answered from the list, which a news article keeps short. A long
// list is counted into a map at its first such question, so that a huge
// document costs no list search per question.
type wordList struct {
	filter bloom
	words  []listWord
	counts map[string]int32 // words counted, for a long list
}

type listWord struct {
	bits uint64 // wordBits(word), compared first
	word string
}

// longList is the length from which a list is counted into a map: a few
// dozen searches of it cost about as much as building the map.
const longList = 1024

// add adds w, whose wordBits are bits and wordHash h.
func (l *wordList) add(w string, bits uint64, h uint32) {
	l.filter.add(h)
	l.words = append(l.words, listWord{bits, w})
}

// count returns how often w was added; with first, it stops at the first.
func (l *wordList) count(w string, first bool) int {
	bits := wordBits(w)
	if !l.filter.mayHave(wordHash(bits, len(w))) {
		return 0
	}
	if len(l.words) >= longList {
		if l.counts == nil {
			l.counts = make(map[string]int32, len(l.words)/2)
			for _, x := range l.words {
				l.counts[x.word]++
			}
		}
		return int(l.counts[w])
	}
	n := 0
	for _, x := range l.words {
		if x.bits == bits && len(x.word) == len(w) && (len(w) <= 8 || x.word == w) {
			n++
			if first {
				break
			}
		}
	}
	return n
}

func (l *wordList) reset() {
	l.filter, l.words, l.counts = bloom{}, l.words[:0], nil
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
	v.lower.reset()
	v.capMid.reset()
}

// listFor returns the list of v that a word of a paragraph outside
// headings goes in, given its length and flags, or nil for none. The
// tokenizer adds the word there itself: a call for every word, which
// saves and restores what the tokenizer's loop holds in registers, cost
// a tenth of its time.
func (v *docWords) listFor(n int, flags uint32, lex lexFlag) *wordList {
	switch {
	case flags&kCap == 0:
		// Short and list words ("the", "said") are never names.
		if n > 3 && lex&listed == 0 {
			return &v.lower
		}
	case flags&kSentStart == 0:
		return &v.capMid
	}
	return nil
}

// seenLower reports whether w is seen in lower case in the document (only
// words of four bytes or more on no list count).
func (v *docWords) seenLower(w string) bool {
	return len(w) > 3 && v.lower.count(w, true) > 0
}

// moreCapMid reports whether w is seen capitalised inside a sentence more
// often than lw is seen in lower case.
func (v *docWords) moreCapMid(w, lw string) bool {
	capMid := v.capMid.count(w, false)
	if capMid == 0 {
		return false
	}
	lower := 0
	if len(lw) > 3 {
		lower = v.lower.count(lw, false)
	}
	return capMid > lower
}

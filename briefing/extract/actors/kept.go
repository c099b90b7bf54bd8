package actors

import (
	"math"

	"briefing/briefing/source"
)

// keptToken is a Token as pass one finds and keeps it, in a quarter of a
// Token's size: its text is Text[start:end] of the paragraph, and flags
// holds its lexicon flags with its booleans above them (from keptShift).
type keptToken struct {
	start, end int32
	flags      uint32
}

// keptShift is above every lexicon flag (TestTokensIntoKept checks).
const keptShift = 26

const (
	kWord uint32 = 1 << (keptShift + iota)
	kCap
	kUpper
	kDigit
	kPoss
	kSentStart
)

// docTokens holds one document's tokens from pass one: paragraph i's are
// toks[at[i]:at[i+1]].
type docTokens struct {
	toks []keptToken
	at   []int32
}

// keptBlocks hold the kept tokens of many documents in a few large arrays
// rather than two small ones per document.
type keptBlocks struct {
	toks []keptToken
	at   []int32
	// The length of a new block of toks and of at, sized to the text to
	// read: a large corpus fills blocks of the most, a few articles
	// would leave them mostly unused.
	tokSize, atSize int
}

// newKeptBlocks returns blocks for about size bytes of text: news text
// has a token per five or six bytes and a paragraph per few hundred.
func newKeptBlocks(size int) keptBlocks {
	return keptBlocks{tokSize: min(max(size/4, 1<<10), 1<<16), atSize: min(max(size/256, 1<<6), 1<<12)}
}

// free returns the free end of kb's block of tokens, with room for n: a
// document's tokens are appended there as they are found, and kept (see
// keep) without a copy.
func (kb *keptBlocks) free(n int) []keptToken {
	if cap(kb.toks)-len(kb.toks) < n {
		kb.toks = make([]keptToken, 0, max(n, kb.tokSize))
	}
	return kb.toks[len(kb.toks):]
}

// keep returns a document's tokens as kept: toks, appended to free (from
// kb.free), stays in the block unless it outgrew it; starts[i] is where
// paragraph i's begin in toks, with len(toks) last.
func (kb *keptBlocks) keep(toks, free []keptToken, starts []int) docTokens {
	if cap(toks) == cap(free) {
		kb.toks = kb.toks[:len(kb.toks)+len(toks)] // still in the block
	}
	dt := docTokens{toks: toks[:len(toks):len(toks)], at: carve(&kb.at, len(starts), kb.atSize)}
	for i, s := range starts {
		dt.at[i] = int32(s)
	}
	return dt
}

// kept returns t in its compact form.
func (t *Token) kept() keptToken {
	b := bit(t.Word, kWord) | bit(t.Cap, kCap) | bit(t.Upper, kUpper) | bit(t.Digit, kDigit) |
		bit(t.Poss, kPoss) | bit(t.SentStart, kSentStart)
	return keptToken{start: int32(t.Start), end: int32(t.End), flags: uint32(t.lex) | b}
}

// carve takes n elements from the free end of *block, first replacing the
// block with a new one of at least size elements when too few are left.
// The slice returned ends at its own length, so appending to it never
// writes into the next one carved.
func carve[T any](block *[]T, n, size int) []T {
	if cap(*block)-len(*block) < n {
		*block = make([]T, 0, max(n, size))
	}
	b := *block
	*block = b[:len(b)+n]
	return b[len(b) : len(b)+n : len(b)+n]
}

func bit(on bool, b uint32) uint32 {
	if on {
		return b
	}
	return 0
}

// TokensInto returns the tokens of paragraph para of document doc, which
// must be p, as TokenizeInto(dst, p) does. Build kept every document's
// tokens, so they are copied out rather than found again; a paragraph pass
// one did not read, or one too long for the kept offsets, is tokenised.
func (ix *Index) TokensInto(dst []Token, doc, para int, p *source.Paragraph) []Token {
	kept, ok := ix.kept(doc, para, p)
	if !ok {
		return tokenizeInto(dst, p)
	}
	dst = dst[:0]
	for _, k := range kept {
		dst = append(dst, k.token(p.Text))
	}
	return dst
}

// kept returns the tokens pass one kept for paragraph para of document
// doc, which must be p, or false for a paragraph it did not keep.
func (ix *Index) kept(doc, para int, p *source.Paragraph) ([]keptToken, bool) {
	if ix.b == nil || doc < 0 || doc >= len(ix.toks) || para < 0 || para+1 >= len(ix.toks[doc].at) ||
		&ix.b.docs[doc].Paragraphs[para] != p || skipParagraph(p.Text) || len(p.Text) > math.MaxInt32 {
		return nil, false
	}
	dt := &ix.toks[doc]
	return dt.toks[dt.at[para]:dt.at[para+1]], true
}

// Tokens is a paragraph's tokens read where pass one kept them, without
// copying each out into a Token four times its size. Token i's methods
// answer what the fields of the i-th Token of TokenizeInto would.
type Tokens struct {
	text string
	toks []keptToken
	own  []keptToken // the tokens of a paragraph pass one did not keep
}

// ReadTokens sets ts to the tokens of paragraph para of document doc,
// which must be p. A paragraph pass one did not keep is tokenised into
// ts's own buffer, reused from one paragraph to the next.
func (ix *Index) ReadTokens(ts *Tokens, doc, para int, p *source.Paragraph) {
	ts.text = p.Text
	if kept, ok := ix.kept(doc, para, p); ok {
		ts.toks = kept
		return
	}
	ts.own = tokenize(ts.own[:0], p, nil)
	ts.toks = ts.own
}

// Len returns the number of tokens.
func (ts *Tokens) Len() int { return len(ts.toks) }

// Text returns the text of token i, as Token.Text.
func (ts *Tokens) Text(i int) string { return ts.text[ts.toks[i].start:ts.toks[i].end] }

// Start returns the byte offset of token i in the paragraph's text.
func (ts *Tokens) Start(i int) int { return int(ts.toks[i].start) }

// End returns the byte offset after token i, as Token.End.
func (ts *Tokens) End(i int) int { return int(ts.toks[i].end) }

// Word reports whether token i is a word, as Token.Word.
func (ts *Tokens) Word(i int) bool { return ts.toks[i].flags&kWord != 0 }

// Cap reports whether token i is capitalised, as Token.Cap.
func (ts *Tokens) Cap(i int) bool { return ts.toks[i].flags&kCap != 0 }

// Poss reports whether token i has a possessive, as Token.Poss.
func (ts *Tokens) Poss(i int) bool { return ts.toks[i].flags&kPoss != 0 }

// Cue reports whether token i is a word the positions package reads a
// statement from (statementCues).
func (ts *Tokens) Cue(i int) bool { return ts.toks[i].is(fCue) }

// IsTitle reports whether token i is a title, as Token.IsTitle.
func (ts *Tokens) IsTitle(i int) bool { return ts.toks[i].is(fTitle | fTitleEnd) }

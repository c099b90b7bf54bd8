package actors

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"briefing/briefing/source"
)

// Token is one word or punctuation mark of a paragraph.
type Token struct {
	Start, End int    // byte span in the paragraph's Text, without a possessive 's
	Text       string // the word as written, possessive 's removed
	Word       bool   // letters or digits (else punctuation)
	Cap        bool   // starts with an upper-case letter (or al-/el- + upper case)
	Upper      bool   // every letter upper case, at least two letters ("HTS", "U.S.")
	Digit      bool   // contains a digit ("S-400", "2011")
	Poss       bool   // followed by a possessive 's or s'
	SentStart  bool   // first word of a sentence, a heading or a quotation
	lex        lexFlag
}

// Tokenize splits a paragraph into tokens in one pass over its bytes. Words
// keep inner hyphens, apostrophes and abbreviation periods ("al-Assad",
// "O'Neill", "U.S.", "Mr."); a trailing possessive is split off into Poss.
func Tokenize(p *source.Paragraph) []Token {
	return tokenizeInto(make([]Token, 0, len(p.Text)/5), p)
}

// TokenizeInto is Tokenize writing into dst[:0], so a caller can reuse one
// buffer for every paragraph.
func TokenizeInto(dst []Token, p *source.Paragraph) []Token { return tokenizeInto(dst, p) }

func tokenizeInto(toks []Token, p *source.Paragraph) []Token {
	toks = toks[:0]
	for _, k := range tokenize(make([]keptToken, 0, len(p.Text)/5), p, nil) {
		toks = append(toks, k.token(p.Text))
	}
	return toks
}

// token returns k, a token of text, as a Token.
func (k keptToken) token(text string) Token {
	return Token{Start: int(k.start), End: int(k.end), Text: text[k.start:k.end],
		Word: k.flags&kWord != 0, Cap: k.flags&kCap != 0, Upper: k.flags&kUpper != 0, Digit: k.flags&kDigit != 0,
		Poss: k.flags&kPoss != 0, SentStart: k.flags&kSentStart != 0, lex: k.lex()}
}

// tokenize appends the tokens of p to toks in their compact form, the one
// pass one works on and keeps: a fifth of a Token's size, and every flag a
// test in one word. Offsets are int32: a paragraph of 2 GB or more is
// taken to have no tokens. With words, the words are marked there.
func tokenize(toks []keptToken, p *source.Paragraph, words *docWords) []keptToken {
	g := loadGeo()
	text := p.Text
	if len(text) > math.MaxInt32 {
		return toks
	}
	base := len(toks)
	sent, nextSent := passSentences(p.Sentences, 0, -1) // index into p.Sentences, and where it starts
	startNext := true
	for i := 0; i < len(text); {
		// The paths of a word and of any other token part here, each
		// with what it needs alone: a loop with fewer values to carry
		// keeps them in registers.
		if c := text[i]; asciiWord[c] == 0 {
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if c < utf8.RuneSelf || !isWordRune(r) {
				if isSpace(r) {
					i += n
					continue
				}
				if i >= nextSent {
					sent, nextSent = passSentences(p.Sentences, sent, i)
					startNext = true
				}
				toks = append(toks, keptToken{start: int32(i), end: int32(i + n)})
				switch r {
				case '.', '?', '!':
					if !abbrevBefore(toks[base:]) {
						startNext = true
					}
				case '"', '“', '‘', ':':
					if len(toks) == base+1 || toks[len(toks)-2].flags&(kSentStart|kWord) != kWord || r == ':' {
						startNext = true
					}
				case '—', '|':
					startNext = true
				}
				i += n
				continue
			}
		}
		if i >= nextSent {
			sent, nextSent = passSentences(p.Sentences, sent, i)
			startNext = true
		}
		flags := kWord
		if startNext {
			flags |= kSentStart
		}
		startNext = false
		var j, end int
		var bits uint64
		n, letters, x := 0, uint64(0), uint64(0)
		if i+8 <= len(text) {
			x = load64(text[i:])
			n, letters = asciiLetters8(x)
		}
		if n > 0 && n < 8 && wordEnd[byte(x>>(8*n))] {
			// ASCII letters alone, then a byte that ends every word:
			// most words are, and are read from one load. Bit 0x20 of
			// the first letter clear is a capital (taken without a
			// branch: whether a word has one is as good as random).
			j, end, bits = i+n, i+n, shortBits(x, n)
			flags |= uint32(^x>>5&1) * kCap
			if n >= 2 && letters&(x<<2) == 0 {
				flags |= kUpper
			}
		} else {
			var f uint32
			ok := false
			if n == 8 {
				end, f, ok = longLetters(text, i, x)
				j = end
			}
			if !ok {
				j, end, f = wordAt(g, text, i)
			}
			flags |= f
			bits = wordBits(text[i:end])
		}
		w := text[i:end]
		h := wordHash(bits, len(w))
		var lex lexFlag
		if g.table.mayHave(h) {
			lex = g.table.probe(w, bits, h)
		}
		if words != nil {
			if l := words.listFor(len(w), flags, lex); l != nil {
				l.add(w, bits, h)
			}
		}
		toks = append(toks, keptToken{start: int32(i), end: int32(end), flags: flags | uint32(lex)})
		i = j
		if i < len(text) && text[i] == ' ' {
			i++ // the space after a word, without a turn of the loop
		}
	}
	return toks
}

// passSentences returns the index of the first of sentences, from sent
// on, that starts after i, and where it starts (math.MaxInt for none): the
// token at i, past the start of one, opens a sentence.
func passSentences(sentences []source.Span, sent, i int) (int, int) {
	for sent < len(sentences) && sentences[sent].Start <= i {
		sent++
	}
	if sent < len(sentences) {
		return sent, sentences[sent].Start
	}
	return sent, math.MaxInt
}

// wordEnd marks the bytes that end a word whatever comes next: ASCII
// bytes but letters, digits and the joiners and marks a word may go on
// with or keep ("-", "'", ".", "&").
var wordEnd = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiWord[c] == 0 && c != '-' && c != '\'' && c != '.' && c != '&'
	}
	return t
}()

// longLetters reads a word of ASCII letters alone, at least eight, then a
// byte that ends every word, whose first eight letters are x (as load64
// reads them) at text[i:]: the most of the words left to wordAt, read
// here by a shorter loop with little to carry. It returns where the word
// ends and its kCap and kUpper flags, or false for any other word.
func longLetters(text string, i int, x uint64) (int, uint32, bool) {
	const high = 0x8080808080808080
	kinds := letterKinds(x, high)
	for j := i + 8; j+8 <= len(text); {
		y := load64(text[j:])
		n, letters := asciiLetters8(y)
		kinds |= letterKinds(y, letters)
		j += n
		if n < 8 {
			if !wordEnd[byte(y>>(8*n))] {
				return 0, 0, false
			}
			flags := uint32(^x>>5&1) * kCap
			if kinds&kindLower == 0 {
				flags |= kUpper
			}
			return j, flags, true
		}
	}
	return 0, 0, false
}

// wordAt scans the word that starts at text[i]: it returns where the
// scan goes on (after a possessive apostrophe or a kept period), where the
// word's token ends (before a possessive 's), and its kPoss and shape
// flags.
func wordAt(g *geoTables, text string, i int) (j, end int, flags uint32) {
	// Note the kinds of ASCII bytes while scanning a word, so
	// classifying it needs no second pass.
	seen, ascii, joined := uint8(0), text[i] < utf8.RuneSelf, false
	j = i
	for j < len(text) {
		if j+8 <= len(text) {
			x := load64(text[j:])
			n, letters := asciiLetters8(x)
			j += n
			seen |= letterKinds(x, letters)
		}
		if j == len(text) {
			break
		}
		if k := asciiWord[text[j]]; k != 0 {
			seen |= k
			j++
			continue
		}
		// ASCII letters and digits were taken above: only a wider
		// rune can still be a word rune.
		c := text[j]
		r2, n2 := rune(c), 1
		if c >= utf8.RuneSelf {
			r2, n2 = utf8.DecodeRuneInString(text[j:])
			ascii = false
			if isWordRune(r2) || inWordMark(text, i, j, r2, n2) {
				j += n2
				continue
			}
		}
		// Inner joiners: hyphen, apostrophe, period followed by a word rune.
		if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
			r3, _ := utf8.DecodeRuneInString(text[j+n2:])
			if j+n2 < len(text) && isWordRune(r3) {
				j += n2
				joined = true
				continue
			}
		}
		break
	}
	end = j
	// A period closing a one-letter run ("U.S.", "J.") or title ("Mr.") stays.
	if j < len(text) && text[j] == '.' && keepsPeriod(g, text[i:j]) {
		j++
		end = j
	}
	w := text[i:end]
	// Possessive: "Turkey's", "Turkey’s", "allies'".
	if k, ok := possessive(w, joined); ok {
		w = w[:k]
		end = i + k
		flags |= kPoss
	} else if j < len(text) && (text[j] == '\'') && (j+1 == len(text) || !isWordRune(rune(text[j+1]))) && w[len(w)-1] == 's' {
		flags |= kPoss
		j++
	}
	switch {
	case ascii && seen&kindUpper == 0:
		// No capital, so neither Cap nor Upper; a possessive's
		// s is no digit.
		if seen&kindDigit != 0 && hasDigit(w) {
			flags |= kDigit
		}
	case ascii && !joined && seen&kindLower != 0:
		// Letters and digits alone ("Blair", "iPod"), some in lower
		// case, so not Upper: the first byte says Cap.
		if w[0] >= 'A' && w[0] <= 'Z' {
			flags |= kCap
		}
		if seen&kindDigit != 0 {
			flags |= kDigit
		}
	default:
		flags |= wordShape(w)
	}
	return j, end, flags
}

// Kinds of ASCII word bytes, as asciiWord has them.
const (
	kindLower uint8 = 1 << iota
	kindUpper
	kindDigit
)

// asciiWord gives the kind of each ASCII letter and digit, and 0 for every
// other byte.
var asciiWord = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = kindLower
		t[c-'a'+'A'] = kindUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = kindDigit
	}
	return t
}()

// asciiLetters8 returns how many of the eight bytes of x (as load64 reads
// them), from the first, are ASCII letters, and those letters as the high
// bit of each of their bytes (for letterKinds). It tests the eight at
// once, where a byte loop would branch on each: most words are letters
// alone, and that branch at a word's end is the byte loop's cost.
func asciiLetters8(x uint64) (int, uint64) {
	const low, high = 0x0101010101010101, 0x8080808080808080
	t := (x | 0x20*low) &^ high // lower case, for letters, and below 0x80
	// A letter's t is in 'a'..'z': at least 'a' and under '{', and x below 0x80.
	letter := (t + (0x80-'a')*low) &^ (t + (0x80-'{')*low) &^ x & high
	stop := ^letter & high // the high bit of each byte that is no letter
	return bits.TrailingZeros64(stop) / 8, letter & (stop&-stop - 1)
}

// letterKinds returns the kinds of the letters of x, as asciiWord gives
// them, given their high bits (from asciiLetters8). Bit 0x20 set is lower
// case. The kinds are taken without a branch: whether a word has a
// capital is as good as random.
func letterKinds(x, letters uint64) uint8 {
	lower := letters & (x << 2)
	return nonzero(lower)*kindLower | nonzero(letters^lower)*kindUpper
}

// nonzero returns 1 if x is not 0, else 0, without a branch.
func nonzero(x uint64) uint8 { return uint8((x | -x) >> 63) }

func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// possessive returns the length of w without a possessive 's or ’s. Only
// a word that an apostrophe joined (joined) can have one.
func possessive(w string, joined bool) (int, bool) {
	if !joined {
		return 0, false
	}
	if len(w) > 2 && w[len(w)-2:] == "'s" {
		return len(w) - 2, true
	}
	if len(w) > 4 && w[len(w)-4:] == "’s" {
		return len(w) - 4, true
	}
	return 0, false
}

// wordShape returns the kCap, kUpper and kDigit flags of a word: Cap when
// it starts with an upper-case letter (or al-/el- + upper case), Upper when
// every letter is upper case and there are two or more ("HTS", "U.S."),
// Digit when it holds a digit ("S-400", "2011").
func wordShape(w string) uint32 {
	var f uint32
	cap := false
	if c := w[0]; c < utf8.RuneSelf {
		cap = c >= 'A' && c <= 'Z'
	} else {
		first, _ := utf8.DecodeRuneInString(w)
		cap = unicode.IsUpper(first)
	}
	if !cap && len(w) > 3 && (w[:3] == "al-" || w[:3] == "el-" || w[:3] == "ad-" || w[:3] == "as-") {
		r, _ := utf8.DecodeRuneInString(w[3:])
		cap = unicode.IsUpper(r)
	}
	if cap {
		f |= kCap
	}
	letters, upper := 0, 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c >= 'A' && c <= 'Z':
			letters++
			upper++
		case c >= '0' && c <= '9':
			f |= kDigit
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(w[k:])
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
			k += n - 1
		}
	}
	if letters >= 2 && letters == upper {
		f |= kUpper
	}
	return f
}

// keepsPeriod reports whether a period after w belongs to the word: initials
// and dotted abbreviations ("J", "U.S") and honorifics ("Mr", "Dr").
func keepsPeriod(g *geoTables, w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if len(w) >= 3 && w[len(w)-2] == '.' {
		return true
	}
	return g.lookup(w)&fHonor != 0 // the lexicon's honorifics, without a map lookup
}

// abbrevBefore reports whether the period just appended ends an abbreviation
// rather than a sentence.
func abbrevBefore(toks []keptToken) bool {
	if len(toks) < 2 {
		return false
	}
	prev := &toks[len(toks)-2]
	return prev.flags&kWord != 0 && prev.end == toks[len(toks)-1].start && prev.is(fHonor)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		// unicode.IsSpace's ASCII spaces, without a call for each
		// punctuation mark.
		return r == ' ' || uint32(r)-'\t' <= '\r'-'\t'
	}
	return unicode.IsSpace(r)
}

// inWordMark reports a rune at text[j:] that is not a letter but belongs
// to the word begun at i: a combining mark ("Erdog\u0306an" written
// decomposed), or the symbol a mis-decoded letter leaves between letters
// ("PeÃ±a" for "Peña", where "±" follows "Ã").
func inWordMark(text string, i, j int, r rune, n int) bool {
	if unicode.Is(unicode.Mn, r) {
		return j > i
	}
	if r < 0x80 || r > 0xBF || j == i {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[i:j])
	if prev != 'Ã' && prev != 'Â' && !unicode.Is(unicode.Mn, prev) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j+n:])
	return j+n < len(text) && (isWordRune(next) || next >= 0x80 && next <= 0xBF || next == 'Ã' || next == 'Â')
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

package actors

import (
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
	return tokenizeAppend(toks[:0], p)
}

// tokenizeAppend appends the tokens of p to toks.
func tokenizeAppend(toks []Token, p *source.Paragraph) []Token {
	g := loadGeo()
	text := p.Text
	base := len(toks)
	sent := 0 // index into p.Sentences
	startNext := true
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if r == ' ' || isSpace(r) {
			i += n
			continue
		}
		for sent < len(p.Sentences) && p.Sentences[sent].Start <= i {
			if p.Sentences[sent].Start > 0 || sent == 0 {
				startNext = true
			}
			sent++
		}
		if !isWordRune(r) {
			toks = append(toks, Token{Start: i, End: i + n, Text: text[i : i+n]})
			switch r {
			case '.', '?', '!':
				if !abbrevBefore(toks[base:]) {
					startNext = true
				}
			case '"', '“', '‘', ':':
				if len(toks) == base+1 || toks[len(toks)-2].SentStart || !toks[len(toks)-2].Word || r == ':' {
					startNext = true
				}
			case '—', '|':
				startNext = true
			}
			i += n
			continue
		}
		// Count letters, capitals and digits while scanning ASCII words, so
		// classifying them needs no second pass.
		letters, upper, digit, ascii := 0, 0, false, r < utf8.RuneSelf
		j := i
		for j < len(text) {
			c := text[j]
			switch {
			case c >= 'a' && c <= 'z':
				letters++
				j++
				continue
			case c >= 'A' && c <= 'Z':
				letters++
				upper++
				j++
				continue
			case c >= '0' && c <= '9':
				digit = true
				j++
				continue
			}
			// ASCII letters and digits were taken above: only a wider
			// rune can still be a word rune.
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
					continue
				}
			}
			break
		}
		tok := Token{Start: i, End: j, Word: true, SentStart: startNext}
		startNext = false
		// A period closing a one-letter run ("U.S.", "J.") or title ("Mr.") stays.
		if j < len(text) && text[j] == '.' && keepsPeriod(text[i:j]) {
			j++
			tok.End = j
		}
		w := text[i:tok.End]
		// Possessive: "Turkey's", "Turkey’s", "allies'".
		stripped := false
		if k, ok := possessive(w); ok {
			w = w[:k]
			tok.End = i + k
			tok.Poss, stripped = true, true
		} else if j < len(text) && (text[j] == '\'') && (j+1 == len(text) || !isWordRune(rune(text[j+1]))) && w[len(w)-1] == 's' {
			tok.Poss = true
			j++
		}
		tok.Text = w
		tok.lex = g.lookup(w)
		if ascii {
			if stripped {
				letters-- // the possessive's s
			}
			c := w[0]
			tok.Cap = c >= 'A' && c <= 'Z' || len(w) > 3 && w[2] == '-' && w[3] >= 'A' && w[3] <= 'Z' &&
				(w[:3] == "al-" || w[:3] == "el-" || w[:3] == "ad-" || w[:3] == "as-")
			tok.Upper = letters >= 2 && letters == upper
			tok.Digit = digit
		} else {
			classify(&tok)
		}
		toks = append(toks, tok)
		i = j
	}
	return toks
}

func possessive(w string) (int, bool) {
	if len(w) > 2 && w[len(w)-2:] == "'s" {
		return len(w) - 2, true
	}
	if len(w) > 4 && w[len(w)-4:] == "’s" {
		return len(w) - 4, true
	}
	return 0, false
}

func classify(t *Token) {
	w := t.Text
	if c := w[0]; c < utf8.RuneSelf {
		t.Cap = c >= 'A' && c <= 'Z'
	} else {
		first, _ := utf8.DecodeRuneInString(w)
		t.Cap = unicode.IsUpper(first)
	}
	if !t.Cap && len(w) > 3 && (w[:3] == "al-" || w[:3] == "el-" || w[:3] == "ad-" || w[:3] == "as-") {
		r, _ := utf8.DecodeRuneInString(w[3:])
		t.Cap = unicode.IsUpper(r)
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
			t.Digit = true
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
	t.Upper = letters >= 2 && letters == upper
}

// keepsPeriod reports whether a period after w belongs to the word: initials
// and dotted abbreviations ("J", "U.S") and honorifics ("Mr", "Dr").
func keepsPeriod(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if len(w) >= 3 && w[len(w)-2] == '.' {
		return true
	}
	return has(honorifics, w)
}

// abbrevBefore reports whether the period just appended ends an abbreviation
// rather than a sentence.
func abbrevBefore(toks []Token) bool {
	if len(toks) < 2 {
		return false
	}
	prev := &toks[len(toks)-2]
	return prev.Word && prev.End == toks[len(toks)-1].Start && prev.is(fHonor)
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0 || unicode.IsSpace(r)
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

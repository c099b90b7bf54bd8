package numbers

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // letters, with internal hyphens and apostrophes ("al-Qaeda", "Turkey's")
	tNum          // digits with internal thousands commas and one decimal point
	tPunct        // any other single non-space character
)

// token is a span of a paragraph's text.
type token struct {
	kind       int
	start, end int
	space      bool // whitespace (or the paragraph start) comes right before it
}

// tokenize splits text[from:to] into words, numbers and punctuation, with
// offsets into text. It appends to buf[:0] so one buffer can be reused.
func tokenize(text string, from, to int, buf []token) []token {
	toks := buf[:0]
	space := true
	for i := from; i < to; {
		kind, j := tPunct, i+1
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, most of the text: no rune to decode.
			switch {
			case c == ' ' || c >= '\t' && c <= '\r':
				space = true
				i++
				continue
			case isDigit(c):
				kind, j = tNum, scanNumber(text, i)
			case isLetterASCII(c):
				j = letterRunEnd(text, j)
				if j < len(text) && (text[j] == '.' || text[j] == '-' || text[j] == '\'' || text[j] >= utf8.RuneSelf) {
					j = scanWord(text, j) // the word may go on
				}
				kind = tWord
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				space = true
				i += n
				continue
			case unicode.IsLetter(r):
				kind, j = tWord, scanWord(text, i+n)
			default:
				j = i + n
			}
		}
		toks = append(toks, token{kind, i, j, space})
		i = j
		space = false
	}
	return toks
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber returns the end of the number starting at i: digits, with a
// comma only when three digits follow it and a single decimal point only
// when a digit follows it.
func scanNumber(text string, i int) int {
	j := i
	dot := false
	for j < len(text) {
		c := text[j]
		switch {
		case isDigit(c):
			j++
		case c == ',' && !dot && j+4 <= len(text) && allDigits(text[j+1:j+4]) && (j+4 == len(text) || !isDigit(text[j+4])):
			j += 4
		case c == '.' && !dot && j+1 < len(text) && isDigit(text[j+1]):
			dot = true
			j++
		default:
			return j
		}
	}
	return j
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// scanWord returns the end of the word whose first letter ends at i.
// A hyphen or apostrophe joins letters on both sides into one word.
func scanWord(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				i++
				continue
			case c == '.' && initialism(text, i):
				// "U.S.", "U.N.": single capitals joined by periods, with
				// the closing period.
				i += 2
				if i < len(text) && text[i] == '.' && !initialism(text, i) {
					return i + 1
				}
				continue
			case c != '-' && c != '\'':
				return i
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) {
			i += n
			continue
		}
		if (r == '-' || r == '\'') && i+n < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[i+n:])
			if unicode.IsLetter(r2) {
				i += n
				continue
			}
		}
		return i
	}
	return i
}

// initialism reports whether the period at i sits between two single
// capitals ("U.S", "U.N").
func initialism(text string, i int) bool {
	return i >= 1 && i+1 < len(text) && isUpperASCII(text[i-1]) && (i < 2 || !isLetterASCII(text[i-2])) &&
		isUpperASCII(text[i+1]) && (i+2 == len(text) || !isLetterASCII(text[i+2]))
}

func isUpperASCII(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || isUpperASCII(c) }

// letterRunEnd returns the end of the run of ASCII letters starting at
// byte i of text. It tests eight bytes at a time: a byte loop's branch at
// the end of each word is mispredicted about once a word.
func letterRunEnd(text string, i int) int {
	for i+8 <= len(text) {
		n := asciiLetters8(load64(text[i:]))
		i += n
		if n < 8 {
			return i
		}
	}
	for i < len(text) && isLetterASCII(text[i]) {
		i++
	}
	return i
}

// asciiLetters8 returns how many of the eight bytes of x, little-endian,
// are ASCII letters before the first that is not.
func asciiLetters8(x uint64) int {
	letters := bytesInRange(x|0x20*lowBits, 'a', 'z') // 0x20 lowers a letter
	return bits.TrailingZeros64(^letters&highBits) / 8
}

// bytesInRange returns the high bit of each of the eight bytes of x that
// is from lo to hi, both ASCII.
func bytesInRange(x uint64, lo, hi byte) uint64 {
	// Clearing the high bits keeps each byte's sums below from carrying
	// into the next byte. A byte's high bit in atLeastLo: it is lo or
	// above; in aboveHi: above hi. Bytes of x with their own high bit
	// set are not ASCII.
	low := x &^ highBits
	atLeastLo := low + uint64(0x80-lo)*lowBits
	aboveHi := low + uint64(0x7f-hi)*lowBits
	return atLeastLo &^ aboveHi &^ x & highBits
}

// load64 returns the first eight bytes of s, little-endian, in one load.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

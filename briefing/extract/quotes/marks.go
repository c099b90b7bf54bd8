package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Directions a quote mark can face.
const (
	dirClose  = -1
	dirEither = 0
	dirOpen   = 1
)

// mark is one double quote mark in a paragraph: Text[pos:end], facing dir.
// Runs of adjacent marks (`""`, `"'`, two apostrophes) count as one mark.
type mark struct {
	pos, end int
	dir      int
}

// appendMarks appends the double quote marks of t to ms, in one pass. ASCII marks get
// their direction from the characters around them; curly and guillemet marks
// from their shape, unless the context plainly says otherwise (a ” that
// opens a word after a space is an opener typed with the wrong key).
func appendMarks(ms []mark, t string) []mark {
	ld := newLeads(t)
	for i := 0; i < len(t); {
		if i = ld.next(i); i == len(t) {
			break
		}
		shape, n := markAt(t, i)
		if n == 0 {
			i++
			continue
		}
		start := i
		i += n
		// Swallow a run of marks typed together ("" or "' at a quote edge).
		for i < len(t) {
			if sh, m := markAt(t, i); m > 0 {
				if shape == dirClose && sh == dirOpen {
					break // ”“: one quote ends and the next begins
				}
				i += m
				continue
			}
			if s, m := singleAt(t, i); m > 0 && s != 0 && edgeSingle(t, start, i, m) {
				i += m
				continue
			}
			break
		}
		if t[start:i] == `""` && !isOpenSide(prevRune(t, start)) && !isCloseSide(nextRune(t, i)) {
			// `.""Your`: a quote closes and the next opens with no space between.
			ms = append(ms, mark{pos: start, end: start + 1, dir: dirClose}, mark{pos: start + 1, end: i, dir: dirOpen})
			continue
		}
		ms = append(ms, mark{pos: start, end: i, dir: direction(t, start, i, shape)})
	}
	return ms
}

// leads finds the places in a text where a quote mark can start, in
// order: an ASCII ", and the rarer starts, two ' (a single ' opens no
// double mark) and the lead bytes of the UTF-8 curly marks (E2) and
// guillemets (C2). Each is looked for with strings.IndexByte (vectorised)
// and its position kept until passed, rather than every byte being tested.
// Most texts hold none of the rare starts, so after their first search
// only the next " is looked for.
type leads struct {
	t     string
	quote int    // the next ", len(t) if none
	rare  [3]int // the next '', E2 and C2 byte, len(t) if none
	least int    // the least of rare
}

// newLeads returns the leads of t, none searched for yet.
func newLeads(t string) leads {
	return leads{t: t, quote: -1, rare: [3]int{-1, -1, -1}, least: -1}
}

// next returns the first place at or after i where a mark can start, or
// len(t).
func (l *leads) next(i int) int {
	if l.quote < i {
		l.quote = indexByteFrom(l.t, i, '"')
	}
	if l.least < i {
		if l.rare[0] < i {
			l.rare[0] = indexPairFrom(l.t, i, '\'')
		}
		if l.rare[1] < i {
			l.rare[1] = indexByteFrom(l.t, i, 0xE2)
		}
		if l.rare[2] < i {
			l.rare[2] = indexByteFrom(l.t, i, 0xC2)
		}
		l.least = min(l.rare[0], l.rare[1], l.rare[2])
	}
	return min(l.quote, l.least)
}

// indexByteFrom returns the first c in t at or after i, or len(t).
func indexByteFrom(t string, i int, c byte) int {
	if j := strings.IndexByte(t[i:], c); j >= 0 {
		return i + j
	}
	return len(t)
}

// indexPairFrom returns the first two c in a row in t at or after i, or
// len(t).
func indexPairFrom(t string, i int, c byte) int {
	for {
		i = indexByteFrom(t, i, c)
		if i+1 >= len(t) {
			return len(t)
		}
		if t[i+1] == c {
			return i
		}
		i++
	}
}

// markAt reports whether a double quote mark starts at t[i], its shape
// (dirOpen for “ „ «, dirClose for ” », dirEither for ASCII) and its width.
// Two single quotes typed as a double (” or ‘‘) count as one mark.
func markAt(t string, i int) (int, int) {
	switch {
	case t[i] == '"':
		return dirEither, 1
	case t[i] == '\'' && i+1 < len(t) && t[i+1] == '\'':
		return dirEither, 2
	}
	if t[i] < 0x80 {
		return 0, 0
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	switch r {
	case '“', '„', '«', '‟':
		return dirOpen, w
	case '”', '»':
		return dirClose, w
	case '‘', '’':
		if r2, w2 := utf8.DecodeRuneInString(t[i+w:]); r2 == r {
			if r == '‘' {
				return dirOpen, w + w2
			}
			return dirClose, w + w2
		}
	}
	return 0, 0
}

// singleAt reports a single quote or apostrophe at t[i] and its width.
func singleAt(t string, i int) (rune, int) {
	if t[i] == '\'' {
		return '\'', 1
	}
	r, w := utf8.DecodeRuneInString(t[i:])
	if r == '‘' || r == '’' {
		return r, w
	}
	return 0, 0
}

// edgeSingle reports whether the single mark at t[i:i+n], right after the
// double mark run t[start:i], is a stray doubled mark rather than the start
// of a nested quote: it is followed by a letter and preceded by a space
// (`"'raining` after `were `), so the run opens and the ' adds nothing.
// Nested quotes ("'Tis") are rare enough in news that the loss is small.
func edgeSingle(t string, start, i, n int) bool {
	before := prevRune(t, start)
	after := nextRune(t, i+n)
	return (before == 0 || unicode.IsSpace(before)) && unicode.IsLetter(after)
}

// direction decides which way the mark t[s:e] of the given shape faces.
func direction(t string, s, e, shape int) int {
	prevBlank := isOpenSide(prevRune(t, s))
	nextBlank := isCloseSide(nextRune(t, e))
	ctx := dirEither
	switch {
	case prevBlank && !nextBlank:
		ctx = dirOpen
	case !prevBlank && nextBlank:
		ctx = dirClose
	}
	if shape == dirEither || ctx == dirEither {
		if shape == dirEither {
			return ctx
		}
		return shape
	}
	return ctx
}

// isOpenSide reports whether r, just before a mark, leaves room for an
// opening mark: nothing, a space, an opening bracket or a dash.
func isOpenSide(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '—', '–', '-', '/':
		return true
	}
	return unicode.IsSpace(r)
}

// isCloseSide reports whether r, just after a mark, fits a closing mark:
// nothing, a space or punctuation that follows words.
func isCloseSide(r rune) bool {
	switch r {
	case 0, '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…':
		return true
	}
	return unicode.IsSpace(r)
}

func prevRune(t string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return r
}

func nextRune(t string, i int) rune {
	if i >= len(t) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return r
}

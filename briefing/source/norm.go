package source

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// escState tracks a terminal escape sequence being skipped.
type escState uint8

const (
	escNone   escState = iota
	escStart           // after ESC
	escInter           // after ESC and an intermediate byte: one more byte
	escCSI             // in a control sequence, up to its final byte
	escStr             // in an OSC/DCS/APC/PM/SOS string, up to BEL or ST
	escStrEsc          // ESC seen inside a string: ST if '\' follows
)

// builder accumulates one piece of cleaned text and its map back to the
// original bytes, normalising characters as they are fed: control
// sequences dropped, quotes and apostrophes made ASCII, dashes made an em
// dash, every kind of space made one plain space.
type builder struct {
	buf  []byte
	segs []segment
	next int // original offset of the next byte if the current 1:1 run goes on; -1 if none
	esc  escState
	// dashRep is true when the last bytes written are an em dash built
	// from "--", so a third '-' is swallowed.
	dashRep bool
	// When store is set (see keep), text copies each piece's text and
	// segments into it rather than allocating them.
	store *pieceStore
	// src is the text the offsets fed refer to, when known (see keep).
	src []byte
}

// keep makes the builder keep the text and segments of every piece it
// builds in st; the offsets it is fed are offsets in src.
func (b *builder) keep(st *pieceStore, src []byte) {
	b.store = st
	b.src = src
	b.reset()
}

func (b *builder) reset() {
	b.buf = b.buf[:0]
	if b.store != nil {
		// The segments go on from those of the pieces already built.
		b.segs = b.store.segs[len(b.store.segs):]
	} else {
		b.segs = nil // kept by the piece built, so never reused
	}
	b.next = -1
	b.esc = escNone
	b.dashRep = false
}

// put appends the original bytes at orig unchanged.
func (b *builder) put(p []byte, orig int) {
	if b.next != orig {
		b.segs = append(b.segs, segment{clean: len(b.buf), orig: orig})
	}
	b.buf = append(b.buf, p...)
	b.next = orig + len(p)
	b.dashRep = false
}

// putByte appends one unchanged original byte.
func (b *builder) putByte(c byte, orig int) {
	if b.next != orig {
		b.segs = append(b.segs, segment{clean: len(b.buf), orig: orig})
	}
	b.buf = append(b.buf, c)
	b.next = orig + 1
	b.dashRep = false
}

// rep appends s in place of the olen original bytes at orig.
func (b *builder) rep(s string, orig, olen int) {
	b.segs = append(b.segs, segment{clean: len(b.buf), orig: orig, olen: max(olen, 1)})
	b.buf = append(b.buf, s...)
	b.next = -1
	b.dashRep = false
}

func (b *builder) last() byte {
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}

// feedBytes feeds UTF-8 text p found at original offset orig. Invalid bytes
// are read as Windows-1252, the usual culprit; it returns how many there were.
func (b *builder) feedBytes(p []byte, orig int) (invalid int) {
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			if b.esc == escNone && isPlain(c) {
				// A run of plain ASCII words goes in at once.
				// A single space between plain bytes belongs to the run.
				j := plainRun(p, i)
				b.put(p[i:j], orig+i)
				i = j
				continue
			}
			b.feed(rune(c), orig+i, 1, true)
			i++
			continue
		}
		r, n := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
			b.feed(cp1252(c), orig+i, 1, false)
		} else {
			b.feed(r, orig+i, n, true)
		}
		i += n
	}
	return invalid
}

// feed adds rune r, which the olen original bytes at orig stand for; same
// says whether those bytes are r's own UTF-8 encoding.
func (b *builder) feed(r rune, orig, olen int, same bool) {
	if b.esc != escNone {
		if r != '\n' && r != '\r' {
			b.esc, _ = escStep(b.esc, r)
			return
		}
		// Sequences end with their line, as they do in text files read
		// line by line, so a broken one cannot swallow the rest.
		b.esc = escNone
	}
	switch {
	case r == 0x1b:
		b.esc = escStart
	case r == 0x9b:
		b.esc = escCSI
	case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
		b.esc = escStr
	case isSpace(r):
		if n := len(b.buf); n >= 2 && b.buf[n-1] == '-' && b.buf[n-2] == ' ' {
			// " - " between words is a dash.
			b.mergeLast("—", b.lastOrig()+1)
		}
		if len(b.buf) > 0 && b.last() != ' ' {
			if r == ' ' {
				b.putByte(' ', orig)
			} else {
				b.rep(" ", orig, olen)
			}
		}
	case r < 0x20 || (r >= 0x7f && r < 0xa0) || isInvisible(r):
		// Other control and zero-width characters carry no text.
	case r == '"' || r == '\'' || isDoubleQuote(r) || isSingleQuote(r):
		q := byte('\'')
		if r == '"' || isDoubleQuote(r) {
			q = '"'
		}
		b.quote(q, r, orig, olen)
	case r == '-':
		b.hyphen(orig)
	case r == 0x2013 && isDigit(b.last()):
		b.rep("-", orig, olen) // an en dash in a range: 2010–2015
	case isDash(r):
		if b.last() == '-' || hasSuffix(b.buf, "—") {
			return
		}
		b.rep("—", orig, olen)
		b.dashRep = !same
	case r == 0x2212:
		b.rep("-", orig, olen)
	default:
		var tmp [4]byte
		n := utf8.EncodeRune(tmp[:], r)
		if same {
			b.put(tmp[:n], orig)
		} else {
			b.rep(string(tmp[:n]), orig, olen)
		}
	}
}

// quote writes an ASCII quote mark q for r, mending doubled and mixed
// marks: `""word` and `"'word` and `”word` open with one '"', and a
// closing `""` or `”` is one '"'.
func (b *builder) quote(q byte, r rune, orig, olen int) {
	n := len(b.buf)
	if r == '“' && n > 1 && b.buf[n-1] == '"' && !isOpenBefore(b.buf[n-2]) {
		// `.”“Next`: a typographic opening mark straight after a closing one
		// starts a second quote; keep the two apart.
		b.rep(` "`, orig, olen)
		return
	}
	if n > 0 && (b.buf[n-1] == '"' || b.buf[n-1] == '\'') {
		prev := b.buf[n-1]
		opening := n == 1 || isOpenBefore(b.buf[n-2])
		if opening && (prev == '"' || q == '\'') || !opening && prev == q {
			b.mergeLast(`"`, orig+olen)
			return
		}
	}
	if r == rune(q) {
		b.putByte(q, orig)
		return
	}
	b.rep(string(q), orig, olen)
}

// hyphen writes '-', turning "--" into an em dash.
func (b *builder) hyphen(orig int) {
	n := len(b.buf)
	if b.dashRep {
		return // "---"
	}
	if n > 0 && b.buf[n-1] == '-' && b.next == orig {
		b.mergeLast("—", orig+1)
		b.dashRep = true
		return
	}
	b.putByte('-', orig)
}

// lastOrig returns the original offset of the last byte written.
func (b *builder) lastOrig() int {
	seg := b.segs[len(b.segs)-1]
	if seg.olen > 0 {
		return seg.orig
	}
	return seg.orig + len(b.buf) - 1 - seg.clean
}

// mergeLast replaces the last byte written, together with the original
// bytes up to origEnd, by s: two marks read as one.
func (b *builder) mergeLast(s string, origEnd int) {
	n := len(b.buf)
	seg := b.segs[len(b.segs)-1]
	start := b.lastOrig()
	b.buf = b.buf[:n-1]
	if seg.clean == n-1 {
		b.segs = b.segs[:len(b.segs)-1]
	}
	b.rep(s, start, origEnd-start)
}

// text returns the built text without trailing space.
func (b *builder) text() (string, []segment) {
	n := len(b.buf)
	for n > 0 && b.buf[n-1] == ' ' {
		n--
	}
	segs := b.segs
	for len(segs) > 0 && segs[len(segs)-1].clean >= n {
		segs = segs[:len(segs)-1]
	}
	if b.store == nil {
		return string(b.buf[:n]), segs
	}
	if n == 0 {
		return "", nil
	}
	st := b.store
	if cap(b.segs) == cap(st.segs)-len(st.segs) {
		// Still in the block (an append past its end would have moved
		// them): take them from it.
		st.segs = st.segs[:len(st.segs)+len(segs)]
	} else {
		st.segsLen = nextBlock(st.segsLen, segBlock)
		st.segs = make([]segment, 0, st.segsLen)
	}
	// Capped, so an append to a piece's segments never writes into the
	// next piece's.
	segs = segs[:len(segs):len(segs)]
	if len(segs) == 1 && segs[0].olen == 0 && b.src != nil {
		// One run of original bytes, unchanged (most paragraphs): the
		// text shares them rather than copying them. The document holds
		// src as Raw, which is never written to.
		return unsafe.String(&b.src[segs[0].orig], n), segs
	}
	return st.add(b.buf[:n]), segs
}

// pieceStore holds the texts and segments of pieces in large blocks, which
// the pieces of many files share (a scratch keeps its store from file to
// file): an allocation every few dozen files rather than a few a file.
// Written bytes and segments are never changed, so what is handed out
// stays valid; a block lives as long as any piece of it.
type pieceStore struct {
	text             strings.Builder
	segs             []segment
	textLen, segsLen int // the sizes of the last blocks taken (see nextBlock)
}

// The sizes of the store's full-sized blocks: many times the usual
// article, and text has a segment every 60 to 300 bytes.
const (
	textBlock = 64 << 10
	segBlock  = textBlock / 64
)

// add returns a string holding a copy of p.
func (s *pieceStore) add(p []byte) string {
	if s.text.Cap()-s.text.Len() < len(p) {
		// A new block: the old one stays as it is, held by its pieces.
		s.textLen = nextBlock(s.textLen, textBlock)
		s.text = strings.Builder{}
		s.text.Grow(max(s.textLen, len(p)))
	}
	start := s.text.Len()
	s.text.Write(p)
	return s.text.String()[start:]
}

// isPlain reports an ASCII byte that cleaning never changes.
func isPlain(c byte) bool { return plainTab[c] }

// plainRun returns the end of the run, starting with the plain byte p[i],
// of bytes that cleaning copies unchanged when they follow the bytes before
// them: plain bytes, and spaces, ASCII quotes and hyphens that are not
// doubled ("  ", `""`, `'"`, "--") and no hyphen after a space (" - " is a
// dash). Those are the cases where feed would not just append the byte.
//
// runClass gives each byte a class whose bits collide (a&b != 0) for the
// pairs that end a run, and 0x80 for a byte that is never copied as it is:
// the OR of a block's classes says whether it holds such a byte, the AND of
// neighbours whether it holds such a pair. Eight bytes are passed with one
// test, and only the block where the run ends is read byte by byte.
func plainRun(p []byte, i int) int {
	j := i + 1
	prev := uint8(0) // the class of p[j-1]: plain
	for j+8 <= len(p) {
		q := p[j : j+8]
		a0, a1, a2, a3 := runClass[q[0]], runClass[q[1]], runClass[q[2]], runClass[q[3]]
		a4, a5, a6, a7 := runClass[q[4]], runClass[q[5]], runClass[q[6]], runClass[q[7]]
		other := a0 | a1 | a2 | a3 | a4 | a5 | a6 | a7
		pairs := prev&a0 | a0&a1 | a1&a2 | a2&a3 | a3&a4 | a4&a5 | a5&a6 | a6&a7
		if other&0x80|pairs != 0 {
			break
		}
		prev = a7
		j += 8
	}
	for ; j < len(p); j++ {
		k := runClass[p[j]]
		if k&0x80 != 0 || k&prev != 0 {
			break
		}
		prev = k
	}
	return j
}

// The classes of runClass: a space and a hyphen share a bit, so " -" ends
// a run ("- " does too, needlessly but harmlessly: feed appends it).
const (
	classSpace  = 1 | 8
	classQuote  = 2
	classHyphen = 4 | 8
	classOther  = 0x80
)

var runClass = func() (t [256]uint8) {
	for c := range t {
		if !plainTab[c] {
			t[c] = classOther
		}
	}
	t[' '] = classSpace
	t['"'], t['\''] = classQuote, classQuote
	t['-'] = classHyphen
	return t
}()

var plainTab = func() (t [256]bool) {
	for c := '!'; c < 0x7f; c++ {
		t[c] = c != '"' && c != '\'' && c != '-' && c != '`' && c != '&'
	}
	return t
}()

func isOpenBefore(c byte) bool {
	return c == ' ' || c == '(' || c == '[' || c == '-' || c == 0x94 // 0x94: last byte of "—"
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000, 0x2028, 0x2029:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func isInvisible(r rune) bool {
	switch r {
	case 0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x061c:
		return true
	}
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

func isDoubleQuote(r rune) bool {
	switch r {
	case 0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2033, 0x301d, 0x301e, 0xff02:
		return true
	}
	return false
}

func isSingleQuote(r rune) bool {
	switch r {
	case 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2039, 0x203a, 0xff07, '`', 0xb4:
		return true
	}
	return false
}

func isDash(r rune) bool {
	return r >= 0x2012 && r <= 0x2015 || r == 0xfe58 || r == 0xfe63
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func hasSuffix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[len(b)-len(s):]) == s
}

// cp1252 maps a byte that is not valid UTF-8 to the character Windows-1252
// (or, above 0x9f, Latin-1) gives it.
func cp1252(c byte) rune {
	if c >= 0xa0 {
		return rune(c)
	}
	if c >= 0x80 {
		if r := cp1252High[c-0x80]; r != 0 {
			return r
		}
		return 0xfffd
	}
	return rune(c)
}

var cp1252High = [32]rune{
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
}

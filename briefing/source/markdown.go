package source

import (
	"bytes"
	"unicode/utf8"
)

// mdLine holds what one Markdown line keeps once its markup is removed.
type mdLine struct {
	keep    [][2]int // byte ranges of the line that are text
	skip    bool     // the line carries no text (rule, link definition, HTML comment)
	heading bool
	item    bool
	cut     []bool // scratch: bytes of the line that are markup
}

// parse strips block and inline markup from line: heading marks, block
// quotes, list markers, emphasis, code ticks, links (their text is kept)
// and images (dropped whole).
func (m *mdLine) parse(line []byte) {
	m.keep = m.keep[:0]
	m.skip, m.heading, m.item = false, false, false
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	body := line[i:]
	if isRule(body) || isLinkDef(body) || bytes.HasPrefix(body, []byte("<!--")) {
		m.skip = true
		return
	}
	for i < len(line) && line[i] == '>' {
		i++
		for i < len(line) && line[i] == ' ' {
			i++
		}
	}
	if h := headingMark(line[i:]); h > 0 {
		m.heading = true
		i += h
	} else if l := listMark(line[i:]); l > 0 {
		m.item = true
		i += l
	}
	end := len(line)
	if m.heading {
		for end > i && (line[end-1] == '#' || line[end-1] == ' ') {
			end--
		}
	}
	if cap(m.cut) < len(line) {
		m.cut = make([]bool, len(line))
	}
	cut := m.cut[:len(line)]
	clear(cut)
	m.inline(line, i, end, cut)
	for k := i; k < end; {
		if cut[k] {
			k++
			continue
		}
		s := k
		for k < end && !cut[k] {
			k++
		}
		m.keep = append(m.keep, [2]int{s, k})
	}
}

// inline marks the inline markup of line[i:end] in cut.
func (m *mdLine) inline(line []byte, i, end int, cut []bool) {
	for k := i; k < end; k++ {
		c := line[k]
		switch c {
		case 0x1b:
			// A control sequence is not markup: cut it whole before its
			// bytes ('_', '[') can be read as emphasis or links.
			st := escStart
			j := k + 1
			for j < end && st != escNone {
				r, n := utf8.DecodeRune(line[j:end])
				st, _ = escStep(st, r)
				j += n
			}
			for x := k; x < j; x++ {
				cut[x] = true
			}
			k = j - 1
		case '\\':
			if k+1 < end && isMDPunct(line[k+1]) {
				cut[k] = true
				k++
			}
		case '`':
			cut[k] = true
		case '!', '[':
			img := c == '!'
			open := k
			if img {
				if k+1 >= end || line[k+1] != '[' {
					continue
				}
				open = k + 1
			}
			close := matchBracket(line[:end], open, '[', ']')
			if close < 0 || close+1 >= end || (line[close+1] != '(' && line[close+1] != '[') {
				continue
			}
			tail := matchBracket(line[:end], close+1, line[close+1], closer(line[close+1]))
			if tail < 0 {
				continue
			}
			if img {
				for j := k; j <= tail; j++ {
					cut[j] = true
				}
				k = tail
				continue
			}
			cut[open] = true
			for j := close; j <= tail; j++ {
				cut[j] = true
			}
		case '<':
			if j := bytes.IndexByte(line[k:min(end, k+300)], '>'); j > 0 && isTagOrAutolink(line[k+1:k+j]) {
				for x := k; x <= k+j; x++ {
					cut[x] = true
				}
				k += j
			}
		case '*', '_', '~':
			j := k
			for j < end && line[j] == c {
				j++
			}
			before := byte(' ')
			if k > i {
				before = line[k-1]
			}
			after := byte(' ')
			if j < end {
				after = line[j]
			}
			opens := after != ' ' && j < end && !isAlnum(before)
			closes := before != ' ' && k > i && !isAlnum(after)
			if c == '~' && j-k < 2 {
				opens, closes = false, false
			}
			if opens || closes {
				for x := k; x < j; x++ {
					cut[x] = true
				}
			}
			k = j - 1
		}
	}
}

func closer(c byte) byte {
	if c == '(' {
		return ')'
	}
	return ']'
}

// matchBracket returns the index of the bracket closing the one at i, or -1.
func matchBracket(s []byte, i int, open, close byte) int {
	depth := 0
	// Links are short; a bound keeps a line of stray brackets linear.
	for k := i; k < len(s) && k < i+1000; k++ {
		switch s[k] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func isMDPunct(c byte) bool {
	return bytes.IndexByte([]byte("\\`*_{}[]()#+-.!<>~|\""), c) >= 0
}

func isTagOrAutolink(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	if bytes.HasPrefix(s, []byte("http://")) || bytes.HasPrefix(s, []byte("https://")) || bytes.HasPrefix(s, []byte("mailto:")) {
		return true
	}
	c := s[0]
	if c == '/' && len(s) > 1 {
		c = s[1]
	}
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// headingMark returns the length of an ATX heading mark ("## ") at the start of s, or 0.
func headingMark(s []byte) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return n
}

// listMark returns the length of a list marker ("- ", "* ", "12. ") at the start of s, or 0.
func listMark(s []byte) int {
	if len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		return 2
	}
	n := 0
	for n < len(s) && n < 3 && isDigit(s[n]) {
		n++
	}
	if n > 0 && n+1 < len(s) && (s[n] == '.' || s[n] == ')') && s[n+1] == ' ' {
		return n + 2
	}
	return 0
}

// isRule reports a thematic break: three or more of one of - * _ with spaces.
func isRule(s []byte) bool {
	var c byte
	n := 0
	for _, x := range s {
		switch {
		case x == ' ' || x == '\t':
		case (x == '-' || x == '*' || x == '_' || x == '=') && (c == 0 || c == x):
			c = x
			n++
		default:
			return false
		}
	}
	return n >= 3
}

func isSetextUnderline(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) < 2 {
		return false
	}
	for _, c := range t {
		if c != t[0] || c != '=' && c != '-' {
			return false
		}
	}
	return true
}

// isLinkDef reports a reference link definition: "[id]: url".
func isLinkDef(s []byte) bool {
	if len(s) == 0 || s[0] != '[' {
		return false
	}
	j := bytes.Index(s, []byte("]:"))
	return j > 1 && !bytes.ContainsAny(s[1:j], "[]")
}

// codeFence returns the fence that opens a code block on line, or nil.
func codeFence(line []byte) []byte {
	t := bytes.TrimLeft(line, " ")
	for _, f := range [][]byte{[]byte("```"), []byte("~~~")} {
		if bytes.HasPrefix(t, f) {
			return f
		}
	}
	return nil
}

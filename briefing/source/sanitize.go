package source

import "strings"

// Sanitize removes terminal control sequences (CSI, OSC, DCS and other
// escape sequences) and every C0/C1 control character except newline and tab,
// so document text can never move the cursor, retitle the terminal or set the
// clipboard.
func Sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == 0xc2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b: // ESC: skip the whole sequence
			i = skipEscape(rs, i)
		case r == 0x9b || r == 0x9d || r == 0x90: // C1 CSI, OSC, DCS
			i = skipString(rs, i+1, r == 0x9b)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// skipEscape returns the index of the last rune of the escape sequence that
// starts at rs[i] == ESC.
func skipEscape(rs []rune, i int) int {
	if i+1 >= len(rs) {
		return i
	}
	switch rs[i+1] {
	case '[':
		return skipString(rs, i+2, true)
	case ']', 'P', 'X', '^', '_':
		return skipString(rs, i+2, false)
	default:
		return i + 1
	}
}

// skipString skips a CSI (csi true: parameters up to a final byte) or a
// string sequence ended by BEL or ST, and returns the index of its last rune.
func skipString(rs []rune, j int, csi bool) int {
	for ; j < len(rs); j++ {
		r := rs[j]
		if csi {
			if r >= 0x40 && r <= 0x7e {
				return j
			}
			continue
		}
		if r == 0x07 || r == 0x9c {
			return j
		}
		if r == 0x1b && j+1 < len(rs) && rs[j+1] == '\\' {
			return j + 1
		}
	}
	return len(rs) - 1
}

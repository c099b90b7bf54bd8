package source

import (
	"strings"
	"unicode/utf8"
)

// Sanitize removes terminal control sequences (CSI, OSC, DCS and other
// escape sequences) and every C0/C1 control character except newline and
// tab, and replaces invalid UTF-8 with U+FFFD, so document text can never
// move the cursor, retitle the terminal or set the clipboard.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var out strings.Builder
	out.Grow(len(s))
	st := escNone
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			if st == escNone {
				out.WriteRune(utf8.RuneError)
			}
			continue
		}
		var keep bool
		st, keep = escStep(st, r)
		if keep {
			out.WriteRune(r)
		}
	}
	return out.String()
}

// isClean reports whether s is valid UTF-8 without control characters
// other than newline and tab.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || r >= 0x80 && r < 0xa0 {
				return false
			}
			i += n - 1
		}
	}
	return true
}

// escStep advances the escape-sequence state st over r and reports whether
// r is plain text to keep.
func escStep(st escState, r rune) (escState, bool) {
	switch st {
	case escStart:
		switch {
		case r == '[':
			return escCSI, false
		case r == ']' || r == 'P' || r == 'X' || r == '^' || r == '_':
			return escStr, false
		case r >= 0x20 && r <= 0x2f:
			return escInter, false
		}
		return escNone, false
	case escInter:
		if r >= 0x20 && r <= 0x2f {
			return escInter, false
		}
		return escNone, false
	case escCSI:
		if r >= 0x40 && r <= 0x7e {
			return escNone, false
		}
		return escCSI, false
	case escStr:
		switch r {
		case 0x07, 0x9c:
			return escNone, false
		case 0x1b:
			return escStrEsc, false
		}
		return escStr, false
	case escStrEsc:
		if r == '\\' {
			return escNone, false
		}
		return escStep(escStart, r)
	}
	switch {
	case r == 0x1b:
		return escStart, false
	case r == 0x9b:
		return escCSI, false
	case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
		return escStr, false
	case r == '\n' || r == '\t':
		return escNone, true
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return escNone, false
	}
	return escNone, true
}

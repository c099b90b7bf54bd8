package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text decoded twice (UTF-8 read as Latin-1) shows "Peña" as "PeÃ±a",
// often decomposed ("A" and a combining tilde) and with the C1 bytes
// stripped. Names keep such words whole (see inWordMark); their keys and
// display names are repaired here, so that "PeÃ±a Nieto" and "Peña Nieto"
// are one person.

// hasMojibake reports whether s holds the mark of such a decoding: "Ã" or
// "Â", composed or not.
func hasMojibake(s string) bool {
	return strings.Contains(s, "Ã") || strings.Contains(s, "Â") ||
		strings.Contains(s, "A\u0303") || strings.Contains(s, "A\u0302")
}

// repairMojibake returns s with each "Ã" + symbol pair read back as the
// letter it was ("Ã±" -> "ñ") and stray "Â" before a symbol dropped.
func repairMojibake(s string) string {
	if !hasMojibake(s) {
		return s
	}
	s = strings.ReplaceAll(s, "A\u0303", "Ã")
	s = strings.ReplaceAll(s, "A\u0302", "Â")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 'Ã' || r == 'Â' {
			// Skip doubled marks: "ÃÂ§" is "Ã§" decoded once more.
			k := i + n
			for {
				r2, n2 := utf8.DecodeRuneInString(s[k:])
				if r2 != 'Â' {
					break
				}
				k += n2
			}
			r2, n2 := utf8.DecodeRuneInString(s[k:])
			if r2 >= 0x80 && r2 <= 0xBF {
				if r == 'Ã' {
					c, _ := utf8.DecodeRune([]byte{0xC3, byte(r2)})
					b.WriteRune(c)
				} else {
					b.WriteRune(r2) // "Â©": the symbol itself
				}
				i = k + n2
				continue
			}
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// foldAccents returns s with the accented Latin letters of names as their
// base letters in lower case, as slugs have them ("Peña" -> "pena",
// "Erdoğan" -> "erdogan"), so that a name written with and without its
// accents has one key.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= 0x80 {
			if f := fold(unicode.ToLower(r)); f != 0 {
				b.WriteRune(f)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

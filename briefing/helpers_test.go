package briefing_test

import (
	"strings"
	"unicode"
)

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}

// normalise folds quote marks, apostrophes and runs of space so that cleaned
// text can be compared with the raw file.
func normalise(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case '“', '”', '„', '«', '»':
			r = '"'
		case '‘', '’':
			r = '\''
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}

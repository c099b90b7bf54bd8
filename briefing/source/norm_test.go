package source

import (
	"math/rand"
	"slices"
	"testing"
	"unicode/utf8"
)

// TestFeedBytesRuns checks feedBytes, which copies runs of bytes that need
// no cleaning in one go, against feeding the same text rune by rune: the
// text, its map back to the original bytes and the builder's state must
// agree for text full of the bytes that end a run.
func TestFeedBytesRuns(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	alphabet := []string{"a", "Z", "1", ".", " ", " ", "\"", "'", "-", "-", "`", "\t", "\r", "\x00",
		"\x1b", "[", "m", "’", "“", "”", "—", "–", "\u00a0", "\u2009", "&", "\x93", "("}
	for range 50000 {
		var p []byte
		for n := r.Intn(30); n > 0; n-- {
			p = append(p, alphabet[r.Intn(len(alphabet))]...)
		}
		var fast, slow builder
		fast.reset()
		slow.reset()
		fast.feedBytes(p, 10)
		for i := 0; i < len(p); {
			c, n := utf8.DecodeRune(p[i:])
			if c == utf8.RuneError && n == 1 {
				slow.feed(cp1252(p[i]), 10+i, 1, false)
			} else {
				slow.feed(c, 10+i, n, true)
			}
			i += n
		}
		ft, fs := fast.text()
		st, ss := slow.text()
		if ft != st || !slices.Equal(fs, ss) || fast.dashRep != slow.dashRep || fast.esc != slow.esc {
			t.Fatalf("%q: feedBytes gives %q %v, rune by rune %q %v", p, ft, fs, st, ss)
		}
	}
}

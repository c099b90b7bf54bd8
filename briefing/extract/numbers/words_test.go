package numbers

import (
	"strings"
	"testing"
)

// TestLexWord checks lexWord against the map look-up (mapLexWord) on every word of
// the lexicon in three cases, and on words near them: cut, lengthened,
// with a NUL byte (which packs like a shorter word), or with a byte that
// lowering ASCII must leave alone.
func TestLexWord(t *testing.T) {
	words := []string{"", "\x00", "\x00\x00", "Reuters", "reuters", "abcdefgh", "ABCDEFGHI", "émigrés", "WEEK", "@[`{"}
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:],
			w[:len(w)-1], w+"s", w+"\x00", "\x00"+w, w+"@", w+"\xc3\xa9", "["+w)
	}
	for _, w := range words {
		if got, want := lexWord(w), mapLexWord(w); got != want {
			t.Errorf("lexWord(%q) = %+v, want %+v", w, got, want)
		}
	}
}

func FuzzLexWord(f *testing.F) {
	for _, s := range []string{"million", "The", "MILLION", "per", "a\x00", "Kelvin\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := lexWord(w), mapLexWord(w); got != want {
			t.Fatalf("lexWord(%q) = %+v, want %+v", w, got, want)
		}
	})
}

// TestLowerASCII checks lowerASCII against strings.ToLower on every ASCII
// byte at every place of a packed word.
func TestLowerASCII(t *testing.T) {
	for c := range 0x80 {
		for k := range 8 {
			w := strings.Repeat("Q", k) + string(rune(c)) + strings.Repeat("z", 7-k)
			x, ok := packASCII(w)
			want, _ := packASCII(strings.ToLower(w))
			if !ok || lowerASCII(x) != want {
				t.Errorf("lowerASCII(%q) = %#x, want %#x", w, lowerASCII(x), want)
			}
		}
	}
}

// TestLexiconRoom checks that lexicon was made big enough never to grow
// while it is filled at start-up: raise lexiconRoom when the lists grow.
func TestLexiconRoom(t *testing.T) {
	if len(lexicon) > lexiconRoom {
		t.Errorf("lexicon holds %d words, lexiconRoom is %d", len(lexicon), lexiconRoom)
	}
}

package actors

import (
	"math/rand/v2"
	"testing"
)

// asciiLettersSlow is asciiLetters8 as a byte loop.
func asciiLettersSlow(s string) (int, uint8) {
	var seen uint8
	n := 0
	for n < len(s) && asciiWord[s[n]]&(kindLower|kindUpper) != 0 {
		seen |= asciiWord[s[n]]
		n++
	}
	return n, seen
}

func TestASCIILetters8(t *testing.T) {
	check := func(s string) {
		t.Helper()
		n, seen := asciiLetters8(s)
		if wn, wseen := asciiLettersSlow(s); n != wn || seen != wseen {
			t.Fatalf("asciiLetters8(%q) = %d, %b; want %d, %b", s, n, seen, wn, wseen)
		}
	}
	// Every byte at every position, after letters of both cases.
	for c := range 256 {
		for at := range 8 {
			b := []byte("aBcDeFgH")
			b[at] = byte(c)
			check(string(b))
			b = []byte("zzzzZZZZ")
			b[at] = byte(c)
			check(string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	const some = "azAZ09@[`{-.' \x7f\x80\xc3\xe1\xff"
	for range 100000 {
		var b [8]byte
		for i := range b {
			b[i] = some[r.IntN(len(some))]
		}
		check(string(b[:]))
	}
}

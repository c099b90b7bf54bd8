package actors

import (
	"strconv"
	"testing"
)

func TestWordCount(t *testing.T) {
	c := newWordCount(4)
	for doc := 0; doc < 3; doc++ {
		c.reset()
		// More words than slots: the table must grow and keep counts.
		for i := 0; i < 100; i++ {
			for k := 0; k <= i%3; k++ {
				c.add("w" + strconv.Itoa(i+doc))
			}
		}
		for i := 0; i < 100; i++ {
			if got, want := c.get("w"+strconv.Itoa(i+doc)), i%3+1; got != want {
				t.Fatalf("doc %d: count of w%d = %d, want %d", doc, i+doc, got, want)
			}
		}
		if doc > 0 && c.get("w0") != 0 {
			t.Fatalf("doc %d: a word of an earlier document is still counted", doc)
		}
	}
}

func TestLexTable(t *testing.T) {
	// Words packed alike but for their length ("abcd", "abcdabcd"), and
	// words longer than eight bytes, compared as strings.
	m := map[string]lexFlag{"the": fFunc, "said": fReport, "Turkish": fDemonym, "abcd": fFirst,
		"abcdabcd": fTitle, "spokeswoman": fTitle, "Secretary-General": fTitle}
	tb := newLexTable(m)
	for w, f := range m {
		if tb.get(w) != f {
			t.Errorf("get(%q) = %v, want %v", w, tb.get(w), f)
		}
	}
	for _, w := range []string{"nothing", "", "tha", "Turkisi", "abcdabc", "abcdabcdabcd", "spokeswomen", "Secretary-Generals"} {
		if tb.get(w) != 0 {
			t.Errorf("get(%q) = %v for a missing word", w, tb.get(w))
		}
	}
	// The length and first/last byte filter lets every word of the real
	// lexicon through.
	g := loadGeo()
	for w, f := range g.lex {
		if w != "" && g.table.get(w) != f {
			t.Errorf("lexicon get(%q) = %v, want %v", w, g.table.get(w), f)
		}
	}
}

package actors

import (
	"strconv"
	"testing"
)

func TestDocWords(t *testing.T) {
	g := loadGeo()
	v := newDocWords(g, 4)
	for doc := 0; doc < 3; doc++ {
		v.reset()
		// More words than slots: the table must grow and keep counts.
		for i := 0; i < 100; i++ {
			for k := 0; k <= i%3; k++ {
				s := v.slot("w" + strconv.Itoa(i+doc))
				s.lower++
				s.capMid += 2
			}
		}
		for i := 0; i < 100; i++ {
			w := "w" + strconv.Itoa(i+doc)
			if got, want := v.lowerCount(w), i%3+1; got != want {
				t.Fatalf("doc %d: lower count of %s = %d, want %d", doc, w, got, want)
			}
			if got, want := v.capMidCount(w), 2*(i%3+1); got != want {
				t.Fatalf("doc %d: capitalised count of %s = %d, want %d", doc, w, got, want)
			}
		}
		if doc > 0 && v.find("w0") != nil {
			t.Fatalf("doc %d: a word of an earlier document is still there", doc)
		}
	}
	// A word's flags are the lexicon's, whether its slot is new or not.
	for _, w := range []string{"said", "said", "Turkish", "nothing", "spokeswoman", "spokeswoman"} {
		if got, want := v.slot(w).lex, g.lookup(w); got != want {
			t.Errorf("flags of %q = %v, want %v", w, got, want)
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

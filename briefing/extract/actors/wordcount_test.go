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
	m := map[string]lexFlag{"the": fFunc, "said": fReport, "Turkish": fDemonym}
	tb := newLexTable(m)
	for w, f := range m {
		if tb.get(w) != f {
			t.Errorf("get(%q) = %v, want %v", w, tb.get(w), f)
		}
	}
	if tb.get("nothing") != 0 || tb.get("") != 0 || tb.get("tha") != 0 || tb.get("Turkisi") != 0 {
		t.Error("a missing word has flags")
	}
	// The length and first/last byte filter lets every word of the real
	// lexicon through.
	g := loadGeo()
	for i, w := range g.table.keys {
		if w != "" && g.table.get(w) != g.table.flags[i] {
			t.Errorf("lexicon get(%q) = %v, want %v", w, g.table.get(w), g.table.flags[i])
		}
	}
}

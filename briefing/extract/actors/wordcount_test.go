package actors

import (
	"strings"
	"testing"

	"briefing/briefing/source"
)

func TestDocWords(t *testing.T) {
	// The answers agree with counts over the document's tokens outside
	// headings, of the lower-case words of four bytes or more on no list
	// and of the capitalised words inside sentences.
	docs := []*source.Document{
		{Paragraphs: []source.Paragraph{
			{Text: "Election Night", Heading: true},
			{Text: "Election results came late. The election was close, and Labour's election team said the Election Commission's count was slow."},
			{Text: "Read more: election results"},
			{Text: "Turkish officials said the election went well; Turkish troops stayed, and election observers watched the Election."},
		}},
		{Paragraphs: []source.Paragraph{{Text: "Nothing here is an election in the Election sense, said nothing of the single or its video."}}},
		longDoc(),
	}
	var s docScanner
	var toks []keptToken
	for d, doc := range docs {
		s.words.reset()
		lower, capMid := map[string]int{}, map[string]int{}
		// "single" has a flag of no word list proper (fWorkNoun): it counts.
		asked := []string{"nothing", "absent", "Turkish", "the", "said", "Night", "single"}
		for i := range doc.Paragraphs {
			p := &doc.Paragraphs[i]
			if skipParagraph(p.Text) {
				continue
			}
			words := &s.words
			if p.Heading {
				words = nil
			}
			toks = tokenize(toks[:0], p, words)
			for _, tk := range Tokenize(p) {
				asked = append(asked, tk.Text)
				switch {
				case !tk.Word || p.Heading:
				case !tk.Cap && len(tk.Text) > 3 && tk.lex&listed == 0:
					lower[tk.Text]++
				case tk.Cap && !tk.SentStart:
					capMid[tk.Text]++
				}
			}
		}
		for _, w := range asked {
			if got := s.words.seenLower(w); got != (lower[w] > 0) {
				t.Errorf("doc %d: seenLower(%q) = %v, want %v", d, w, got, lower[w] > 0)
			}
			for _, lw := range []string{strings.ToLower(w), "absent", "election", "zqaaabcdefgh", "zqaab"} {
				if got, want := s.words.moreCapMid(w, lw), capMid[w] > lower[lw]; got != want {
					t.Errorf("doc %d: moreCapMid(%q, %q) = %v, want %v", d, w, lw, got, want)
				}
			}
		}
	}
}

// longDoc returns a document with more lower-case words than a list
// searches one by one, some longer than eight bytes, some also
// capitalised inside a sentence.
func longDoc() *source.Document {
	var b strings.Builder
	for i := range 1500 {
		w := "zq" + string(rune('a'+i/676%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i%26))
		if i%2 == 0 {
			w += "bcdefgh"
		}
		for range i%3 + 1 {
			b.WriteString(" " + w)
		}
		if i%5 < 2 {
			b.WriteString(" the " + strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return &source.Document{Paragraphs: []source.Paragraph{{Text: "Many words:" + b.String() + "."}}}
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
	// The hash filter (mayHave) lets every word of the real
	// lexicon through.
	g := loadGeo()
	lex := map[string]lexFlag{}
	lexWords(g, func(w string, f lexFlag) { lex[w] |= f })
	for w, f := range lex {
		if w != "" && g.table.get(w) != f {
			t.Errorf("lexicon get(%q) = %v, want %v", w, g.table.get(w), f)
		}
	}
}

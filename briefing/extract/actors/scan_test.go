package actors

import (
	"testing"

	"briefing/briefing/source"
	"briefing/internal/cputime"
)

// BenchmarkPass1 measures pass one alone over the corpus: tokenising,
// finding the name runs and gathering the evidence for each name.
func BenchmarkPass1(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	defer cputime.Measure(b, 0)()
	for b.Loop() {
		newPass1(docs).sortedCands()
	}
}

// TestPunct checks the one-byte test against comparing the token's text.
func TestPunct(t *testing.T) {
	for _, text := range []string{
		"Getty Images: the (HTS) group, said: Mr. Putin.", "Photo: a,b (c) ::", "Islamic State (IS), a group",
	} {
		p := source.Paragraph{Text: text, Sentences: []source.Span{{Start: 0, End: len(text)}}}
		pt := &paraTokens{text: text, toks: tokenize(nil, &p, nil)}
		for i := range pt.toks {
			for _, c := range []byte(":(),.") {
				if got, want := pt.punct(i, c), pt.str(i) == string(c); got != want {
					t.Errorf("%q token %d %q, %q: got %v, want %v", text, i, pt.str(i), c, got, want)
				}
			}
		}
	}
}

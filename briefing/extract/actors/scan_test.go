package actors

import (
	"syscall"
	"testing"

	"briefing/briefing/source"
	"briefing/internal/testkit"
)

// BenchmarkPass1 measures pass one alone over the corpus: tokenising,
// finding the name runs and gathering the evidence for each name.
func BenchmarkPass1(b *testing.B) {
	root := testkit.Corpus(b, "bbc")
	docs, _, err := source.Load([]string{root}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Raw)
	}
	loadGeo()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	// The process's CPU time, garbage collection included, is steadier
	// than wall time on a shared machine.
	var r0, r1 syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	for b.Loop() {
		newPass1(docs).sortedCands()
	}
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	cpu := r1.Utime.Nano() + r1.Stime.Nano() - r0.Utime.Nano() - r0.Stime.Nano()
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
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

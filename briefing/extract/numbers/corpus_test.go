package numbers

import (
	"regexp"
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
	"briefing/internal/cputime"
	"briefing/internal/testkit"
)

// TestCorpusBBC checks every key number found in the BBC articles against
// the rules that must hold on any news: no years as dates, no model names,
// no times or scores, and a cite whose lines hold the figure as written.
func TestCorpusBBC(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, _, err := source.Load([]string{testkit.Corpus(t, "bbc")}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := Find(docs, actors.Build(docs))
	if len(got) < 3000 {
		t.Errorf("only %d key numbers in %d articles", len(got), len(docs))
	}
	yearLike := regexp.MustCompile(`^(1[5-9]|20)\d\d$`)
	nameOrTime := regexp.MustCompile(`\w-\d|\d[-:/]\d|\d(st|nd|rd|th|s)$`)
	byID := map[string]*source.Document{}
	for _, d := range docs {
		byID[d.Meta.ID] = d
	}
	bad := 0
	for _, n := range got {
		problem := ""
		switch {
		case yearLike.MatchString(n.Raw) && n.Approx == "":
			problem = "year as date"
		case nameOrTime.MatchString(n.Raw):
			problem = "time, score, range or model name"
		case n.Value < 0:
			problem = "negative value"
		case n.Unit == "" && n.What == "" && !strings.ContainsAny(n.Raw, ",") && !strings.ContainsAny(n.Raw, "mbnilo"):
			problem = "bare figure"
		}
		d := byID[n.Cite.Source]
		if problem == "" && (d == nil || !strings.Contains(strings.Join(d.Lines()[n.Cite.Line-1:n.Cite.EndLine], "\n"), n.Raw)) {
			problem = "cited lines do not hold the figure"
		}
		if problem != "" {
			bad++
			if bad <= 20 {
				t.Errorf("%s:%d %q: %s (%s)", n.Cite.Source, n.Cite.Line, n.Raw, problem, n.Text)
			}
		}
	}
}

// BenchmarkFind measures Find alone over the BBC corpus, loaded and
// indexed once.
func BenchmarkFind(b *testing.B) {
	docs, _, err := source.Load([]string{testkit.Corpus(b, "bbc")}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ix := actors.Build(docs)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Raw))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	defer cputime.Measure(b, size)()
	for b.Loop() {
		Find(docs, ix)
	}
}

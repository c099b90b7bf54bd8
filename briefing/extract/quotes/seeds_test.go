package quotes

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
	"briefing/internal/cputime"
	"briefing/internal/testkit"
	"briefing/seeds"
)

// TestSeedsGolden pins the quotes of the built-in seed articles: who said
// what, partial or not, and the cited lines.
func TestSeedsGolden(t *testing.T) {
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(Find(docs, actors.Build(docs)), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	testkit.Golden(t, filepath.Join("testdata", "seeds.golden.json"), got)
}

// BenchmarkFindBBC measures quote finding alone over the BBC articles of
// the shared corpus (skipped when it is absent); documents are parsed and
// actors built outside the timer.
func BenchmarkFindBBC(b *testing.B) {
	root := testkit.Corpus(b, "bbc")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	var docs []*source.Document
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := source.Parse(filepath.Base(f), f, raw)
		if err != nil {
			continue
		}
		docs = append(docs, doc)
		size += len(raw)
	}
	ix := actors.Build(docs)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	defer cputime.Measure(b, 0)()
	for b.Loop() {
		Find(docs, ix)
	}
}

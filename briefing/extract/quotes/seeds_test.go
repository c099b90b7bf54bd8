package quotes

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
	"briefing/seeds"
)

var update = flag.Bool("update", false, "rewrite testdata/seeds.golden.json")

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
	golden := filepath.Join("testdata", "seeds.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("seed quotes differ from %s (run with -update after checking):\n%s", golden, got)
	}
}

// BenchmarkFindBBC measures quote finding alone over the BBC articles of
// the shared corpus (skipped when it is absent); documents are parsed and
// actors built outside the timer.
func BenchmarkFindBBC(b *testing.B) {
	root := filepath.Join("..", "..", "..", "..", "shared", "corpus", "bbc")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("shared corpus not found at", root)
	}
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
	b.ResetTimer()
	for b.Loop() {
		Find(docs, ix)
	}
}

package positions

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
	"briefing/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

func describe(ps []model.Position) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s | %s | %s | %s:%d | %s\n", p.ID, p.Actor, p.Verb, p.Cite.Source, p.Cite.Line, p.Text)
	}
	return b.String()
}

func TestSeedsGolden(t *testing.T) {
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := describe(Find(docs, actors.Build(docs)))
	path := filepath.Join("testdata", "seeds.golden")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./briefing/extract/positions -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs; run `go test ./briefing/extract/positions -update` and review git diff\n--- got ---\n%s", path, got)
	}
}

func BenchmarkPositions(b *testing.B) {
	dir := filepath.Join(corpus(b), "bbc")
	docs, _, err := source.Load([]string{dir}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Raw)
	}
	ix := actors.Build(docs)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		Find(docs, ix)
	}
}

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

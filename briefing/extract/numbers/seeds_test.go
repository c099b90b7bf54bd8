package numbers

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
	"briefing/internal/testkit"
	"briefing/seeds"
)

// TestSeedsGolden pins the key numbers of the seed articles: figure, value,
// unit, approximation, what it counts and the cited line.
func TestSeedsGolden(t *testing.T) {
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, n := range Find(docs, actors.Build(docs)) {
		fmt.Fprintf(&b, "%s %s:%d raw=%q value=%v unit=%q approx=%q\n\twhat=%q\n",
			n.ID, n.Cite.Source, n.Cite.Line, n.Raw, n.Value, n.Unit, n.Approx, n.What)
	}
	testkit.Golden(t, filepath.Join("testdata", "seeds.golden"), []byte(b.String()))
}

// TestActorOfNumber checks that a figure is given the actor of its clause,
// or else the place or body named in what it counts, when the actors index
// recognises them.
func TestActorOfNumber(t *testing.T) {
	tests := []struct{ body, raw, actor string }{
		{"Turkey opened its border in 2011 and now hosts 3.6 million Syrian refugees.", "3.6 million", "turkey"},
		{"Officials said about 3.5 million Syrian refugees live in Turkey.", "3.5 million", "turkey"},
	}
	for _, tt := range tests {
		doc, err := source.Parse("t.txt", "t.txt", []byte("A headline\n\n"+tt.body+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		docs := []*source.Document{doc}
		ix := actors.Build(docs)
		if ix.Actor(tt.actor) == nil {
			t.Skipf("actors index does not know %q yet", tt.actor)
		}
		got := Find(docs, ix)
		if len(got) != 1 || got[0].Raw != tt.raw || got[0].Actor != tt.actor {
			t.Errorf("%q: got %+v, want %s concerning %s", tt.body, got, tt.raw, tt.actor)
		}
	}
}

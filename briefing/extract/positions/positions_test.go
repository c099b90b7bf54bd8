package positions

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
	"briefing/internal/testkit"
	"briefing/seeds"
)

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
	testkit.Golden(t, filepath.Join("testdata", "seeds.golden"), []byte(got))
}

func BenchmarkPositions(b *testing.B) {
	dir := testkit.Corpus(b, "bbc")
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

// TestBBCInvariants checks every position over the BBC corpus: its actor
// exists, it has a verb, and its cited lines hold its first word.
func TestBBCInvariants(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	dir := testkit.Corpus(t, "bbc/politics")
	docs, _, err := source.Load([]string{dir}, source.Options{})
	if err != nil {
		t.Skip(err)
	}
	ix := actors.Build(docs)
	lines := map[string][]string{}
	for _, d := range docs {
		lines[d.Meta.ID] = strings.Split(string(d.Raw), "\n")
	}
	ps := Find(docs, ix)
	if len(ps) < 500 {
		t.Errorf("only %d positions over BBC politics", len(ps))
	}
	for _, p := range ps {
		if ix.Actor(p.Actor) == nil || p.Verb == "" || len(strings.Fields(p.Text)) < 3 {
			t.Errorf("bad position %+v", p)
			continue
		}
		ls := lines[p.Cite.Source]
		cited := strings.Join(ls[p.Cite.Line-1:p.Cite.EndLine], "\n")
		if first := strings.Fields(p.Text)[0]; !strings.Contains(cited, first) {
			t.Errorf("%s: cited lines %d-%d lack %q", p.ID, p.Cite.Line, p.Cite.EndLine, first)
		}
	}
}

// TestShapes checks that the length and first- and last-letter filters
// let every word of their sets through, and that pass one marks every word
// paragraph looks for as a cue.
func TestShapes(t *testing.T) {
	words := slices.Collect(maps.Keys(verbs))
	words = slices.AppendSeq(words, maps.Keys(participles))
	words = append(words, "according", "According", "shared", "echoed")
	pg := source.Paragraph{Text: strings.Join(words, " ")}
	var toks actors.Tokens
	actors.Build(nil).ReadTokens(&toks, 0, 0, &pg)
	if toks.Len() != len(words) {
		t.Fatalf("%d tokens for %d words", toks.Len(), len(words))
	}
	for i, w := range words {
		if toks.Text(i) != w || !toks.Cue(i) {
			t.Errorf("%q is not marked as a cue", w)
		}
	}
	for _, l := range classLists {
		for _, w := range l.words {
			if !classShapes.has(w) || !wordIs(w, l.c) {
				t.Errorf("%q is not of class %b", w, l.c)
			}
		}
	}
}

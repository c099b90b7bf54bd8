package positions

import (
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
)

// FuzzFind checks that any text gives positions without panicking, each of a
// known actor, with a statement taken from the text and a cite inside the file.
func FuzzFind(f *testing.F) {
	fuzzIndexed(f, []string{
		"T\n\nTurkey fears a Syrian offensive could send refugees across its border.",
		"T\n\nAnkara hopes to return refugees. It also wants to expand its buffer zone.",
		"T\n\nRussia and Turkey had agreed steps to tackle militants, Putin said.",
		"T\n\nThose concerns are shared by Europe, which has joined the talks.",
		"T\n\nHe said, \"it\" wants; fears. urges: — vowed",
	}, func(t *testing.T, doc *source.Document, ix *actors.Index) {
		docs := []*source.Document{doc}
		var all strings.Builder
		for _, p := range doc.Paragraphs {
			all.WriteString(p.Text)
			all.WriteByte('\n')
		}
		for _, p := range Find(docs, ix) {
			if ix.Actor(p.Actor) == nil {
				t.Fatalf("position %+v names no actor", p)
			}
			if p.Text == "" || p.Verb == "" {
				t.Fatalf("position %+v has no statement or verb", p)
			}
			if c := p.Cite; c.Line < 1 || c.EndLine < c.Line || c.EndLine > doc.Meta.Lines {
				t.Fatalf("cite lines %d-%d outside 1-%d", c.Line, c.EndLine, doc.Meta.Lines)
			}
			if !strings.Contains(all.String(), firstWord(p.Text)) {
				t.Fatalf("statement %q is not from the text", p.Text)
			}
		}
	})
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

// fuzzIndexed runs check on each input parsed as a one-document folder
// with its actor index, the inputs seeded by seeds; input that does not
// parse is skipped (the source package's own fuzz test covers that).
func fuzzIndexed(f *testing.F, seeds []string, check func(t *testing.T, doc *source.Document, ix *actors.Index)) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := source.Parse("f.txt", "f.txt", []byte(in))
		if err != nil {
			return
		}
		check(t, doc, actors.Build([]*source.Document{doc}))
	})
}

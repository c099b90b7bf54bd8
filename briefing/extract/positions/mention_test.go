package positions

import (
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
	"briefing/seeds"
)

// FuzzMentionAt checks mentionAt against the plain reckoning: every token
// given the first mention, in order of start, that overlaps it.
func FuzzMentionAt(f *testing.F) {
	fuzzIndexed(f, []string{
		"T\n\nTurkish President Recep Tayyip Erdogan, standing alongside Vladimir Putin, said it was unacceptable.",
		"T\n\nRussia and Turkey had agreed steps. The Syrian government has vowed to push rebels out.",
		"T\n\nLabour leader Tony Blair met UK Independence Party leader Nigel Farage in London.",
	}, func(t *testing.T, doc *source.Document, ix *actors.Index) {
		var pa para
		for p := range doc.Paragraphs {
			ix.ReadTokens(&pa.toks, 0, p, &doc.Paragraphs[p])
			pa.ms = ix.Mentions(0, p)
			for i := range pa.toks.Len() {
				want := -1
				for k, m := range pa.ms {
					if m.Start < pa.toks.End(i) && pa.toks.Start(i) < m.End {
						want = k
						break
					}
				}
				if got := pa.mentionAt(i); got != want {
					t.Fatalf("paragraph %d token %d %q: mention %d, want %d", p, i, pa.toks.Text(i), got, want)
				}
			}
		}
	})
}

// TestSubjectActor checks, after every paragraph of the seeds, that the
// actor subjectActor finds through the subject's mention is the one its ID
// names.
func TestSubjectActor(t *testing.T) {
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix := actors.Build(docs)
	st := &docState{ix: ix}
	viaMention := 0
	for d, doc := range docs {
		st.d, st.doc, st.subject, st.subjectMention, st.last = d, doc, "", nil, nil
		for p := range doc.Paragraphs {
			st.paragraph(p, &doc.Paragraphs[p])
			if st.subjectMention != nil {
				viaMention++
			}
			if got, want := st.subjectActor(), ix.Actor(st.subject); got != want {
				t.Fatalf("%s paragraph %d: subject %q gives actor %v, want %v", doc.Meta.ID, p, st.subject, got, want)
			}
		}
	}
	if viaMention == 0 {
		t.Error("no subject was found through its mention")
	}
}

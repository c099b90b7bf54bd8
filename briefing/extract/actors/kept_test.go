package actors

import (
	"fmt"
	"reflect"
	"testing"

	"briefing/briefing/source"
	"briefing/seeds"
)

// TestTokensIntoKept checks that the tokens Build keeps for the other
// extractors are the ones TokenizeInto finds, paragraph by paragraph.
func TestTokensIntoKept(t *testing.T) {
	var all lexFlag
	lexWords(loadGeo(), func(_ string, f lexFlag) { all |= f })
	if all >= 1<<keptShift {
		t.Fatalf("lexicon flags reach bit %d: raise keptShift", keptShift)
	}
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix := Build(docs)
	var got, want []Token
	var ts Tokens
	for d, doc := range docs {
		for p := range doc.Paragraphs {
			pg := &doc.Paragraphs[p]
			got = ix.TokensInto(got, d, p, pg)
			want = TokenizeInto(want, pg)
			if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
				t.Fatalf("doc %d paragraph %d: kept tokens differ\ngot  %+v\nwant %+v", d, p, got, want)
			}
			ix.ReadTokens(&ts, d, p, pg)
			if err := sameTokens(&ts, want); err != "" {
				t.Fatalf("doc %d paragraph %d: ReadTokens: %s", d, p, err)
			}
		}
	}
	// A paragraph that is not the index's own is tokenised afresh.
	other := source.Paragraph{Text: "Mr. Putin said.", Sentences: []source.Span{{Start: 0, End: 15}}}
	if got := ix.TokensInto(nil, 0, 0, &other); !reflect.DeepEqual(got, Tokenize(&other)) {
		t.Errorf("foreign paragraph: got %+v", got)
	}
	ix.ReadTokens(&ts, 0, 0, &other)
	if err := sameTokens(&ts, Tokenize(&other)); err != "" {
		t.Errorf("foreign paragraph: ReadTokens: %s", err)
	}
}

// sameTokens returns how ts differs from want, or "".
func sameTokens(ts *Tokens, want []Token) string {
	if ts.Len() != len(want) {
		return fmt.Sprintf("%d tokens, want %d", ts.Len(), len(want))
	}
	for i, w := range want {
		got := Token{Start: ts.Start(i), End: ts.End(i), Text: ts.Text(i), Word: ts.Word(i), Cap: ts.Cap(i),
			Upper: w.Upper, Digit: w.Digit, Poss: ts.Poss(i), SentStart: w.SentStart, lex: w.lex}
		if got != w || ts.IsTitle(i) != w.IsTitle() || ts.Cue(i) != w.is(fCue) {
			return fmt.Sprintf("token %d is %+v (title %v, cue %v), want %+v", i, got, ts.IsTitle(i), ts.Cue(i), w)
		}
	}
	return ""
}

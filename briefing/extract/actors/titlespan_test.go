package actors

import (
	"strings"
	"testing"

	"briefing/briefing/source"
)

// TestTitleSpan checks the stack-buffer title lookup against building the
// string and lower-casing it with strings.ToLower.
func TestTitleSpan(t *testing.T) {
	for _, text := range []string{
		"the Prime Minister said", "chief executive officer John", "Secretary of State Clinton",
		"\u212Aing Charles", "PRIME MINISTER", "İnterior minister", "a very long run of words that is no title at all",
	} {
		p := source.Paragraph{Text: text, Sentences: []source.Span{{Start: 0, End: len(text)}}}
		pt := &paraTokens{text: text, toks: tokenize(nil, &p, nil)}
		for i := range pt.toks {
			for j := i + 1; j <= len(pt.toks); j++ {
				for _, lower := range []bool{false, true} {
					want := joinText(pt, i, j)
					if lower {
						want = strings.ToLower(want)
					}
					if got := titleSpan(pt, i, j, lower); got != titleOf(want) {
						t.Errorf("%q [%d:%d] lower=%v: got %q, want %q", text, i, j, lower, got, titleOf(want))
					}
				}
			}
		}
	}
}

// TestSpanText checks spanText against joinText.
func TestSpanText(t *testing.T) {
	for _, text := range []string{"Prime Minister Tony  Blair said", "Mr Putin\tand Mr. Obama", "Bank of England's chief"} {
		p := source.Paragraph{Text: text, Sentences: []source.Span{{Start: 0, End: len(text)}}}
		pt := &paraTokens{text: text, toks: tokenize(nil, &p, nil)}
		for i := range pt.toks {
			for j := i + 1; j <= len(pt.toks); j++ {
				if got, want := spanText(pt, i, j), joinText(pt, i, j); got != want {
					t.Errorf("%q [%d:%d]: spanText %q, joinText %q", text, i, j, got, want)
				}
			}
		}
	}
}

// TestTitleWords checks what appositive relies on to try no span with
// punctuation in it: every word of every title has a letter or digit, so
// no punctuation token (one rune with neither, lower case or not) can be
// one of a title's words.
func TestTitleWords(t *testing.T) {
	for k := range titleForms {
		for _, w := range strings.Split(k, " ") {
			if !strings.ContainsFunc(w, isWordRune) {
				t.Errorf("title %q: word %q has no letter or digit", k, w)
			}
		}
	}
}

// TestTitleForms checks that titleForms holds every title in lower case,
// Sentence case and Title Case.
func TestTitleForms(t *testing.T) {
	for k, v := range titles {
		for _, f := range []string{k, titleCase(k, false), titleCase(k, true)} {
			if titleForms[f] != v {
				t.Errorf("titleForms[%q] = %q, want %q", f, titleForms[f], v)
			}
		}
	}
}

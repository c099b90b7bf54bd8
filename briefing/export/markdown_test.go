package export

import (
	"strings"
	"testing"

	"briefing/briefing/model"
)

func TestNumberPhrase(t *testing.T) {
	for _, tc := range []struct {
		n    model.Number
		want string
	}{
		{model.Number{Raw: "500,000", Approx: "more than", What: "people uprooted"}, "more than 500,000 people uprooted"},
		{model.Number{Raw: "thousands", Approx: "thousands", What: "gunmen"}, "thousands of gunmen"},
		{model.Number{Raw: "hundreds of thousands", What: "civilians"}, "hundreds of thousands of civilians"},
		{model.Number{Raw: "60 percent", Approx: "about", What: "of Idlib"}, "about 60 percent of Idlib"},
		{model.Number{Value: 12, Unit: "posts"}, "12"},
		{model.Number{Value: 7.5, Unit: "percent", What: "growth"}, "7.5 percent growth"},
	} {
		if got := NumberPhrase(tc.n); got != tc.want {
			t.Errorf("NumberPhrase(%+v) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestQuoteCopy(t *testing.T) {
	q := model.Quote{Text: "find solutions for where there are none yet.", Partial: true,
		SpeakerName: "Vladimir Putin", Cite: model.Cite{Source: "002_d6d37c0bac754b8f.txt", Line: 23, EndLine: 23}}
	want := `"…find solutions for where there are none yet." — Vladimir Putin (002_d6d37c0bac754b8f.txt:23)`
	if got := QuoteCopy(q); got != want {
		t.Errorf("QuoteCopy = %q, want %q", got, want)
	}
	q.Partial, q.Cite.EndLine = false, 25
	if got := QuoteCopy(q); !strings.HasSuffix(got, "(002_d6d37c0bac754b8f.txt:23-25)") || strings.Contains(got, "…") {
		t.Errorf("QuoteCopy of a whole quote over three lines = %q", got)
	}
}

func TestMarkdownCountsReadNaturally(t *testing.T) {
	var b strings.Builder
	err := Markdown(&b, &model.Briefing{
		Sources: []model.Source{{ID: "a.txt", Title: "A", Lines: 3}},
		Actors:  []model.Actor{{ID: "turkey", Name: "Turkey", Kind: "country", Mentions: 1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 source, 1 actor, 0 positions, 0 key numbers, 0 quotes.", "(country; 1 mention)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, b.String())
		}
	}
}

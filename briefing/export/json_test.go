package export

import (
	"bytes"
	"encoding/json"
	"testing"

	"briefing/briefing/model"
)

// reference is the plain encoding the streamed JSON must match byte for byte.
func reference(t *testing.T, b model.Briefing) []byte {
	t.Helper()
	for _, fix := range []func(){
		func() {
			if b.Sources == nil {
				b.Sources = []model.Source{}
			}
		},
		func() {
			if b.Actors == nil {
				b.Actors = []model.Actor{}
			}
		},
		func() {
			if b.Quotes == nil {
				b.Quotes = []model.Quote{}
			}
		},
		func() {
			if b.Numbers == nil {
				b.Numbers = []model.Number{}
			}
		},
		func() {
			if b.Positions == nil {
				b.Positions = []model.Position{}
			}
		},
		func() {
			if b.Warnings == nil {
				b.Warnings = []model.Warning{}
			}
		},
	} {
		fix()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestJSONMatchesEncoder(t *testing.T) {
	cite := model.Cite{Source: "a.txt", Line: 3, EndLine: 4, Start: 10, End: 20}
	for name, b := range map[string]model.Briefing{
		"empty": {},
		"full": {
			Sources: []model.Source{{ID: "a.txt", Path: "x/a.txt", Title: "<b>A & B</b>", Lines: 9}, {ID: "b.txt"}},
			Actors: []model.Actor{{ID: "turkey", Name: "Turkey", Kind: model.KindCountry, Aliases: []string{"Ankara"},
				Mentions: 2, Cites: []model.Cite{cite, cite}}, {ID: "x", Aliases: []string{}}},
			Quotes:    []model.Quote{{ID: "q1", Text: "say \"hi\"\n\tnow \u2028", Cite: cite}},
			Numbers:   []model.Number{{ID: "n1", Value: 3.6e6, Unit: "refugees", Raw: "3.6 million", Cite: cite}, {ID: "n2", Value: 0.5}},
			Positions: []model.Position{{ID: "p1", Actor: "turkey", Verb: "fears", Text: "x"}},
			Warnings:  []model.Warning{{Path: "z.bin", Problem: "not text"}},
		},
		"some empty lists": {Numbers: []model.Number{{ID: "n1", Value: 12}}, Warnings: []model.Warning{}},
	} {
		t.Run(name, func(t *testing.T) {
			var got bytes.Buffer
			if err := JSON(&got, &b); err != nil {
				t.Fatal(err)
			}
			if want := reference(t, b); !bytes.Equal(got.Bytes(), want) {
				t.Errorf("streamed JSON differs from json.Encoder:\n%s\nwant:\n%s", got.Bytes(), want)
			}
		})
	}
}

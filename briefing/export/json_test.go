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
	out, err := referenceJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func referenceJSON(b model.Briefing) ([]byte, error) {
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
	err := enc.Encode(b)
	return buf.Bytes(), err
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
		"awkward text": {
			Actors: []model.Actor{{ID: "a", Name: "bad \xff byte, \x1b[31mescape\x07, \b\f\r tab\t \\ \u2029 \x7f é 日本"}},
			Quotes: []model.Quote{{ID: "q1", Text: "<script>&amp;</script>", Affiliation: "turkey"}},
		},
		"numbers": {Numbers: []model.Number{{Value: 1e21}, {Value: 1e20}, {Value: 1e-6}, {Value: 1e-7}, {Value: -2.5e-9},
			{Value: 0}, {Value: -0.25}, {Value: 123456789012}, {Value: 1.0 / 3}}},
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

// FuzzItems holds the direct encoder (items.go) to encoding/json for any
// text in any field and any number.
func FuzzItems(f *testing.F) {
	f.Add("Erdogan", "\"quoted\"\n", 3.6e6, 12, true)
	f.Add("\xff\x00\u2028<&>", "", 1e-7, -1, false)
	f.Fuzz(func(t *testing.T, s, s2 string, v float64, n int, partial bool) {
		cite := model.Cite{Source: s2, Line: n, EndLine: n + 1, Start: -n, End: n}
		b := model.Briefing{
			Sources: []model.Source{{ID: s, Path: s2, Title: s, Lines: n, Format: s2}},
			Actors: []model.Actor{{ID: s, Name: s2, Aliases: []string{s, s2}, Cites: []model.Cite{cite}},
				{ID: s2, Aliases: []string{}}},
			Quotes:    []model.Quote{{ID: s, Text: s2, Partial: partial, Cite: cite, Affiliation: s}},
			Numbers:   []model.Number{{ID: s, Value: v, Unit: s2, Raw: s, Cite: cite}},
			Positions: []model.Position{{ID: s, Actor: s2, Verb: s, Text: s2, Cite: cite}},
			Warnings:  []model.Warning{{Path: s, Problem: s2}},
		}
		want, wantErr := referenceJSON(b)
		var got bytes.Buffer
		err := JSON(&got, &b)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("error %v, encoding/json's %v", err, wantErr)
		}
		if err == nil && !bytes.Equal(got.Bytes(), want) {
			t.Errorf("JSON differs from json.Encoder:\n%s\nwant:\n%s", got.Bytes(), want)
		}
	})
}

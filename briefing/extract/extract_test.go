package extract

import (
	"fmt"
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
)

// TestFinderPanicIsAWarning makes the finders fail on one document among
// several in the same part: that document gives a warning naming its file,
// and the others keep their quotes and numbers.
func TestFinderPanicIsAWarning(t *testing.T) {
	var docs []*source.Document
	for i := range 6 {
		text := fmt.Sprintf("Title %d\n\n\"We will rebuild the bridge,\" Mayor Anna Berg said on Monday, promising 40 new homes.\n", i)
		if i == 3 {
			text += "\nTRIP the finders here.\n"
		}
		name := fmt.Sprintf("doc%d.txt", i)
		d, err := source.Parse(name, "folder/"+name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	real := findAll
	defer func() { findAll = real }()
	findAll = func(docs []*source.Document, from, to int, ix *actors.Index) part {
		for _, d := range docs[from:to] {
			if strings.Contains(string(d.Raw), "TRIP") {
				var s []int
				_ = s[len(d.Raw)] // a bug some text trips
			}
		}
		return real(docs, from, to, ix)
	}
	r := Run(docs)
	if len(r.Warnings) != 1 || r.Warnings[0].Path != "folder/doc3.txt" || !strings.Contains(r.Warnings[0].Problem, "index out of range") {
		t.Fatalf("warnings = %+v, want one for folder/doc3.txt naming the error", r.Warnings)
	}
	if len(r.Quotes) != 5 || len(r.Numbers) != 5 {
		t.Fatalf("%d quotes and %d numbers, want 5 of each (every document but the failing one)", len(r.Quotes), len(r.Numbers))
	}
	for i, q := range r.Quotes {
		if want := fmt.Sprintf("q%d", i+1); q.ID != want || q.Cite.Source == "doc3.txt" {
			t.Errorf("quote %d: ID %s cite %s, want %s from another file", i, q.ID, q.Cite.Source, want)
		}
	}
}

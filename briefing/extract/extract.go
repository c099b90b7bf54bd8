// Package extract builds the briefing's items (actors, quotes, key numbers,
// positions) from cleaned documents.
package extract

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"briefing/briefing/extract/actors"
	"briefing/briefing/extract/numbers"
	"briefing/briefing/extract/positions"
	"briefing/briefing/extract/quotes"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Result is everything extracted from a set of documents.
type Result struct {
	Actors    []model.Actor
	Quotes    []model.Quote
	Numbers   []model.Number
	Positions []model.Position
	Warnings  []model.Warning // documents whose items could not all be found
}

// partBytes is about how much text one task of the finders reads: small
// enough that the last tasks end together on every core, large enough
// that a task's setup is nothing beside its work.
const partBytes = 128 << 10

// Run extracts every item from docs. The output is deterministic: the same
// documents in the same order give the same result.
func Run(docs []*source.Document) Result {
	ix := actors.Build(docs)
	r := Result{Actors: nonNil(ix.Actors())}
	// A document's quotes, numbers and positions depend only on it and the
	// index, so the finders run over runs of documents on every core; the
	// parts are merged in document order, which numbers the items exactly
	// as one pass over all the documents would.
	bounds := split(docs)
	n := len(bounds) - 1
	parts := make([]part, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for k := int(next.Add(1) - 1); k < n; k = int(next.Add(1) - 1) {
				parts[k] = findGuarded(docs, bounds[k], bounds[k+1], ix)
			}
		})
	}
	wg.Wait()
	qs := make([][]model.Quote, 0, n)
	ns := make([][]model.Number, 0, n)
	var ps []positions.Part
	for _, p := range parts {
		qs, ns = append(qs, p.quotes), append(ns, p.numbers)
		ps = append(ps, p.positions...)
		r.Warnings = append(r.Warnings, p.warns...)
	}
	r.Quotes = nonNil(quotes.Merge(qs))
	r.Numbers = nonNil(numbers.Merge(ns))
	r.Positions = nonNil(positions.Merge(ps, ix))
	return r
}

// part is what the finders found in a run of documents.
type part struct {
	quotes    []model.Quote
	numbers   []model.Number
	positions []positions.Part // one, or one per document after a failure
	warns     []model.Warning
}

// findAll runs the finders over docs[from:to]; a variable so that a test
// can make it fail.
var findAll = func(docs []*source.Document, from, to int, ix *actors.Index) part {
	return part{
		quotes:    quotes.FindPart(docs, from, to, ix),
		numbers:   numbers.FindPart(docs, from, to, ix),
		positions: []positions.Part{positions.FindPart(docs, from, to, ix)},
	}
}

// findGuarded is findAll, except that a panic (a bug that some text trips)
// does not take the briefing down: the run is found again one document at
// a time, and a document that fails alone gives a warning naming its file
// instead of its quotes, numbers and positions.
func findGuarded(docs []*source.Document, from, to int, ix *actors.Index) part {
	if p, err := tryFind(docs, from, to, ix); err == nil {
		return p
	}
	var out part
	for d := from; d < to; d++ {
		p, err := tryFind(docs, d, d+1, ix)
		if err != nil {
			out.warns = append(out.warns, model.Warning{Path: docs[d].Meta.Path,
				Problem: fmt.Sprintf("quotes, numbers and positions left out: %v", err)})
			continue
		}
		out.quotes = slices.Concat(out.quotes, p.quotes)
		out.numbers = slices.Concat(out.numbers, p.numbers)
		out.positions = append(out.positions, p.positions...)
	}
	return out
}

func tryFind(docs []*source.Document, from, to int, ix *actors.Index) (p part, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("internal error (%v)", e)
		}
	}()
	return findAll(docs, from, to, ix), nil
}

// split cuts docs into runs of about partBytes of text and returns their
// bounds: run k is docs[b[k]:b[k+1]].
func split(docs []*source.Document) []int {
	b := []int{0}
	size := 0
	for d, doc := range docs {
		size += len(doc.Raw)
		if size >= partBytes || d == len(docs)-1 {
			b = append(b, d+1)
			size = 0
		}
	}
	return b
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

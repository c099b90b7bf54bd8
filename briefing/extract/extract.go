// Package extract builds the briefing's items (actors, quotes, key numbers,
// positions) from cleaned documents.
package extract

import (
	"runtime"
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
	qs := make([][]model.Quote, n)
	ns := make([][]model.Number, n)
	ps := make([]positions.Part, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for k := int(next.Add(1) - 1); k < n; k = int(next.Add(1) - 1) {
				from, to := bounds[k], bounds[k+1]
				qs[k] = quotes.FindPart(docs, from, to, ix)
				ns[k] = numbers.FindPart(docs, from, to, ix)
				ps[k] = positions.FindPart(docs, from, to, ix)
			}
		})
	}
	wg.Wait()
	r.Quotes = nonNil(quotes.Merge(qs))
	r.Numbers = nonNil(numbers.Merge(ns))
	r.Positions = nonNil(positions.Merge(ps, ix))
	return r
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

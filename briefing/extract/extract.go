// Package extract builds the briefing's items (actors, quotes, key numbers,
// positions) from cleaned documents.
package extract

import (
	"sync"

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

// Run extracts every item from docs. The output is deterministic: the same
// documents in the same order give the same result.
func Run(docs []*source.Document) Result {
	ix := actors.Build(docs)
	r := Result{Actors: nonNil(ix.Actors())}
	// The finders only read docs and the index, and each fills its own
	// list, so they run at once: on two cores the wall time is about that
	// of the slowest.
	var wg sync.WaitGroup
	wg.Go(func() { r.Quotes = nonNil(quotes.Find(docs, ix)) })
	wg.Go(func() { r.Numbers = nonNil(numbers.Find(docs, ix)) })
	r.Positions = nonNil(positions.Find(docs, ix))
	wg.Wait()
	return r
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Package extract builds the briefing's items (actors, quotes, key numbers,
// positions) from cleaned documents.
package extract

import (
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
	return Result{
		Actors:    nonNil(ix.Actors()),
		Quotes:    nonNil(quotes.Find(docs, ix)),
		Numbers:   nonNil(numbers.Find(docs, ix)),
		Positions: nonNil(positions.Find(docs, ix)),
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

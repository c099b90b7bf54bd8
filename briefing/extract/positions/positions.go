// Package positions finds what each actor wants, fears, demands, promises or
// says, from reported speech and stance verbs.
package positions

import (
	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Find returns the positions stated in docs, grouped by actor in the order
// of ix.Actors(), and in document order within an actor, with IDs p1, p2, ...
func Find(docs []*source.Document, ix *actors.Index) []model.Position {
	return []model.Position{}
}

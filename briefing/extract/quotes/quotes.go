// Package quotes finds direct quotes and resolves who said them.
package quotes

import (
	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Find returns every direct quote in docs, in document order, with IDs
// q1, q2, ... assigned in that order.
func Find(docs []*source.Document, ix *actors.Index) []model.Quote {
	return []model.Quote{}
}

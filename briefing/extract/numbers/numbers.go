// Package numbers finds the key figures in documents and what they count.
package numbers

import (
	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Find returns the key numbers of docs, in document order, with IDs n1,
// n2, ... assigned in that order.
func Find(docs []*source.Document, ix *actors.Index) []model.Number {
	return []model.Number{}
}

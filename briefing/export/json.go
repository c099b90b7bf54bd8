// Package export writes a briefing as JSON (the stable contract other tools
// read) or as Markdown (for people).
package export

import (
	"encoding/json"
	"io"

	"briefing/briefing/model"
)

// JSON writes b as one indented JSON object. Lists are never null.
func JSON(w io.Writer, b *model.Briefing) error {
	out := *b
	if out.Sources == nil {
		out.Sources = []model.Source{}
	}
	if out.Actors == nil {
		out.Actors = []model.Actor{}
	}
	if out.Quotes == nil {
		out.Quotes = []model.Quote{}
	}
	if out.Numbers == nil {
		out.Numbers = []model.Number{}
	}
	if out.Positions == nil {
		out.Positions = []model.Position{}
	}
	if out.Warnings == nil {
		out.Warnings = []model.Warning{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

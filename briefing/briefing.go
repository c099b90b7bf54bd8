// Package briefing turns a folder of news articles into a briefing: actors,
// positions, key numbers and quotes, each cited to the file and line it came
// from. It is pure Go and never imports terminal packages.
package briefing

import (
	"io/fs"

	"briefing/briefing/extract"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Briefing is the extracted briefing together with the documents it was
// built from (the reader shows their original lines).
type Briefing struct {
	model.Briefing
	Docs []*source.Document
}

// Options tune loading.
type Options = source.Options

// Open loads the files and folders in paths (or, when paths is empty, the
// article files of seeds) and builds their briefing. A path that does not
// exist, or material with nothing readable, is an error naming it; files that
// can't be used are reported in Warnings and the rest goes on.
func Open(paths []string, seeds fs.FS, opt Options) (*Briefing, error) {
	var (
		docs  []*source.Document
		warns []model.Warning
		err   error
	)
	if len(paths) == 0 {
		docs, warns, err = source.LoadFS(seeds, "seeds", opt)
	} else {
		docs, warns, err = source.Load(paths, opt)
	}
	if err != nil {
		return nil, err
	}
	b := Build(docs)
	b.Warnings = append(warns, b.Warnings...) // the files' own problems first
	return b, nil
}

// Build extracts the briefing from already loaded documents.
func Build(docs []*source.Document) *Briefing {
	r := extract.Run(docs)
	b := &Briefing{Docs: docs}
	b.Sources = make([]model.Source, len(docs))
	for i, d := range docs {
		b.Sources[i] = d.Meta
	}
	b.Actors, b.Quotes, b.Numbers, b.Positions = r.Actors, r.Quotes, r.Numbers, r.Positions
	b.Warnings = append([]model.Warning{}, r.Warnings...)
	return b
}

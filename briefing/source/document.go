// Package source loads article files (plain text, Markdown, HTML), strips
// terminal control sequences and page furniture, and turns each into clean
// paragraphs and sentences that keep an exact map back to the file's lines.
package source

import (
	"sort"

	"briefing/briefing/model"
)

// Span is a half-open byte range [Start, End) into a paragraph's Text.
type Span struct{ Start, End int }

// Paragraph is one block of cleaned text: quote marks, apostrophes, dashes and
// spaces normalised (double quotes are ASCII '"', single quotes and
// apostrophes ASCII '\”), hard line wraps and page breaks rejoined.
type Paragraph struct {
	Text      string
	Heading   bool   // a heading or subhead, not body prose
	Sentences []Span // sentence spans into Text, in order, covering the prose
	segs      []segment
}

// segment maps a run of cleaned bytes starting at clean to original bytes
// starting at orig, one to one, until the next segment.
type segment struct{ clean, orig int }

// Orig returns the byte offset in the original file of cleaned byte i.
func (p *Paragraph) Orig(i int) int {
	if len(p.segs) == 0 {
		return i
	}
	k := sort.Search(len(p.segs), func(k int) bool { return p.segs[k].clean > i }) - 1
	if k < 0 {
		k = 0
	}
	return p.segs[k].orig + (i - p.segs[k].clean)
}

// Document is one loaded, cleaned article.
type Document struct {
	Meta       model.Source
	Raw        []byte      // the file's bytes as on disk (control sequences not yet stripped)
	Paragraphs []Paragraph // the body, in order; the title and byline lines are not repeated here
	lineStarts []int       // byte offset of the start of each line of Raw
}

// Cite returns the citation of the cleaned span [start, end) of paragraph p.
func (d *Document) Cite(p, start, end int) model.Cite {
	para := &d.Paragraphs[p]
	if end <= start {
		end = start + 1
	}
	if end > len(para.Text) {
		end = len(para.Text)
	}
	if start >= end {
		start = max(end-1, 0)
	}
	os := para.Orig(start)
	oe := para.Orig(end-1) + 1
	return model.Cite{
		Source:  d.Meta.ID,
		Line:    d.LineAt(os),
		EndLine: d.LineAt(max(oe-1, os)),
		Start:   os,
		End:     oe,
	}
}

// LineAt returns the 1-based line of the original file holding byte off.
func (d *Document) LineAt(off int) int {
	return sort.Search(len(d.lineStarts), func(k int) bool { return d.lineStarts[k] > off })
}

// Lines returns the original file split into lines with terminal control
// sequences removed, safe to show on screen.
func (d *Document) Lines() []string {
	out := make([]string, len(d.lineStarts))
	for i, s := range d.lineStarts {
		e := len(d.Raw)
		if i+1 < len(d.lineStarts) {
			e = d.lineStarts[i+1]
		}
		out[i] = Sanitize(string(trimEOL(d.Raw[s:e])))
	}
	return out
}

func trimEOL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

func indexLines(raw []byte) []int {
	starts := []int{0}
	for i, c := range raw {
		if c == '\n' && i+1 < len(raw) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

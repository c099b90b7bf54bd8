// Package source loads article files (plain text, Markdown, HTML), strips
// terminal control sequences and page furniture, and turns each into clean
// paragraphs and sentences that keep an exact map back to the file's lines.
package source

import (
	"bytes"

	"briefing/briefing/model"
)

// Span is a half-open byte range [Start, End) into a paragraph's Text.
type Span struct{ Start, End int }

// Paragraph is one block of cleaned text: double quotes are ASCII '"',
// single quotes and apostrophes ASCII "'", dashes an em dash, every kind of
// space one plain space; hard line wraps and page breaks are rejoined.
type Paragraph struct {
	Text      string
	Heading   bool   // a heading or subhead, not body prose
	Sentences []Span // sentence spans into Text, in order, covering the prose
	segs      []segment
}

// segment maps cleaned bytes from clean on to original bytes from orig on.
// When olen is 0 the run maps byte for byte until the next segment; otherwise
// the cleaned bytes replace the olen original bytes at orig as a whole (a
// curly quote made ASCII, "--" made an em dash, an entity decoded).
type segment struct{ clean, orig, olen int }

// segIndex returns the index of the segment holding cleaned byte i.
func (p *Paragraph) segIndex(i int) int {
	// sort.Search's loop, without a closure call per step: lo ends at the
	// first segment starting after i.
	lo, hi := 0, len(p.segs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.segs[m].clean > i {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return max(lo-1, 0)
}

// Orig returns the byte offset in the original file of cleaned byte i.
func (p *Paragraph) Orig(i int) int {
	if len(p.segs) == 0 {
		return i
	}
	return p.segs[p.segIndex(i)].orig1(i)
}

// orig1 returns the original offset of cleaned byte i, which s holds.
func (s segment) orig1(i int) int {
	if s.olen > 0 {
		return s.orig
	}
	return s.orig + (i - s.clean)
}

// origEnd returns the original offset just past the bytes that cleaned
// byte i, which s holds, came from.
func (s segment) origEnd(i int) int {
	if s.olen > 0 {
		return s.orig + s.olen
	}
	return s.orig + (i - s.clean) + 1
}

// Document is one loaded, cleaned article.
type Document struct {
	Meta       model.Source
	Raw        []byte      // the file's bytes as on disk (control sequences not yet stripped); never written to, as paragraph texts may share them
	Paragraphs []Paragraph // the body, in order; the title and byline lines are not repeated here
	lineStarts []int       // byte offset of the start of each line of Raw
}

// Cite returns the citation of the cleaned span [start, end) of paragraph p.
// Line..EndLine are the lines of the file on disk holding that text, and
// Start..End its byte range there.
func (d *Document) Cite(p, start, end int) model.Cite {
	para := &d.Paragraphs[p]
	if len(para.Text) == 0 {
		return model.Cite{Source: d.Meta.ID, Line: 1, EndLine: 1}
	}
	start = min(max(start, 0), len(para.Text)-1)
	end = min(max(end, start+1), len(para.Text))
	// Cited spans rarely start or end on a space; trimming keeps a span
	// that ends just after a joined line break from reaching the next line.
	for end-1 > start && para.Text[end-1] == ' ' {
		end--
	}
	for start < end-1 && para.Text[start] == ' ' {
		start++
	}
	os, oe := start, end // without segments, cleaned bytes are the file's
	if len(para.segs) > 0 {
		k := para.segIndex(start)
		os = para.segs[k].orig1(start)
		// Most cited spans lie in one segment: the last byte's is looked
		// for only when a later segment starts at or before it.
		if k+1 < len(para.segs) && para.segs[k+1].clean <= end-1 {
			k = para.segIndex(end - 1)
		}
		oe = para.segs[k].origEnd(end - 1)
	}
	oe = max(oe, os+1)
	line := d.LineAt(os)
	endLine := line // most spans lie on one line: the next starts after them
	if line < len(d.lineStarts) && d.lineStarts[line] <= oe-1 {
		endLine = d.LineAt(oe - 1)
	}
	return model.Cite{Source: d.Meta.ID, Line: line, EndLine: endLine, Start: os, End: oe}
}

// LineAt returns the 1-based line of the original file holding byte off.
func (d *Document) LineAt(off int) int {
	// sort.Search's loop, without a closure call per step: lo ends at the
	// first line starting after off.
	lo, hi := 0, len(d.lineStarts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.lineStarts[m] > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return max(lo, 1)
}

// Lines returns the original file split into lines with terminal control
// sequences removed, safe to show on screen.
func (d *Document) Lines() []string {
	out := make([]string, 0, len(d.lineStarts))
	for i, s := range d.lineStarts {
		e := len(d.Raw)
		if i+1 < len(d.lineStarts) {
			e = d.lineStarts[i+1]
		}
		if i >= d.Meta.Lines && len(trimSpaceBytes(d.Raw[s:e])) == 0 {
			break
		}
		out = append(out, Sanitize(string(trimEOL(d.Raw[s:e]))))
	}
	return out
}

func trimEOL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

func trimSpaceBytes(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}

// indexLines returns the start offset of every line of raw: the lines
// `wc -l` counts, plus a final line without a newline if it has any bytes.
func indexLines(raw []byte) []int {
	starts := make([]int, 1, 1+bytes.Count(raw, []byte{'\n'}))
	for i := 0; ; {
		k := bytes.IndexByte(raw[i:], '\n')
		if k < 0 || i+k+1 == len(raw) {
			return starts
		}
		i += k + 1
		starts = append(starts, i)
	}
}

// countLines returns the file's line count as `wc -l` gives it, plus one
// when the last line holds non-space text without a final newline.
func countLines(raw []byte) int {
	n := bytes.Count(raw, []byte{'\n'})
	last := bytes.LastIndexByte(raw, '\n') + 1
	if len(trimSpaceBytes(raw[last:])) > 0 {
		n++
	}
	return n
}

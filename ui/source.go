package ui

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"briefing/briefing/export"
	"briefing/briefing/model"
)

// sourceView shows an original file with line numbers, scrolled to a
// citation with the cited span highlighted. Lines are wrapped once per
// (citation, width), never per key.
type sourceView struct {
	cite          model.Cite
	title         string
	link          string   // file:// URL of the file when it is on disk
	vlines        []string // wrapped, styled lines with their gutter
	lineOf        []int    // the file line each visual line belongs to
	target        int      // visual line of the cited line
	offset        int
	width, height int
}

// open builds the view of cite at the given size.
func (s *sourceView) open(ix *index, st *Styles, c model.Cite, w, h int) {
	s.cite = c
	s.width, s.height = w, max(h, 1)
	s.build(ix, st)
	s.offset = max(0, s.target-s.height/3)
	s.clamp()
	// Start the view at the beginning of a line, not inside a wrapped one.
	for s.offset > 0 && s.offset < len(s.lineOf) && s.lineOf[s.offset-1] == s.lineOf[s.offset] {
		s.offset--
	}
}

// SetSize re-wraps the file for a new size, keeping the citation in view.
func (s *sourceView) SetSize(ix *index, st *Styles, w, h int) {
	if s.cite.Source == "" {
		s.width, s.height = w, h
		return
	}
	s.open(ix, st, s.cite, w, h)
}

func (s *sourceView) build(ix *index, st *Styles) {
	s.vlines, s.lineOf, s.target = s.vlines[:0], s.lineOf[:0], 0
	s.title = oneLine(export.CiteString(s.cite))
	s.link = ""
	if p, ok := ix.diskPath[s.cite.Source]; ok {
		s.link = "file://" + p
	}
	if d, ok := ix.docByID[s.cite.Source]; ok {
		if t := ix.b.Docs[d].Meta.Title; t != "" {
			s.title += " — " + oneLine(t)
		}
	}
	lines, starts := ix.sourceLines(s.cite.Source)
	if lines == nil {
		s.vlines = append(s.vlines, st.Error.Render("source not loaded: "+oneLine(s.cite.Source)))
		s.lineOf = append(s.lineOf, 1)
		return
	}
	raw := ix.b.Docs[ix.docByID[s.cite.Source]].Raw
	gw := len(strconv.Itoa(len(lines)))
	tw := max(s.width-gw-3, 8)
	blank := strings.Repeat(" ", gw) + " │ "
	for i, line := range lines {
		n := i + 1
		text := strings.ReplaceAll(line, "\t", "    ")
		if n >= s.cite.Line && n <= max(s.cite.EndLine, s.cite.Line) && s.cite.Line > 0 {
			text = highlight(text, line, raw, starts[i], s.cite, st)
		}
		if n == s.cite.Line {
			s.target = len(s.vlines)
		}
		gutter := st.LineNo.Render(fmt.Sprintf("%*d │ ", gw, n))
		for k, part := range strings.Split(ansi.Wrap(text, tw, ""), "\n") {
			if k == 0 {
				s.vlines = append(s.vlines, gutter+part)
			} else {
				s.vlines = append(s.vlines, st.LineNo.Render(blank)+part)
			}
			s.lineOf = append(s.lineOf, n)
		}
	}
}

// highlight marks the cited bytes of one line. When the line was changed by
// sanitising (so offsets no longer match) the whole line is marked.
func highlight(text, line string, raw []byte, start int, c model.Cite, st *Styles) string {
	end := start + len(line)
	whole := st.Highlight.Render(text)
	if c.End <= c.Start || text != line || end > len(raw) || string(raw[start:end]) != line {
		return whole
	}
	a, z := max(c.Start-start, 0), min(c.End-start, len(line))
	if a >= z {
		return whole
	}
	for a > 0 && !utf8.RuneStart(line[a]) {
		a--
	}
	for z < len(line) && !utf8.RuneStart(line[z]) {
		z++
	}
	return line[:a] + st.Highlight.Render(line[a:z]) + line[z:]
}

func (s *sourceView) clamp() {
	s.offset = max(0, min(s.offset, len(s.vlines)-s.height+1))
}

// Scroll moves the view by n lines.
func (s *sourceView) Scroll(n int) { s.offset += n; s.clamp() }

// Top and Bottom jump to the ends of the file.
func (s *sourceView) Top() { s.offset = 0 }

// Bottom shows the end of the file.
func (s *sourceView) Bottom() { s.offset = len(s.vlines); s.clamp() }

// Line returns the file line at the top of the view.
func (s sourceView) Line() int {
	if s.offset < len(s.lineOf) {
		return s.lineOf[s.offset]
	}
	return 1
}

// View draws the title line and the visible lines.
func (s sourceView) View(st *Styles) string {
	var b strings.Builder
	title := st.Header
	if s.link != "" {
		title = title.Hyperlink(s.link)
	}
	b.WriteString(title.Render(ansi.Truncate(s.title, s.width, "…")))
	for i := 0; i < s.height-1; i++ {
		b.WriteString("\n")
		if r := s.offset + i; r < len(s.vlines) {
			b.WriteString(s.vlines[r])
		}
	}
	return b.String()
}

// citedText returns the cited bytes of the file as one clean line, or ""
// when the citation has no byte span.
func (ix *index) citedText(c model.Cite) string {
	d, ok := ix.docByID[c.Source]
	if !ok {
		return ""
	}
	raw := ix.b.Docs[d].Raw
	if c.End <= c.Start || c.End > len(raw) {
		return ""
	}
	return oneLine(string(raw[c.Start:c.End]))
}

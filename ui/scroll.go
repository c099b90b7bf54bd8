package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// scroller is a read-only scrolling text pane. Unlike bubbles' viewport it
// cuts lines to the width once, when the content is set, so drawing a frame
// only slices lines: a key press on a large briefing stays far under a
// millisecond.
type scroller struct {
	lines         []string
	offset        int
	width, height int
}

// SetWidth sets the width of content set from now on; the owner sets new
// content for a new width.
func (s *scroller) SetWidth(w int) { s.width = w }

// SetHeight sets the number of visible lines.
func (s *scroller) SetHeight(h int) { s.height = h; s.clamp() }

// Width returns the width.
func (s *scroller) Width() int { return s.width }

// SetContent sets the text, cutting each line to the width.
func (s *scroller) SetContent(c string) { s.SetLines(cutLines(c, s.width)) }

// SetLines sets lines already cut to the width.
func (s *scroller) SetLines(lines []string) {
	s.lines = lines
	s.clamp()
}

// cutLines splits s into lines no wider than w.
func cutLines(s string, w int) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return lines
}

// YOffset returns the first visible line.
func (s *scroller) YOffset() int { return s.offset }

// SetYOffset scrolls to line y.
func (s *scroller) SetYOffset(y int) { s.offset = y; s.clamp() }

func (s *scroller) clamp() { s.offset = max(0, min(s.offset, len(s.lines)-s.height)) }

// ScrollUp and ScrollDown move by n lines.
func (s *scroller) ScrollUp(n int) { s.SetYOffset(s.offset - n) }

// ScrollDown moves the view down by n lines.
func (s *scroller) ScrollDown(n int) { s.SetYOffset(s.offset + n) }

// PageUp moves up a page.
func (s *scroller) PageUp() { s.ScrollUp(s.height) }

// PageDown moves down a page.
func (s *scroller) PageDown() { s.ScrollDown(s.height) }

// HalfPageUp moves up half a page.
func (s *scroller) HalfPageUp() { s.ScrollUp(s.height / 2) }

// HalfPageDown moves down half a page.
func (s *scroller) HalfPageDown() { s.ScrollDown(s.height / 2) }

// GotoTop shows the first line.
func (s *scroller) GotoTop() { s.offset = 0 }

// GotoBottom shows the last page.
func (s *scroller) GotoBottom() { s.SetYOffset(len(s.lines)) }

// Line returns visible line i (0 = top), or "" past the end.
func (s *scroller) Line(i int) string {
	if r := s.offset + i; i < s.height && r < len(s.lines) {
		return s.lines[r]
	}
	return ""
}

// View returns the visible lines, exactly height of them.
func (s *scroller) View() string {
	var b strings.Builder
	for i := 0; i < s.height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.Line(i))
	}
	return b.String()
}

package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// listModel is a section's list pane: prebuilt one-line rows, a cursor that
// skips group headers, and a window of visible rows. Rows are built once;
// only the visible ones are cut to width when drawn.
type listModel struct {
	rows          []row
	cursor        int // row index, always on an item row when there is one
	offset        int // first visible row
	width, height int
	empty         string         // what to say when there are no rows
	cut           map[int]string // rows already cut and padded to cutWidth
	cutWidth      int
}

func newList(rows []row, empty string) listModel {
	l := listModel{rows: rows, empty: empty}
	l.cursor = l.nextItem(0, 1)
	return l
}

// SetSize sets the pane's size and keeps the cursor visible.
func (l *listModel) SetSize(w, h int) {
	l.width, l.height = w, max(h, 1)
	l.scrollToCursor()
}

// Selected returns the item under the cursor, or -1.
func (l listModel) Selected() int {
	if l.cursor < 0 || l.cursor >= len(l.rows) {
		return -1
	}
	return l.rows[l.cursor].item
}

// nextItem returns the first item row at or after r going in direction dir,
// or -1.
func (l listModel) nextItem(r, dir int) int {
	for ; r >= 0 && r < len(l.rows); r += dir {
		if l.rows[r].item >= 0 {
			return r
		}
	}
	return -1
}

// Move moves the cursor by delta items; it reports whether it moved.
func (l *listModel) Move(delta int) bool {
	if l.cursor < 0 {
		return false
	}
	dir := 1
	if delta < 0 {
		dir, delta = -1, -delta
	}
	r := l.cursor
	for ; delta > 0; delta-- {
		n := l.nextItem(r+dir, dir)
		if n < 0 {
			break
		}
		r = n
	}
	if r == l.cursor {
		return false
	}
	l.cursor = r
	l.scrollToCursor()
	return true
}

// Top moves to the first item, Bottom to the last.
func (l *listModel) Top() bool { return l.setCursor(l.nextItem(0, 1)) }

// Bottom moves the cursor to the last item.
func (l *listModel) Bottom() bool { return l.setCursor(l.nextItem(len(l.rows)-1, -1)) }

// SelectItem moves the cursor to the row of item.
func (l *listModel) SelectItem(item int) bool {
	for r, rw := range l.rows {
		if rw.item == item {
			return l.setCursor(r)
		}
	}
	return false
}

// SelectRow moves the cursor to the visible row y (0 = top of the pane).
func (l *listModel) SelectRow(y int) bool {
	r := l.offset + y
	if y < 0 || r >= len(l.rows) || l.rows[r].item < 0 {
		return false
	}
	return l.setCursor(r)
}

func (l *listModel) setCursor(r int) bool {
	if r < 0 || r == l.cursor {
		return false
	}
	l.cursor = r
	l.scrollToCursor()
	return true
}

func (l *listModel) scrollToCursor() {
	if l.height <= 0 {
		return
	}
	if l.cursor < l.offset {
		l.offset = l.cursor
		// Show the group header above the first item of a group.
		if l.offset > 0 && l.rows[l.offset-1].item < 0 {
			l.offset--
		}
	}
	if l.cursor >= l.offset+l.height {
		l.offset = l.cursor - l.height + 1
	}
	l.offset = max(0, min(l.offset, len(l.rows)-l.height))
}

// Lines returns the visible rows, each exactly width cells wide. Rows are
// cut to the width once and kept, so a frame costs a few lookups.
func (l *listModel) Lines(st *Styles) []string {
	if l.cut == nil || l.cutWidth != l.width {
		l.cut, l.cutWidth = map[int]string{}, l.width
	}
	out := make([]string, l.height)
	if len(l.rows) == 0 {
		out[0] = st.Faint.Render(pad(ansi.Truncate(" "+l.empty, l.width-1, "…"), l.width))
		for i := 1; i < l.height; i++ {
			out[i] = strings.Repeat(" ", l.width)
		}
		return out
	}
	for i := range out {
		r := l.offset + i
		text, ok := l.cut[r]
		if !ok {
			if r < len(l.rows) {
				text = pad(ansi.Truncate(" "+l.rows[r].text, l.width-1, "…"), l.width)
			} else {
				text = strings.Repeat(" ", l.width)
			}
			l.cut[r] = text
		}
		switch {
		case r == l.cursor:
			text = st.Selected.Render(text)
		case r < len(l.rows) && l.rows[r].item < 0:
			text = st.Header.Render(text)
		}
		out[i] = text
	}
	return out
}

// pad fills s with spaces to w cells.
func pad(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

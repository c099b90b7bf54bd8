package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/briefing/export"
)

// shortLabels name the tabs when the full names do not fit.
var shortLabels = [numSections]string{"Over", "Actors", "Pos", "Nums", "Quotes", "Src"}

// View draws the reader.
func (m *Model) View() tea.View {
	v := tea.NewView(m.Render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "briefing"
	return v
}

// Render returns the screen as a string: exactly the window's height in
// lines, none wider than the window.
func (m *Model) Render() string {
	if m.ix == nil {
		return fit(m.loadingView(), m.width, m.height)
	}
	if m.width < minWidth || m.height < minHeight {
		msg := fmt.Sprintf("Window too small (%d×%d).\nbriefing needs at least %d×%d.\nEnlarge it, or press q to quit.",
			m.width, m.height, minWidth, minHeight)
		return fit(msg, m.width, m.height)
	}
	bh := m.bodyHeight()
	var body string
	switch {
	case m.full:
		body = m.fullHelpView()
	case m.picker.active:
		body = m.picker.View(&m.styles)
	case m.loc.page == pageSource:
		body = m.source.View(&m.styles)
	case m.splitView():
		body = m.splitBody(bh)
	case m.loc.page == pageActor:
		body = m.actorBody()
	default:
		body = m.detail.vp.View()
	}
	var b strings.Builder
	b.WriteString(m.tabsView())
	b.WriteString("\n")
	if (m.splitView() || m.loc.page == pageActor) && !m.full && !m.picker.active {
		b.WriteString(body) // built to size from lines cut to the width
	} else {
		b.WriteString(fit(body, m.width, bh))
	}
	b.WriteString("\n")
	b.WriteString(fit(m.statusView(), m.width, 1))
	b.WriteString("\n")
	b.WriteString(m.shortHelpView())
	return b.String()
}

// fit cuts s to w columns and exactly h lines.
func fit(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// tabLabels returns the tab texts that fit the width.
func (m *Model) tabLabels() [numSections]string {
	var full, short [numSections]string
	width := 0
	for i := range full {
		full[i] = fmt.Sprintf("%d %s", i+1, sectionNames[i])
		short[i] = fmt.Sprintf("%d %s", i+1, shortLabels[i])
		width += len(full[i]) + 2
	}
	if width <= m.width {
		return full
	}
	return short
}

func (m *Model) tabsView() string {
	k := tabsKey{m.width, m.tabSection(), m.loc.page == pageSource}
	if k == m.tabsKey && m.tabsCache != "" {
		return m.tabsCache
	}
	var b strings.Builder
	cur := m.tabSection()
	for i, l := range m.tabLabels() {
		if i == cur {
			b.WriteString(m.styles.ActiveTab.Render(l))
		} else {
			b.WriteString(m.styles.Tab.Render(l))
		}
	}
	if m.loc.page == pageSource {
		b.WriteString(m.styles.ActiveTab.Render("source"))
	}
	m.tabsKey, m.tabsCache = k, fit(b.String(), m.width, 1)
	return m.tabsCache
}

// tabAt returns the section whose tab is at column x, or -1.
func (m *Model) tabAt(x int) int {
	pos := 0
	for i, l := range m.tabLabels() {
		w := len(l) + 2
		if x >= pos && x < pos+w {
			return i
		}
		pos += w
	}
	return -1
}

// splitBody is the list pane beside the detail pane and its citation. Both
// panes hold lines already cut to their widths, so rows are only joined.
func (m *Model) splitBody(bh int) string {
	l := &m.lists[m.loc.section]
	left := l.Lines(&m.styles)
	sep := m.styles.Rule.Render("│")
	var b strings.Builder
	for i := 0; i < bh; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(left[i])
		b.WriteString(sep)
		if i < bh-1 {
			b.WriteString(m.detail.vp.Line(i))
		} else {
			b.WriteString(fit(m.citeView(), m.width-l.width-1, 1))
		}
	}
	return b.String()
}

// citeView is the selected item's citation, an OSC 8 link to the file when
// the file is on disk.
func (m *Model) citeView() string {
	c, ok := m.currentCite()
	if !ok {
		return ""
	}
	st := m.styles.Cite
	if p, ok := m.ix.diskPath[c.Source]; ok {
		st = st.Hyperlink("file://" + p)
	}
	return " ↳ " + st.Render(oneLine(export.CiteString(c)))
}

func (m *Model) statusView() string {
	if m.search.active {
		return m.search.input.View()
	}
	right := m.positionText()
	left := ansi.Truncate(m.status, max(m.width-ansi.StringWidth(right)-2, 0), "…")
	if m.isErr {
		left = m.styles.Error.Render(left)
	} else if left != "" {
		left = m.styles.Status.Render(left)
	}
	gap := m.width - ansi.StringWidth(left) - ansi.StringWidth(right) - 1
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + m.styles.Faint.Render(right)
}

// positionText says where the user is: "Quotes 3/17", an actor's name, a
// source's citation.
func (m *Model) positionText() string {
	switch m.loc.page {
	case pageActor:
		s := fmt.Sprintf("actor %d/%d", m.loc.actor+1, len(m.ix.b.Actors))
		if _, ok := m.pageSelected(); ok {
			s += fmt.Sprintf(" · item %d/%d", m.loc.pick+1, len(m.page.items))
		}
		return s
	case pageSource:
		return fmt.Sprintf("line %d of %d", m.source.Line(), len(m.ix.lines[m.loc.cite.Source]))
	}
	sec, item := m.current()
	if m.loc.section == secOverview || item < 0 {
		return ""
	}
	n := len(m.ix.rows[sec])
	if sec == secPositions {
		n = len(m.ix.b.Positions)
	}
	return fmt.Sprintf("%s %d/%d", sectionNames[sec], m.ordinal(sec, item), n)
}

// ordinal is the 1-based place of the selected item in its list.
func (m *Model) ordinal(sec, item int) int {
	if sec != secPositions {
		return item + 1
	}
	l := m.lists[sec]
	n := 0
	for r := 0; r <= l.cursor && r < len(l.rows); r++ {
		if l.rows[r].item >= 0 {
			n++
		}
	}
	return n
}

// fullHelpView lists every key binding; it is built from the full keymap so
// it cannot drift from what the keys do.
func (m *Model) fullHelpView() string {
	all := DefaultKeyMap()
	title := m.styles.Header.Render("Keys") + m.styles.Faint.Render("  (? or esc closes)")
	h := m.help
	h.ShowAll = true
	h.SetWidth(0) // measure the natural width first
	groups := all.FullHelp()
	out := h.FullHelpView(groups)
	if ansi.StringWidth(strings.SplitN(out, "\n", 2)[0]) > m.width {
		// Too wide for one row of columns: two rows of two.
		h.SetWidth(m.width)
		out = h.FullHelpView(groups[:2]) + "\n\n" + h.FullHelpView(groups[2:])
	}
	return title + "\n\n" + out
}

// plural says "1 file" or "3 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// tabsKey is what the tab bar depends on.
type tabsKey struct {
	width, section int
	source         bool
}

// shortHelpView is the help bar, redrawn only when the enabled bindings or
// the width change.
func (m *Model) shortHelpView() string {
	bs := m.keys.ShortHelp()
	k := uint64(m.width) << 32
	for i, b := range bs {
		if b.Enabled() {
			k |= 1 << i
		}
	}
	if k != m.helpKey || m.helpCache == "" {
		h := m.help
		h.SetWidth(0)
		out := h.ShortHelpView(bs)
		for _, drop := range shortDropOrder {
			if ansi.StringWidth(out) <= m.width {
				break
			}
			bs[drop].SetEnabled(false) // bs is ShortHelp's own copy
			out = h.ShortHelpView(bs)
		}
		m.helpKey, m.helpCache = k, fit(out, m.width, 1)
	}
	return m.helpCache
}

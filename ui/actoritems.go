package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"briefing/briefing/export"
	"briefing/briefing/model"
)

// pageItem is one selectable item of the actor page: a position, quote or
// number (sec and item), or a mention in a source (sec -1).
type pageItem struct {
	sec, item int
	cite      model.Cite
}

// actorPage is what the selection on the actor page needs: the items and
// the lines each occupies in the rendered page. The page stays one glamour
// rendering; the selection is drawn over its lines, so moving through the
// items never renders again.
type actorPage struct {
	actor   int
	items   []pageItem
	bullets []int // per list bullet of the page, in order: its item, or -1

	spanKey renderKey // the rendering the spans were found in
	spanN   int       // and its line count
	spans   [][2]int  // per item: first and last rendered line; -1 unseen
}

// actorItems lists the selectable items of actor i's page in the order the
// page shows them, and what each bullet of the page is.
func (ix *index) actorItems(i int) ([]pageItem, []int) {
	var items []pageItem
	var bullets []int
	kind := func(sec int, list []int) {
		for k, it := range list {
			if k == pageItems {
				bullets = append(bullets, -1) // "… and N more"
				break
			}
			c, _ := ix.itemCite(sec, it)
			bullets = append(bullets, len(items))
			items = append(items, pageItem{sec: sec, item: it, cite: c})
		}
	}
	kind(secPositions, ix.positions[i])
	kind(secQuotes, ix.quotes[i])
	kind(secNumbers, ix.numbers[i])
	for k, s := range ix.actorMentions(i) {
		if k == pageSources {
			bullets = append(bullets, -1)
			break
		}
		bullets = append(bullets, len(items))
		items = append(items, pageItem{sec: -1, item: -1, cite: s.cite})
	}
	return items, bullets
}

// maxPages is how many actor pages keep their items and spans.
const maxPages = 256

// syncPage gathers the items of the actor on show when it changed. Pages
// seen before come from m.pages: a prominent actor's items and spans take a
// good part of a millisecond to find.
func (m *Model) syncPage() {
	if m.page.items != nil && m.page.actor == m.loc.actor {
		return
	}
	if m.page.items != nil {
		if len(m.pages) >= maxPages {
			clear(m.pages)
		}
		m.pages[m.page.actor] = m.page
	}
	if pg, ok := m.pages[m.loc.actor]; ok {
		m.page = pg
		return
	}
	items, bullets := m.ix.actorItems(m.loc.actor)
	if items == nil {
		items = []pageItem{}
	}
	m.page = actorPage{actor: m.loc.actor, items: items, bullets: bullets}
}

// pageSelected returns the selected item of the actor page.
func (m *Model) pageSelected() (pageItem, bool) {
	if m.loc.page != pageActor {
		return pageItem{}, false
	}
	m.syncPage()
	if p := m.loc.pick; p >= 0 && p < len(m.page.items) {
		return m.page.items[p], true
	}
	return pageItem{}, false
}

// pageSpans returns the rendered lines of each item, found once per
// rendering by matching the page's list bullets in order.
func (m *Model) pageSpans() [][2]int {
	m.syncPage()
	pg := &m.page
	lines := m.detail.vp.lines
	if !m.detail.rendered {
		return nil // only the head is on show
	}
	if pg.spans != nil && pg.spanKey == m.detail.key && pg.spanN == len(lines) {
		return pg.spans
	}
	pg.spanKey, pg.spanN = m.detail.key, len(lines)
	pg.spans = make([][2]int, len(pg.items))
	for k := range pg.spans {
		pg.spans[k] = [2]int{-1, -1}
	}
	b, cur := -1, -1
	for n, l := range lines {
		s := strings.TrimLeft(ansi.Strip(l), " ")
		switch {
		case strings.HasPrefix(s, "• "):
			b++
			if b >= len(pg.bullets) {
				return pg.spans // the rest are not items
			}
			cur = pg.bullets[b]
			if cur >= 0 {
				pg.spans[cur] = [2]int{n, n}
			}
		case s == "":
			cur = -1
		case cur >= 0:
			pg.spans[cur][1] = n
		}
	}
	return pg.spans
}

// pickItem selects item k of the actor page and scrolls it into view.
func (m *Model) pickItem(k int) bool {
	m.syncPage()
	k = max(0, min(k, len(m.page.items)-1))
	if k < 0 || k == m.loc.pick {
		return false
	}
	m.loc.pick = k
	m.revealPick()
	return true
}

// revealPick scrolls the actor page so the selected item is in view.
func (m *Model) revealPick() {
	sp := m.pageSpans()
	if m.loc.pick >= len(sp) || sp[m.loc.pick][0] < 0 {
		return
	}
	s := sp[m.loc.pick]
	vp := &m.detail.vp
	switch off := vp.YOffset(); {
	case s[0] < off:
		vp.SetYOffset(s[0])
	case s[1] >= off+vp.height:
		vp.SetYOffset(min(s[0], s[1]-vp.height+1))
	}
}

// pickAt selects the item drawn on visible line y of the actor page.
func (m *Model) pickAt(y int) bool {
	r := m.detail.vp.YOffset() + y
	for k, s := range m.pageSpans() {
		if s[0] >= 0 && r >= s[0] && r <= s[1] {
			if k == m.loc.pick {
				return false
			}
			m.loc.pick = k
			return true
		}
	}
	return false
}

// actorBody draws the actor page with the selected item marked.
func (m *Model) actorBody() string {
	vp := &m.detail.vp
	sel := [2]int{-1, -1}
	if sp := m.pageSpans(); m.loc.pick < len(sp) {
		sel = sp[m.loc.pick]
	}
	var b strings.Builder
	for i := 0; i < vp.height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		l := vp.Line(i)
		if r := vp.YOffset() + i; sel[0] >= 0 && r >= sel[0] && r <= sel[1] {
			plain := strings.TrimPrefix(ansi.Strip(l), " ")
			l = m.styles.Accent.Render("▌") + m.styles.Selected.Render(plain)
		}
		b.WriteString(l)
	}
	return b.String()
}

// pageCopy is what `y` copies for the selected item of the actor page.
func (m *Model) pageCopy(it pageItem) (string, string) {
	if it.sec >= 0 {
		what := map[int]string{secPositions: "position", secNumbers: "number", secQuotes: "quote"}[it.sec]
		return m.ix.copyText(it.sec, it.item), what
	}
	text := ""
	if lines, _ := m.ix.sourceLines(it.cite.Source); it.cite.Line >= 1 && it.cite.Line <= len(lines) {
		text = strings.TrimSpace(oneLine(lines[it.cite.Line-1])) + " "
	}
	return text + "(" + export.CiteString(it.cite) + ")", "mention"
}

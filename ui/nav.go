package ui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"briefing/briefing/export"
	"briefing/briefing/model"
)

const maxHistory = 200

// bodyHeight is the height between the tab bar and the status and help lines.
func (m *Model) bodyHeight() int { return max(m.height-3, 1) }

// listWidth is the width of the list pane beside the detail pane.
func (m *Model) listWidth() int { return min(max(m.width*2/5, 20), 56) }

// splitView reports whether the body shows a list and a detail pane.
func (m *Model) splitView() bool {
	return m.loc.page == pageSection && m.loc.section != secOverview
}

// relayout sizes every component for the window and the current page, then
// shows what the detail pane should hold. It is the one place sizes are set.
func (m *Model) relayout() tea.Cmd {
	if m.ix == nil {
		return nil
	}
	bh := m.bodyHeight()
	lw := m.listWidth()
	for s := secActors; s < numSections; s++ {
		m.lists[s].SetSize(lw, bh)
	}
	if m.splitView() {
		m.detail.SetSize(m.width-lw-1, bh-1)
	} else {
		m.detail.SetSize(m.width, bh)
	}
	if m.loc.page == pageSource {
		m.source.open(m.ix, &m.styles, m.loc.cite, m.width, bh)
	}
	m.help.SetWidth(m.width)
	m.search.setWidth(m.width)
	m.picker.setSize(m.width, bh)
	m.setContext()
	return m.refresh()
}

// refresh puts what belongs in the detail pane there; rendering, when not
// cached, happens in the returned command.
func (m *Model) refresh() tea.Cmd {
	if m.ix == nil || m.loc.page == pageSource {
		return nil
	}
	style := m.styles.glamourStyle()
	switch {
	case m.loc.page == pageActor:
		a, ix := m.loc.actor, m.ix
		head := ix.actorHead(a)
		return m.detail.show("actor/"+strconv.Itoa(a), head, func() string { return ix.actorMarkdown(a) }, style, m.cache)
	case m.loc.section == secOverview:
		return m.detail.show("overview", m.ix.overview, nil, style, m.cache)
	}
	sec, item := m.current()
	if item < 0 {
		return m.detail.show("none", "", nil, style, m.cache)
	}
	return m.detail.show(itemID(sec, item), m.ix.itemMarkdown(sec, item), nil, style, m.cache)
}

// push goes to a new place, remembering the current one for back.
func (m *Model) push(to location) tea.Cmd {
	if len(m.history) == maxHistory {
		m.history = append(m.history[:0], m.history[1:]...)
	}
	from := m.loc
	if from.page == pageSection && from.section != secOverview {
		l := &m.lists[from.section]
		from.row, from.offset = l.cursor, l.offset
	}
	m.history = append(m.history, from)
	m.loc = to
	m.full = false
	return m.relayout()
}

func (m *Model) back() tea.Cmd {
	if m.full {
		m.full = false
		return nil
	}
	if len(m.history) == 0 {
		m.setStatus("Nothing to go back to", false)
		return nil
	}
	m.loc = m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	if m.loc.page == pageSection && m.loc.section != secOverview {
		l := &m.lists[m.loc.section]
		if m.loc.row >= 0 && m.loc.row < len(l.rows) {
			l.cursor, l.offset = m.loc.row, m.loc.offset
		}
	}
	return m.relayout()
}

func (m *Model) goSection(s int) tea.Cmd {
	if m.loc.page == pageSection && m.loc.section == s && !m.full {
		return nil
	}
	// A section opens at its first item (the contract: Quotes starts on the
	// first quote); back returns to where the user was.
	if s != secOverview {
		m.lists[s].offset = 0
		m.lists[s].Top()
	}
	return m.push(location{page: pageSection, section: s})
}

func (m *Model) openActor(a int) tea.Cmd {
	if a < 0 || a >= len(m.ix.b.Actors) {
		return nil
	}
	return m.push(location{page: pageActor, actor: a})
}

func (m *Model) openSource(c model.Cite) tea.Cmd {
	if c.Source == "" {
		m.setStatus("No citation here", false)
		return nil
	}
	return m.push(location{page: pageSource, cite: c})
}

// handleKey routes a key press: to the search or picker input when open,
// else to the reader's bindings.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if m.search.active {
		return m.searchKey(msg)
	}
	m.status, m.isErr = "", false // a message lasts until the next key
	if m.picker.active {
		return m.pickerKey(msg)
	}
	switch {
	case key.Matches(msg, k.ForceQuit, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.full = !m.full
		return nil
	case key.Matches(msg, k.Back):
		return m.back()
	}
	for i, b := range k.Sections {
		if key.Matches(msg, b) {
			return m.goSection(i)
		}
	}
	switch {
	case key.Matches(msg, k.NextTab):
		return m.goSection((m.tabSection() + 1) % numSections)
	case key.Matches(msg, k.PrevTab):
		return m.goSection((m.tabSection() + numSections - 1) % numSections)
	case key.Matches(msg, k.Search):
		return m.search.start()
	case key.Matches(msg, k.NextHit):
		return m.jumpHit(1)
	case key.Matches(msg, k.PrevHit):
		return m.jumpHit(-1)
	case key.Matches(msg, k.Picker):
		return m.picker.start()
	case key.Matches(msg, k.Copy):
		return m.copyItem()
	case key.Matches(msg, k.CopyCite):
		return m.copyCite()
	case key.Matches(msg, k.Source):
		c, _ := m.currentCite()
		return m.openSource(c)
	case key.Matches(msg, k.Editor):
		return m.openEditor()
	case key.Matches(msg, k.Open):
		return m.open()
	case key.Matches(msg, k.NextActor):
		return m.stepActor(1)
	case key.Matches(msg, k.PrevActor):
		return m.stepActor(-1)
	}
	return m.move(msg)
}

// tabSection is the section whose tab is lit: the current section, or
// Actors on an actor page.
func (m *Model) tabSection() int {
	switch m.loc.page {
	case pageActor:
		return secActors
	case pageSource:
		return -1
	}
	return m.loc.section
}

// open acts on the selected item: an actor opens its page, anything else
// opens the source at its citation.
func (m *Model) open() tea.Cmd {
	sec, item := m.current()
	switch {
	case m.loc.page == pageActor:
		c, _ := m.currentCite()
		return m.openSource(c)
	case item < 0:
		return nil
	case sec == secActors:
		return m.openActor(item)
	}
	c, _ := m.ix.itemCite(sec, item)
	return m.openSource(c)
}

// stepActor moves to the next or previous actor, on the actor page or in
// the Actors section.
func (m *Model) stepActor(d int) tea.Cmd {
	switch {
	case m.loc.page == pageActor:
		a := m.loc.actor + d
		if a < 0 || a >= len(m.ix.b.Actors) {
			m.setStatus("No more actors", false)
			return nil
		}
		m.loc.actor, m.loc.pick = a, 0
		return m.refresh()
	case m.loc.page == pageSection && m.loc.section == secActors:
		if m.lists[secActors].Move(d) {
			return m.refresh()
		}
	}
	return nil
}

// move handles the movement keys for the page on show.
func (m *Model) move(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	vp := &m.detail.vp
	if m.loc.page == pageSource {
		s := &m.source
		switch {
		case key.Matches(msg, k.Up):
			s.Scroll(-1)
		case key.Matches(msg, k.Down):
			s.Scroll(1)
		case key.Matches(msg, k.Top):
			s.Top()
		case key.Matches(msg, k.Bottom):
			s.Bottom()
		case key.Matches(msg, k.PageUp):
			s.Scroll(-s.height + 2)
		case key.Matches(msg, k.PageDown):
			s.Scroll(s.height - 2)
		case key.Matches(msg, k.HalfUp):
			s.Scroll(-s.height / 2)
		case key.Matches(msg, k.HalfDown):
			s.Scroll(s.height / 2)
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.HalfUp):
		vp.HalfPageUp()
	case key.Matches(msg, k.HalfDown):
		vp.HalfPageDown()
	}
	if m.loc.page == pageActor {
		switch {
		case key.Matches(msg, k.Up):
			m.pickItem(m.loc.pick - 1)
		case key.Matches(msg, k.Down):
			m.pickItem(m.loc.pick + 1)
		case key.Matches(msg, k.Top):
			m.pickItem(0)
			vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			vp.GotoBottom()
			m.pickItem(len(m.page.items) - 1)
		}
		return nil
	}
	if !m.splitView() {
		switch {
		case key.Matches(msg, k.Up):
			vp.ScrollUp(1)
		case key.Matches(msg, k.Down):
			vp.ScrollDown(1)
		case key.Matches(msg, k.Top):
			vp.GotoTop()
		case key.Matches(msg, k.Bottom):
			vp.GotoBottom()
		}
		return nil
	}
	l := &m.lists[m.loc.section]
	moved := false
	switch {
	case key.Matches(msg, k.Up):
		moved = l.Move(-1)
	case key.Matches(msg, k.Down):
		moved = l.Move(1)
	case key.Matches(msg, k.Top):
		moved = l.Top()
	case key.Matches(msg, k.Bottom):
		moved = l.Bottom()
	}
	if moved {
		return m.refresh()
	}
	return nil
}

// handleMouse scrolls with the wheel and selects with a click.
func (m *Model) handleMouse(msg tea.MouseMsg) tea.Cmd {
	if m.picker.active || m.full {
		return nil // the list under an overlay is not what the user sees
	}
	mo := msg.Mouse()
	switch msg.(type) {
	case tea.MouseWheelMsg:
		d := 0
		switch mo.Button {
		case tea.MouseWheelUp:
			d = -3
		case tea.MouseWheelDown:
			d = 3
		}
		switch {
		case d == 0:
		case m.loc.page == pageSource:
			m.source.Scroll(d)
		case m.splitView() && mo.X < m.listWidth():
			if m.lists[m.loc.section].Move(d) {
				return m.refresh()
			}
		case d < 0:
			m.detail.vp.ScrollUp(-d)
		default:
			m.detail.vp.ScrollDown(d)
		}
	case tea.MouseClickMsg:
		if mo.Button != tea.MouseLeft {
			return nil
		}
		if mo.Y == 0 {
			if s := m.tabAt(mo.X); s >= 0 {
				return m.goSection(s)
			}
			return nil
		}
		if m.splitView() && mo.X < m.listWidth() && m.lists[m.loc.section].SelectRow(mo.Y-1) {
			return m.refresh()
		}
		if m.loc.page == pageActor && mo.Y >= 1 {
			m.pickAt(mo.Y - 1)
		}
	}
	return nil
}

// copyCmd copies text through OSC 52 and, in the background, to the system
// clipboard when there is one.
func (m *Model) copyCmd(text, what string) tea.Cmd {
	m.setStatus("Copied "+what+": "+text, false)
	return tea.Batch(tea.SetClipboard(text), systemCopyCmd(m.systemCopy, text))
}

func (m *Model) copyItem() tea.Cmd {
	if m.loc.page == pageSource {
		if text := m.ix.citedText(m.loc.cite); text != "" {
			return m.copyCmd(text+" ("+export.CiteString(m.loc.cite)+")", "cited text")
		}
		return m.copyCite()
	}
	if it, ok := m.pageSelected(); ok {
		text, what := m.pageCopy(it)
		return m.copyCmd(text, what)
	}
	sec, item := m.current()
	if item < 0 {
		m.setStatus("Nothing selected to copy", false)
		return nil
	}
	what := map[int]string{secActors: "actor", secPositions: "position", secNumbers: "number", secQuotes: "quote", secSources: "source"}[sec]
	return m.copyCmd(m.ix.copyText(sec, item), what)
}

func (m *Model) copyCite() tea.Cmd {
	c, ok := m.currentCite()
	if !ok {
		m.setStatus("No citation here", false)
		return nil
	}
	return m.copyCmd(export.CiteString(c), "citation")
}

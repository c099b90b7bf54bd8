package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// hit is one search result: an item of a section.
type hit struct{ sec, item int }

// searchModel is the `/` prompt and the hits of the last search.
type searchModel struct {
	active bool
	input  textinput.Model
	query  string
	hits   []hit
	pos    int
}

func newSearch() searchModel {
	in := newInput("/", "search the whole briefing")
	return searchModel{input: in}
}

func (s *searchModel) setWidth(w int) { s.input.SetWidth(max(w-2, 10)) }

func (s *searchModel) start() tea.Cmd {
	s.active = true
	s.input.SetValue("")
	return s.input.Focus()
}

// update passes non-key messages (cursor blinks) to the input.
func (s *searchModel) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	return cmd
}

// searchKey handles a key while the search prompt is open.
func (m *Model) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	s := &m.search
	switch msg.String() {
	case "ctrl+c":
		return tea.Quit
	case "esc":
		s.active = false
		s.input.Blur()
		return nil
	case "enter":
		s.active = false
		s.input.Blur()
		return m.runSearch(strings.TrimSpace(s.input.Value()))
	}
	return s.update(msg)
}

// runSearch finds q in every section, in section order, and shows the
// first hit.
func (m *Model) runSearch(q string) tea.Cmd {
	s := &m.search
	s.query, s.hits, s.pos = q, nil, -1
	if q == "" {
		m.setStatus("", false)
		return nil
	}
	lq := strings.ToLower(q)
	for sec := secActors; sec < numSections; sec++ {
		for i, h := range m.ix.searchable(sec) {
			if strings.Contains(h, lq) {
				s.hits = append(s.hits, hit{sec, i})
			}
		}
	}
	if len(s.hits) == 0 {
		m.setStatus(fmt.Sprintf("No match for %q", q), false)
		return nil
	}
	// Start from the item on screen, as a pager does, wrapping at the end.
	sec, item := m.current()
	if m.loc.page != pageSection || m.loc.section == secOverview {
		sec, item = secOverview, 0 // from the top
	}
	s.pos = len(s.hits) - 1
	for i, h := range s.hits {
		if h.sec > sec || h.sec == sec && h.item >= item {
			s.pos = i - 1
			break
		}
	}
	return m.jumpHit(1)
}

// jumpHit shows the next (d = 1) or previous (d = -1) hit.
func (m *Model) jumpHit(d int) tea.Cmd {
	s := &m.search
	if len(s.hits) == 0 {
		m.setStatus("No search: press / to search", false)
		return nil
	}
	s.pos = (s.pos + d + len(s.hits)) % len(s.hits)
	h := s.hits[s.pos]
	var cmd tea.Cmd
	if m.loc.page != pageSection || m.loc.section != h.sec {
		cmd = m.push(location{page: pageSection, section: h.sec})
	}
	m.lists[h.sec].SelectItem(h.item)
	m.setStatus(fmt.Sprintf("%q: match %d of %d in %s", s.query, s.pos+1, len(s.hits), sectionNames[h.sec]), false)
	return tea.Batch(cmd, m.refresh())
}

// newInput returns a text input with a steady cursor: a blinking one would
// redraw the screen twice a second for nothing.
func newInput(prompt, placeholder string) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return in
}

package ui

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"briefing/briefing/model"
)

// pickerModel is the `a` actor picker: a filter line and the actors that
// match it fuzzily, best first.
type pickerModel struct {
	active        bool
	input         textinput.Model
	names         []string // per actor: its name and aliases, as listed
	forms         []string // every name and alias, as matched
	owner         []int    // the actor of each form
	matches       []int
	cursor        int
	offset        int
	width, height int
}

func newPicker() pickerModel {
	in := newInput("actor: ", "type to filter")
	return pickerModel{input: in}
}

func (p *pickerModel) setActors(actors []model.Actor) {
	p.names = make([]string, len(actors))
	p.forms, p.owner = p.forms[:0], p.owner[:0]
	for i, a := range actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			p.forms = append(p.forms, oneLine(f))
			p.owner = append(p.owner, i)
		}
		s := a.Name
		if len(a.Aliases) > 0 {
			s += " (" + strings.Join(a.Aliases, ", ") + ")"
		}
		p.names[i] = oneLine(s)
	}
}

func (p *pickerModel) setSize(w, h int) {
	p.width, p.height = w, max(h, 2)
	p.input.SetWidth(max(w-10, 10))
}

func (p *pickerModel) start() tea.Cmd {
	p.active = true
	p.input.SetValue("")
	p.filter()
	return p.input.Focus()
}

func (p *pickerModel) filter() {
	p.cursor, p.offset = 0, 0
	q := strings.TrimSpace(p.input.Value())
	p.matches = p.matches[:0]
	if q == "" {
		for i := range p.names {
			p.matches = append(p.matches, i)
		}
		return
	}
	// Each actor scores as its best matching name or alias.
	best := map[int]int{}
	for _, mt := range fuzzy.FindNoSort(q, p.forms) {
		a := p.owner[mt.Index]
		if s, ok := best[a]; !ok || mt.Score > s {
			best[a] = mt.Score
		}
	}
	for a := range best {
		p.matches = append(p.matches, a)
	}
	// Best score first; among equals the more prominent actor (earlier in
	// the briefing) first.
	slices.SortFunc(p.matches, func(a, b int) int {
		return cmp.Or(cmp.Compare(best[b], best[a]), cmp.Compare(a, b))
	})
}

func (p *pickerModel) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	before := p.input.Value()
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.filter()
	}
	return cmd
}

func (p *pickerModel) move(d int) {
	p.cursor = max(0, min(p.cursor+d, len(p.matches)-1))
	rows := p.height - 2
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+rows {
		p.offset = p.cursor - rows + 1
	}
}

// pickerKey handles a key while the picker is open: arrows move, enter
// opens the actor, esc closes, anything else edits the filter.
func (m *Model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	p := &m.picker
	switch msg.String() {
	case "ctrl+c":
		return tea.Quit
	case "esc":
		p.active = false
		return nil
	case "enter":
		p.active = false
		if len(p.matches) == 0 {
			return nil
		}
		return m.openActor(p.matches[p.cursor])
	case "up", "ctrl+p", "shift+tab":
		p.move(-1)
		return nil
	case "down", "ctrl+n", "tab":
		p.move(1)
		return nil
	case "pgup":
		p.move(-(p.height - 2))
		return nil
	case "pgdown":
		p.move(p.height - 2)
		return nil
	}
	return p.update(msg)
}

// View draws the filter line and the visible matches.
func (p pickerModel) View(st *Styles) string {
	var b strings.Builder
	b.WriteString(p.input.View())
	b.WriteString("\n")
	if len(p.matches) == 0 {
		b.WriteString(st.Faint.Render(" no actor matches"))
	}
	for i := 0; i < p.height-2 && p.offset+i < len(p.matches); i++ {
		r := p.offset + i
		text := ansi.Truncate(" "+p.names[p.matches[r]], p.width-1, "…")
		if r == p.cursor {
			text = st.Selected.Render(text + strings.Repeat(" ", max(p.width-ansi.StringWidth(text), 0)))
		}
		b.WriteString("\n" + text)
	}
	return b.String()
}

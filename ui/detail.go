package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/briefing/export"
	"briefing/briefing/model"
)

// renderKey identifies one glamour rendering: the same item at the same
// width in the same style renders the same, so it is rendered once.
type renderKey struct {
	id    string
	width int
	style string
}

// renderedMsg carries a finished glamour rendering back to Update.
type renderedMsg struct {
	key   renderKey
	lines []string // cut to the pane width
	err   error
}

// renderCmd renders markdown with glamour off the keypress path. When
// build is set it makes the markdown first, also off the keypress path: a
// prominent actor's page takes milliseconds to gather. build must only read.
func renderCmd(k renderKey, md string, build func() string) tea.Cmd {
	return func() tea.Msg {
		if build != nil {
			md = build()
		}
		r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(k.style), glamour.WithWordWrap(k.width))
		if err != nil {
			return renderedMsg{key: k, err: err}
		}
		out, err := r.Render(md)
		if err != nil {
			return renderedMsg{key: k, err: err}
		}
		return renderedMsg{key: k, lines: cutLines(trimRendered(out), k.width+1)}
	}
}

// trimRendered drops glamour's trailing spaces and blank edge lines.
func trimRendered(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}

// pane shows one Markdown document in a scroller: the plain text
// at once, the glamour rendering as soon as it arrives.
type pane struct {
	vp       scroller
	key      renderKey
	md       string
	rendered bool
}

func newPane() pane {
	return pane{}
}

// SetSize resizes the pane; the caller shows its document again for the new width.
func (p *pane) SetSize(w, h int) {
	p.vp.SetWidth(max(w, 1))
	p.vp.SetHeight(max(h, 1))
}

// show sets the document, from the cache when it was rendered before, and
// returns the command that renders it when it was not. md is shown until
// the rendering arrives; build, if set, makes the full markdown to render.
func (p *pane) show(id, md string, build func() string, style string, cache map[renderKey][]string) tea.Cmd {
	k := renderKey{id: id, width: max(p.vp.Width()-1, 10), style: style}
	if k == p.key && p.md == md && p.rendered {
		return nil
	}
	keep := k.id == p.key.id // a re-render of the same item keeps its scroll
	p.key, p.md = k, md
	y := p.vp.YOffset()
	if lines, ok := cache[k]; ok {
		p.vp.SetLines(lines)
		p.rendered = true
	} else {
		p.vp.SetContent(lipgloss.Wrap(md, k.width, ""))
		p.rendered = false
	}
	if keep {
		p.vp.SetYOffset(y)
	} else {
		p.vp.GotoTop()
	}
	if p.rendered {
		return nil
	}
	return renderCmd(k, md, build)
}

// done takes a finished rendering when it is still the one on show.
func (p *pane) done(msg renderedMsg) {
	if msg.key != p.key || msg.err != nil {
		return
	}
	y := p.vp.YOffset()
	p.vp.SetLines(msg.lines)
	p.vp.SetYOffset(y)
	p.rendered = true
}

// mdEscape keeps document text from being read as Markdown syntax.
var mdEscape = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", `\<`, "#", `\#`, "|", `\|`)

func esc(s string) string { return mdEscape.Replace(oneLine(s)) }

func citeMD(c model.Cite) string {
	if c.Source == "" {
		return ""
	}
	// Plain text, not a code span: glamour splits a long code span mid-word.
	return "(" + esc(export.CiteString(c)) + ")"
}

// itemID names an item for the render cache.
func itemID(sec, item int) string { return fmt.Sprintf("%d/%d", sec, item) }

// itemCite returns the citation of an item; ok is false when it has none.
func (ix *index) itemCite(sec, item int) (model.Cite, bool) {
	b := ix.b
	if item < 0 {
		return model.Cite{}, false
	}
	switch sec {
	case secActors:
		if len(b.Actors[item].Cites) > 0 {
			return b.Actors[item].Cites[0], true
		}
	case secPositions:
		return b.Positions[item].Cite, true
	case secNumbers:
		return b.Numbers[item].Cite, true
	case secQuotes:
		return b.Quotes[item].Cite, true
	case secSources:
		return model.Cite{Source: b.Sources[item].ID, Line: 1, EndLine: 1}, true
	}
	return model.Cite{}, false
}

// copyText is what `y` puts on the clipboard for an item.
func (ix *index) copyText(sec, item int) string {
	b := ix.b
	c, _ := ix.itemCite(sec, item)
	cs := export.CiteString(c)
	switch sec {
	case secActors:
		a := b.Actors[item]
		s := a.Name
		if a.Role != "" {
			s += ", " + a.Role
		}
		return oneLine(s + " (" + cs + ")")
	case secPositions:
		p := b.Positions[item]
		return oneLine(fmt.Sprintf("%s %s: %s (%s)", ix.actorName(p.Actor), p.Verb, p.Text, cs))
	case secNumbers:
		n := b.Numbers[item]
		return oneLine(fmt.Sprintf("%s %s (%s)", export.NumberString(n), n.What, cs))
	case secQuotes:
		return oneLine(export.QuoteCopy(b.Quotes[item]))
	case secSources:
		s := b.Sources[item]
		return oneLine(fmt.Sprintf("%s (%s)", orDash(s.Title), s.ID))
	}
	return ""
}

// itemMarkdown is the detail of one item.
func (ix *index) itemMarkdown(sec, item int) string {
	b := ix.b
	var w strings.Builder
	c, _ := ix.itemCite(sec, item)
	switch sec {
	case secActors:
		a := b.Actors[item]
		fmt.Fprintf(&w, "# %s\n\n%s\n\n", esc(a.Name), ix.actorFacts(item))
		fmt.Fprintf(&w, "%s · %s · %s\n\n", plural(len(ix.positions[item]), "position"),
			plural(len(ix.quotes[item]), "quote"), plural(len(ix.numbers[item]), "number"))
		fmt.Fprintf(&w, "First mention: %s\n\n*enter* opens the actor page.\n", citeMD(c))
	case secPositions:
		p := b.Positions[item]
		fmt.Fprintf(&w, "# %s\n\n**%s**\n\n%s\n\n%s\n", esc(ix.actorName(p.Actor)), esc(p.Verb), esc(p.Text), citeMD(c))
	case secNumbers:
		n := b.Numbers[item]
		fmt.Fprintf(&w, "# %s\n\n**%s**", esc(export.NumberString(n)), esc(orDash(n.What)))
		if n.Unit != "" {
			fmt.Fprintf(&w, " (%s)", esc(n.Unit))
		}
		fmt.Fprintf(&w, "\n\n%s\n\n", esc(n.Text))
		if n.Actor != "" {
			fmt.Fprintf(&w, "Concerns **%s**.\n\n", esc(ix.actorName(n.Actor)))
		}
		fmt.Fprintf(&w, "%s\n", citeMD(c))
	case secQuotes:
		q := b.Quotes[item]
		fmt.Fprintf(&w, "*%s*\n\n— **%s**", esc(export.QuoteText(q)), esc(orDash(q.SpeakerName)))
		if q.Partial {
			w.WriteString(" (partial quote)")
		}
		fmt.Fprintf(&w, "\n\n%s\n", citeMD(c))
	case secSources:
		s := b.Sources[item]
		fmt.Fprintf(&w, "# %s\n\n", esc(orDash(s.Title)))
		for _, kv := range [][2]string{{"Byline", s.Byline}, {"Publisher", s.Publisher}, {"Date", s.Date}, {"URL", s.URL}} {
			if kv[1] != "" {
				fmt.Fprintf(&w, "- %s: %s\n", kv[0], esc(kv[1]))
			}
		}
		fmt.Fprintf(&w, "- File: %s (%s, %d lines)\n\n", esc(s.ID), s.Format, s.Lines)
		if n := ix.perSource[s.ID]; n != nil {
			fmt.Fprintf(&w, "It names %s and gives %s, %s and %s.\n\n", plural(n.actors, "actor"),
				plural(n.positions, "position"), plural(n.numbers, "key number"), plural(n.quotes, "quote"))
		}
		w.WriteString("*enter* opens the file.\n")
	}
	return w.String()
}

// actorFacts is the one-line summary of an actor: kind, role, affiliation,
// other names, mentions.
func (ix *index) actorFacts(i int) string {
	a := ix.b.Actors[i]
	parts := []string{"*" + esc(orDash(a.Kind)) + "*"}
	if a.Role != "" {
		parts = append(parts, esc(a.Role))
	}
	if a.Affiliation != "" {
		parts = append(parts, "affiliated with **"+esc(ix.actorName(a.Affiliation))+"**")
	}
	parts = append(parts, plural(a.Mentions, "mention"))
	s := strings.Join(parts, " · ")
	if len(a.Aliases) > 0 {
		s += "\n\nAlso: " + esc(strings.Join(a.Aliases, ", "))
	}
	return s
}

package ui

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"briefing/briefing"
	"briefing/briefing/export"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// Sections of the reader, in tab order.
const (
	secOverview = iota
	secActors
	secPositions
	secNumbers
	secQuotes
	secSources
	numSections
)

var sectionNames = [numSections]string{"Overview", "Actors", "Positions", "Numbers", "Quotes", "Sources"}

// row is one line of a section's list: an item, or a group header (item -1).
type row struct {
	text string
	item int
}

// paraKey names one paragraph of one document, the unit of co-occurrence.
type paraKey struct{ doc, para int }

// index is everything derived from the briefing once, so that no keypress
// rebuilds lists or scans the whole material.
type index struct {
	b         *briefing.Briefing
	actorByID map[string]int
	docByID   map[string]int
	rows      [numSections][]row
	// per actor: the positions, quotes and numbers that concern it
	positions, quotes, numbers [][]int
	actorParas                 [][]paraKey
	paraActors                 map[paraKey][]int
	paraStarts                 [][]int             // per document: original offset of each paragraph
	lines                      map[string][]string // source ID -> sanitised original lines, filled lazily
	lineStarts                 map[string][]int
	diskPath                   map[string]string // source ID -> absolute path on disk, when it exists
	haystack                   [numSections][]string
	overview                   string
	topQuote                   int // the overview's most cited quote, or -1
	perSource                  map[string]*sourceCounts
}

// sourceCounts is how many items a source gave the briefing.
type sourceCounts struct{ actors, positions, numbers, quotes int }

func newIndex(b *briefing.Briefing) *index {
	ix := &index{
		b:          b,
		actorByID:  make(map[string]int, len(b.Actors)),
		docByID:    make(map[string]int, len(b.Docs)),
		lines:      map[string][]string{},
		lineStarts: map[string][]int{},
		diskPath:   map[string]string{},
		paraActors: map[paraKey][]int{},
	}
	for i, a := range b.Actors {
		ix.actorByID[a.ID] = i
	}
	ix.paraStarts = make([][]int, len(b.Docs))
	for i, d := range b.Docs {
		ix.docByID[d.Meta.ID] = i
		starts := make([]int, len(d.Paragraphs))
		for p := range d.Paragraphs {
			starts[p] = d.Paragraphs[p].Orig(0)
		}
		ix.paraStarts[i] = starts
		if abs, err := filepath.Abs(d.Meta.Path); err == nil {
			if st, err := os.Stat(abs); err == nil && st.Mode().IsRegular() {
				ix.diskPath[d.Meta.ID] = abs
			}
		}
	}
	n := len(b.Actors)
	ix.positions, ix.quotes, ix.numbers = make([][]int, n), make([][]int, n), make([][]int, n)
	for i, p := range b.Positions {
		if a, ok := ix.actorByID[p.Actor]; ok {
			ix.positions[a] = append(ix.positions[a], i)
		}
	}
	for i, q := range b.Quotes {
		if a, ok := ix.actorByID[q.Speaker]; ok {
			ix.quotes[a] = append(ix.quotes[a], i)
		}
	}
	for i, nm := range b.Numbers {
		if a, ok := ix.actorByID[nm.Actor]; ok {
			ix.numbers[a] = append(ix.numbers[a], i)
		}
	}
	ix.actorParas = make([][]paraKey, n)
	for i, a := range b.Actors {
		seen := map[paraKey]bool{}
		for _, c := range a.Cites {
			k := ix.paraOf(c)
			if !seen[k] {
				seen[k] = true
				ix.actorParas[i] = append(ix.actorParas[i], k)
				ix.paraActors[k] = append(ix.paraActors[k], i)
			}
		}
	}
	ix.countPerSource()
	ix.buildRows()
	ix.topQuote = ix.mostCitedQuote()
	ix.overview = ix.overviewMarkdown()
	return ix
}

func (ix *index) countPerSource() {
	b := ix.b
	ix.perSource = make(map[string]*sourceCounts, len(b.Sources))
	for _, s := range b.Sources {
		ix.perSource[s.ID] = &sourceCounts{}
	}
	add := func(id string, f func(*sourceCounts)) {
		if c, ok := ix.perSource[id]; ok {
			f(c)
		}
	}
	for _, a := range b.Actors {
		seen := map[string]bool{}
		for _, c := range a.Cites {
			if !seen[c.Source] {
				seen[c.Source] = true
				add(c.Source, func(n *sourceCounts) { n.actors++ })
			}
		}
	}
	for _, p := range b.Positions {
		add(p.Cite.Source, func(n *sourceCounts) { n.positions++ })
	}
	for _, nm := range b.Numbers {
		add(nm.Cite.Source, func(n *sourceCounts) { n.numbers++ })
	}
	for _, q := range b.Quotes {
		add(q.Cite.Source, func(n *sourceCounts) { n.quotes++ })
	}
}

// paraOf returns the paragraph holding a citation; when the document or
// offsets are unknown the cited line stands in for the paragraph.
func (ix *index) paraOf(c model.Cite) paraKey {
	d, ok := ix.docByID[c.Source]
	if !ok {
		return paraKey{-1 - len(c.Source), c.Line}
	}
	starts := ix.paraStarts[d]
	if c.End == 0 || len(starts) == 0 {
		return paraKey{d, -c.Line}
	}
	return paraKey{d, sort.SearchInts(starts, c.Start+1) - 1}
}

func oneLine(s string) string {
	s = source.Sanitize(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

func (ix *index) actorName(id string) string {
	if i, ok := ix.actorByID[id]; ok {
		return ix.b.Actors[i].Name
	}
	if id == "" {
		return "—"
	}
	return id
}

func (ix *index) buildRows() {
	b := ix.b
	rs := make([]row, len(b.Actors))
	for i, a := range b.Actors {
		rs[i] = row{oneLine(fmt.Sprintf("%s · %s · %d", a.Name, a.Kind, a.Mentions)), i}
	}
	ix.rows[secActors] = rs

	// Positions grouped by actor, actors in briefing order.
	order := make([]int, len(b.Positions))
	for i := range order {
		order[i] = i
	}
	rank := func(p int) int {
		if a, ok := ix.actorByID[b.Positions[p].Actor]; ok {
			return a
		}
		return len(b.Actors)
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(rank(x), rank(y)) })
	rs = make([]row, 0, len(order)+len(b.Actors))
	last := "\x00"
	for _, p := range order {
		pos := b.Positions[p]
		if pos.Actor != last {
			rs = append(rs, row{oneLine(ix.actorName(pos.Actor)), -1})
			last = pos.Actor
		}
		rs = append(rs, row{oneLine("  " + pos.Verb + ": " + pos.Text), p})
	}
	ix.rows[secPositions] = rs

	rs = make([]row, len(b.Numbers))
	for i, n := range b.Numbers {
		rs[i] = row{oneLine(export.NumberString(n) + " · " + n.What), i}
	}
	ix.rows[secNumbers] = rs

	rs = make([]row, len(b.Quotes))
	for i, q := range b.Quotes {
		rs[i] = row{oneLine(orDash(q.SpeakerName) + ": " + export.QuoteText(q)), i}
	}
	ix.rows[secQuotes] = rs

	rs = make([]row, len(b.Sources))
	for i, s := range b.Sources {
		text := orDash(s.Title)
		if s.Date != "" {
			text = s.Date + " " + text
		}
		rs[i] = row{oneLine(text), i}
	}
	ix.rows[secSources] = rs
}

// sourceLines returns the sanitised original lines of a source and the byte
// offset where each starts in the file.
func (ix *index) sourceLines(id string) ([]string, []int) {
	if l, ok := ix.lines[id]; ok {
		return l, ix.lineStarts[id]
	}
	d, ok := ix.docByID[id]
	if !ok {
		return nil, nil
	}
	doc := ix.b.Docs[d]
	lines := doc.Lines()
	starts := make([]int, 0, len(lines))
	starts = append(starts, 0)
	for i, c := range doc.Raw {
		if c == '\n' && i+1 < len(doc.Raw) {
			starts = append(starts, i+1)
		}
	}
	ix.lines[id], ix.lineStarts[id] = lines, starts
	return lines, starts
}

// cooccurring returns the actors sharing most paragraphs with actor a, with
// the count, best first.
func (ix *index) cooccurring(a, limit int) []struct{ actor, paras int } {
	counts := map[int]int{}
	for _, k := range ix.actorParas[a] {
		for _, o := range ix.paraActors[k] {
			if o != a {
				counts[o]++
			}
		}
	}
	out := make([]struct{ actor, paras int }, 0, len(counts))
	for o, c := range counts {
		out = append(out, struct{ actor, paras int }{o, c})
	}
	slices.SortFunc(out, func(x, y struct{ actor, paras int }) int {
		if c := cmp.Compare(y.paras, x.paras); c != 0 {
			return c
		}
		return cmp.Compare(x.actor, y.actor)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// searchable returns the lowercased text of every item of a section, built
// on the first search only.
func (ix *index) searchable(sec int) []string {
	if ix.haystack[sec] != nil || sec == secOverview {
		return ix.haystack[sec]
	}
	b := ix.b
	var hs []string
	switch sec {
	case secActors:
		for _, a := range b.Actors {
			hs = append(hs, strings.ToLower(a.Name+" "+strings.Join(a.Aliases, " ")+" "+a.Role))
		}
	case secPositions:
		for _, p := range b.Positions {
			hs = append(hs, strings.ToLower(ix.actorName(p.Actor)+" "+p.Verb+" "+p.Text))
		}
	case secNumbers:
		for _, n := range b.Numbers {
			hs = append(hs, strings.ToLower(n.Raw+" "+n.What+" "+n.Text))
		}
	case secQuotes:
		for _, q := range b.Quotes {
			hs = append(hs, strings.ToLower(q.SpeakerName+" "+q.Text))
		}
	case secSources:
		for _, s := range b.Sources {
			hs = append(hs, strings.ToLower(s.ID+" "+s.Title+" "+s.Byline+" "+s.Publisher))
		}
	}
	if hs == nil {
		hs = []string{}
	}
	ix.haystack[sec] = hs
	return hs
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

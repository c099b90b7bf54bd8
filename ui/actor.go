package ui

import (
	"fmt"
	"strconv"
	"strings"

	"briefing/briefing/export"
	"briefing/briefing/model"
)

// Caps keep the actor page of a very prominent actor readable and cheap.
const (
	pageItems       = 100 // positions, quotes, numbers listed per kind
	pageSources     = 50  // sources listed under "Mentioned in"
	pageLinesPerSrc = 12
	pageCoActors    = 8
)

// actorHead is the top of the actor page, shown while the whole page is
// gathered and rendered.
func (ix *index) actorHead(i int) string {
	return fmt.Sprintf("# %s\n\n%s\n", esc(ix.b.Actors[i].Name), ix.actorFacts(i))
}

// actorMarkdown is the actor page: who the actor is, its positions, quotes
// and numbers, where it is mentioned and the actors it appears with most.
func (ix *index) actorMarkdown(i int) string {
	b := ix.b
	var w strings.Builder
	w.WriteString(ix.actorHead(i) + "\n")

	section := func(title string, items []int, line func(int) string) {
		fmt.Fprintf(&w, "## %s (%d)\n\n", title, len(items))
		if len(items) == 0 {
			w.WriteString("None found.\n\n")
			return
		}
		for k, it := range items {
			if k == pageItems {
				fmt.Fprintf(&w, "- … and %d more\n", len(items)-k)
				break
			}
			w.WriteString("- " + line(it) + "\n")
		}
		w.WriteString("\n")
	}
	section("Positions", ix.positions[i], func(p int) string {
		pos := b.Positions[p]
		return fmt.Sprintf("*%s*: %s %s", esc(pos.Verb), esc(pos.Text), citeMD(pos.Cite))
	})
	section("Quotes", ix.quotes[i], func(q int) string {
		return esc(export.QuoteText(b.Quotes[q])) + " " + citeMD(b.Quotes[q].Cite)
	})
	section("Numbers", ix.numbers[i], func(n int) string {
		num := b.Numbers[n]
		return fmt.Sprintf("**%s** %s %s", esc(export.NumberString(num)), esc(num.What), citeMD(num.Cite))
	})

	srcs := ix.actorMentions(i)
	fmt.Fprintf(&w, "## Mentioned in (%s)\n\n", plural(len(srcs), "source"))
	for k, s := range srcs {
		if k == pageSources {
			fmt.Fprintf(&w, "- … and %d more sources\n", len(srcs)-k)
			break
		}
		ls := s.lines
		nums := make([]string, 0, min(len(ls), pageLinesPerSrc))
		for _, l := range ls[:min(len(ls), pageLinesPerSrc)] {
			nums = append(nums, strconv.Itoa(l))
		}
		more := ""
		if len(ls) > pageLinesPerSrc {
			more = fmt.Sprintf(" … (%d in all)", len(ls))
		}
		word := "lines"
		if len(ls) == 1 {
			word = "line"
		}
		fmt.Fprintf(&w, "- %s %s %s%s\n", esc(s.source), word, strings.Join(nums, ", "), more)
	}
	w.WriteString("\n## Appears with\n\n")
	co := ix.cooccurring(i, pageCoActors)
	if len(co) == 0 {
		w.WriteString("No other actor shares a paragraph with it.\n")
	}
	for _, c := range co {
		fmt.Fprintf(&w, "- **%s** — %s together\n", esc(b.Actors[c.actor].Name), plural(c.paras, "paragraph"))
	}
	return w.String()
}

// mention is where an actor is named in one source: the lines, and the
// citation of the first.
type mention struct {
	source string
	lines  []int
	cite   model.Cite
}

// actorMentions groups an actor's citations by source, in the order first met.
func (ix *index) actorMentions(i int) []mention {
	var out []mention
	at := map[string]int{}
	for _, c := range ix.b.Actors[i].Cites {
		k, ok := at[c.Source]
		if !ok {
			k = len(out)
			at[c.Source] = k
			out = append(out, mention{source: c.Source, cite: c})
		}
		if ls := out[k].lines; len(ls) == 0 || ls[len(ls)-1] != c.Line {
			out[k].lines = append(ls, c.Line)
		}
	}
	return out
}

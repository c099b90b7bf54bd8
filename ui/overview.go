package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"briefing/briefing/export"
)

const (
	overviewSources = 12 // sources listed on the overview before "and N more"
	overviewActors  = 8
)

// overviewMarkdown says what the material is: the sources with their dates,
// the main actors, the counts and the most cited quote.
func (ix *index) overviewMarkdown() string {
	b := ix.b
	var w strings.Builder
	w.WriteString("# Briefing\n\n")
	fmt.Fprintf(&w, "**%d** sources · **%d** actors · **%d** positions · **%d** key numbers · **%d** quotes\n\n",
		len(b.Sources), len(b.Actors), len(b.Positions), len(b.Numbers), len(b.Quotes))

	var dates []string
	for _, s := range b.Sources {
		if s.Date != "" {
			dates = append(dates, s.Date)
		}
	}
	slices.Sort(dates)
	switch {
	case len(dates) == 1 || len(dates) > 1 && dates[0] == dates[len(dates)-1]:
		fmt.Fprintf(&w, "Dated %s.\n\n", dates[0])
	case len(dates) > 1:
		fmt.Fprintf(&w, "Dated %s to %s.\n\n", dates[0], dates[len(dates)-1])
	}

	w.WriteString("## Sources\n\n")
	for i, s := range b.Sources {
		if i == overviewSources {
			fmt.Fprintf(&w, "- … and %d more (section 6)\n", len(b.Sources)-i)
			break
		}
		fmt.Fprintf(&w, "- **%s**", esc(orDash(s.Title)))
		var meta []string
		for _, m := range []string{s.Publisher, s.Date} {
			if m != "" {
				meta = append(meta, esc(m))
			}
		}
		if len(meta) > 0 {
			fmt.Fprintf(&w, " — %s", strings.Join(meta, ", "))
		}
		fmt.Fprintf(&w, " (%s)\n", esc(s.ID))
	}

	if len(b.Actors) > 0 {
		w.WriteString("\n## Main actors\n\n")
		order := make([]int, len(b.Actors))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(b.Actors[y].Mentions, b.Actors[x].Mentions) })
		for _, i := range order[:min(len(order), overviewActors)] {
			a := b.Actors[i]
			fmt.Fprintf(&w, "- **%s** (%s", esc(a.Name), esc(orDash(a.Kind)))
			if a.Role != "" {
				fmt.Fprintf(&w, "; %s", esc(a.Role))
			}
			fmt.Fprintf(&w, ") — %s\n", plural(a.Mentions, "mention"))
		}
	}

	if q := ix.topQuote; q >= 0 {
		quote := b.Quotes[q]
		fmt.Fprintf(&w, "\n## Most cited quote\n\n*%s*\n\n— **%s** %s\n\n*y* copies it, *enter* opens its source.\n",
			esc(export.QuoteText(quote)), esc(orDash(quote.SpeakerName)), citeMD(quote.Cite))
	}

	if len(b.Warnings) > 0 {
		fmt.Fprintf(&w, "\n## Skipped files\n\n")
		for i, warn := range b.Warnings {
			if i == 10 {
				fmt.Fprintf(&w, "- … and %d more\n", len(b.Warnings)-i)
				break
			}
			fmt.Fprintf(&w, "- %s: %s\n", esc(warn.Path), esc(warn.Problem))
		}
	}
	return w.String()
}

// mostCitedQuote returns the quote repeated in most places (the same words
// in several sources); ties go to the quote of the most mentioned speaker,
// then to the longest whole quote, then to the first. It is -1 without quotes.
func (ix *index) mostCitedQuote() int {
	b := ix.b
	count := map[string]int{}
	for _, q := range b.Quotes {
		count[strings.ToLower(strings.TrimSpace(q.Text))]++
	}
	mentions := func(i int) int {
		if a, ok := ix.actorByID[b.Quotes[i].Speaker]; ok {
			return b.Actors[a].Mentions
		}
		return 0
	}
	best := -1
	for i, q := range b.Quotes {
		if best < 0 {
			best = i
			continue
		}
		bq := b.Quotes[best]
		c := cmp.Or(
			cmp.Compare(count[strings.ToLower(strings.TrimSpace(q.Text))], count[strings.ToLower(strings.TrimSpace(bq.Text))]),
			cmp.Compare(mentions(i), mentions(best)),
			cmp.Compare(boolInt(!q.Partial), boolInt(!bq.Partial)),
			cmp.Compare(len(q.Text), len(bq.Text)),
		)
		if c > 0 {
			best = i
		}
	}
	return best
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

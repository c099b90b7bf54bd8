package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"briefing/briefing/model"
)

// Markdown writes b as a Markdown document for people: sources with their
// metadata, then actors, positions by actor, key numbers and quotes, every
// item followed by its citation.
func Markdown(w io.Writer, b *model.Briefing) error {
	bw := bufio.NewWriter(w)
	names := actorNames(b.Actors)
	fmt.Fprintf(bw, "# Briefing\n\n%s, %s, %s, %s, %s.\n",
		plural(len(b.Sources), "source", "sources"), plural(len(b.Actors), "actor", "actors"),
		plural(len(b.Positions), "position", "positions"), plural(len(b.Numbers), "key number", "key numbers"),
		plural(len(b.Quotes), "quote", "quotes"))

	fmt.Fprintf(bw, "\n## Sources\n\n")
	for _, s := range b.Sources {
		fmt.Fprintf(bw, "- **%s**", orDash(s.Title))
		var meta []string
		for _, m := range []string{s.Byline, s.Publisher, s.Date} {
			if m != "" {
				meta = append(meta, m)
			}
		}
		if len(meta) > 0 {
			fmt.Fprintf(bw, " — %s", strings.Join(meta, ", "))
		}
		fmt.Fprintf(bw, " (`%s`, %d lines)\n", s.ID, s.Lines)
	}

	if len(b.Actors) > 0 {
		fmt.Fprintf(bw, "\n## Actors\n\n")
		for _, a := range b.Actors {
			fmt.Fprintf(bw, "- **%s** (%s", a.Name, a.Kind)
			if a.Role != "" {
				fmt.Fprintf(bw, "; %s", a.Role)
			}
			if a.Affiliation != "" {
				fmt.Fprintf(bw, "; %s", nameOf(names, a.Affiliation))
			}
			fmt.Fprintf(bw, "; %s)", plural(a.Mentions, "mention", "mentions"))
			if len(a.Aliases) > 0 {
				fmt.Fprintf(bw, ", also %s", strings.Join(a.Aliases, ", "))
			}
			bw.WriteString("\n")
		}
	}

	if len(b.Positions) > 0 {
		fmt.Fprintf(bw, "\n## Positions\n")
		last := "\x00"
		for _, p := range b.Positions {
			if p.Actor != last {
				fmt.Fprintf(bw, "\n### %s\n\n", nameOf(names, p.Actor))
				last = p.Actor
			}
			fmt.Fprintf(bw, "- *%s*: %s (%s)\n", p.Verb, p.Text, CiteString(p.Cite))
		}
	}

	if len(b.Numbers) > 0 {
		fmt.Fprintf(bw, "\n## Key numbers\n\n")
		for _, n := range b.Numbers {
			fig := NumberString(n)
			fmt.Fprintf(bw, "- **%s**%s", fig, strings.TrimPrefix(NumberPhrase(n), fig))
			if n.Actor != "" {
				fmt.Fprintf(bw, " [%s]", nameOf(names, n.Actor))
			}
			fmt.Fprintf(bw, " (%s)\n", CiteString(n.Cite))
		}
	}

	if len(b.Quotes) > 0 {
		fmt.Fprintf(bw, "\n## Quotes\n\n")
		for _, q := range b.Quotes {
			fmt.Fprintf(bw, "> %s\n>\n> — %s (%s)\n\n", QuoteText(q), orDash(q.SpeakerName), CiteString(q.Cite))
		}
	}

	if len(b.Warnings) > 0 {
		fmt.Fprintf(bw, "\n## Warnings\n\n")
		for _, w := range b.Warnings {
			fmt.Fprintf(bw, "- `%s`: %s\n", w.Path, w.Problem)
		}
	}
	return bw.Flush()
}

// CiteString formats a citation as file:line or file:line-end.
func CiteString(c model.Cite) string {
	if c.EndLine > c.Line {
		return fmt.Sprintf("%s:%d-%d", c.Source, c.Line, c.EndLine)
	}
	return fmt.Sprintf("%s:%d", c.Source, c.Line)
}

// QuoteText returns the quote in quote marks, with an ellipsis in front of a
// partial quote.
func QuoteText(q model.Quote) string {
	if q.Partial {
		return "\"…" + q.Text + "\""
	}
	return "\"" + q.Text + "\""
}

// QuoteCopy is what copying a quote puts on the clipboard: the quote, its
// speaker and its citation.
func QuoteCopy(q model.Quote) string {
	who := q.SpeakerName
	if who == "" {
		who = "unknown speaker"
	}
	return fmt.Sprintf("%s — %s (%s)", QuoteText(q), who, CiteString(q.Cite))
}

// NumberString formats a number's value as written when known, else from the value.
func NumberString(n model.Number) string {
	v := n.Raw
	if v == "" {
		v = strconv.FormatFloat(n.Value, 'f', -1, 64)
		if n.Unit == "percent" {
			v += " percent"
		}
	}
	if n.Approx != "" && !strings.HasPrefix(strings.ToLower(v), n.Approx) {
		v = n.Approx + " " + v
	}
	return v
}

// NumberPhrase reads a number with what it counts: "more than 500,000 people
// uprooted …", and "thousands of gunmen" for a count given in words.
func NumberPhrase(n model.Number) string {
	v := NumberString(n)
	if n.What == "" {
		return v
	}
	if vagueCount(v) && !strings.HasPrefix(n.What, "of ") {
		return v + " of " + n.What
	}
	return v + " " + n.What
}

// vagueCount reports whether a figure ends with a plural scale word
// ("thousands", "hundreds of thousands", "dozens").
func vagueCount(v string) bool {
	last := v[strings.LastIndexByte(v, ' ')+1:]
	switch strings.ToLower(last) {
	case "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens":
		return true
	}
	return false
}

// plural returns "1 source", "2 sources".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func actorNames(actors []model.Actor) map[string]string {
	m := make(map[string]string, len(actors))
	for _, a := range actors {
		m[a.ID] = a.Name
	}
	return m
}

func nameOf(names map[string]string, id string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return orDash(id)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

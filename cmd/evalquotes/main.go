// Command evalquotes measures the quote extractor against the PolNeAR
// attribution annotation in the shared corpus.
//
// Each article goes through the real pipeline (source.Parse, actors.Build,
// quotes.Find, positions.Find). The gold direct quotes are the quoted runs
// (text between a pair of double quote marks, joined across paragraphs)
// inside annotated attribution contents marked content_has_quote_marks (or
// holding two apostrophes typed as a double mark, which its flag misses).
// Matching is by word-token overlap of byte spans in the article file:
//
//   - recall: a gold run of 3+ words is found when one extracted quote's
//     cited byte span covers at least half of its word tokens;
//   - precision: an extracted quote of 3+ words is right when at least half
//     of its word tokens fall inside gold runs (of any length); quotes the
//     annotator did not attribute count against it;
//   - speaker: over found gold runs whose annotated source is a named mention
//     (its last word capitalised, not a pronoun), the extracted speaker is
//     right when its name or an alias contains that last word (surname match);
//   - positions: an indirect attribution (no quote marks, 3+ words) is found
//     when a position's cite covers half its tokens, and right when that
//     position's actor matches a named source the same way.
//
// Every fifth article (index 4, 9, ...) is the dev set, held out from tuning.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"briefing/briefing/extract/actors"
	"briefing/briefing/extract/positions"
	"briefing/briefing/extract/quotes"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

type segment struct {
	StartByte int `json:"start_byte"`
	EndByte   int `json:"end_byte"`
}

type span struct {
	Segments []segment `json:"segments"`
	Text     string    `json:"text"`
}

type attribution struct {
	ID      string `json:"id"`
	Source  *span  `json:"source"`
	Cue     *span  `json:"cue"`
	Content *span  `json:"content"`
	Quoted  bool   `json:"content_has_quote_marks"`
}

type article struct {
	Article      string        `json:"article"`
	Attributions []attribution `json:"attributions"`
}

func main() {
	corpus := flag.String("corpus", defaultCorpus(), "the shared corpus folder")
	verbose := flag.Bool("v", false, "list misses and false alarms of the training set")
	flag.Parse()
	f, err := os.Open(filepath.Join(*corpus, "polnear-train.attributions.jsonl"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		os.Exit(1)
	}
	defer f.Close()
	var train, dev tally
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for i := 0; sc.Scan(); i++ {
		var a article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			fmt.Fprintln(os.Stderr, "evalquotes:", err)
			os.Exit(1)
		}
		name := a.Article + ".txt"
		path := filepath.Join(*corpus, "polnear-train", name)
		raw, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "evalquotes:", err)
			continue
		}
		t := &train
		if i%5 == 4 {
			t = &dev
		}
		t.add(score(name, path, raw, a.Attributions, *verbose && t == &train))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "evalquotes:", err)
		os.Exit(1)
	}
	all := train
	all.add(dev)
	fmt.Printf("%-6s %8s %6s %7s %9s %9s %12s %9s %14s\n", "set", "articles", "gold", "recall", "extracted", "precision", "speaker", "indirect", "->positions")
	for _, r := range []struct {
		n string
		t tally
	}{{"train", train}, {"dev", dev}, {"all", all}} {
		fmt.Printf("%-6s %8d %6d %7s %9d %9s %12s %9d %14s\n", r.n, r.t.articles, r.t.gold, pct(r.t.found, r.t.gold),
			r.t.extracted, pct(r.t.right, r.t.extracted), pct(r.t.spkRight, r.t.spkNamed)+fmt.Sprintf(" /%d", r.t.spkNamed),
			r.t.indirect, pct(r.t.posRight, r.t.posNamed)+fmt.Sprintf(" (%s any)", pct(r.t.posFound, r.t.indirect)))
	}
}

// defaultCorpus finds ../shared/corpus from the repository root or below.
func defaultCorpus() string {
	for _, p := range []string{"../shared/corpus", "../../shared/corpus", "../../../shared/corpus"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "../shared/corpus"
}

// tally counts one set's results.
type tally struct {
	articles, gold, found, extracted, right int
	spkNamed, spkRight                      int
	indirect, posFound, posNamed, posRight  int
}

func (t *tally) add(o tally) {
	t.articles += o.articles
	t.gold += o.gold
	t.found += o.found
	t.extracted += o.extracted
	t.right += o.right
	t.spkNamed += o.spkNamed
	t.spkRight += o.spkRight
	t.indirect += o.indirect
	t.posFound += o.posFound
	t.posNamed += o.posNamed
	t.posRight += o.posRight
}

func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}

// score runs the pipeline on one article and compares it with its annotation.
func score(name, path string, raw []byte, atts []attribution, verbose bool) tally {
	t := tally{articles: 1}
	doc, err := source.Parse(name, path, raw)
	if err != nil {
		return t
	}
	docs := []*source.Document{doc}
	ix := actors.Build(docs)
	qs := quotes.Find(docs, ix)
	ps := positions.Find(docs, ix)
	toks := wordSpans(raw)

	type gold struct {
		s, e int
		att  *attribution
	}
	var golds []gold
	seen := map[[2]int]bool{}
	var inGold []bool = make([]bool, len(raw)+1)
	for i := range atts {
		a := &atts[i]
		if a.Content == nil || !quoted(a) {
			continue
		}
		for _, r := range quotedRuns(raw, a.Content.Segments) {
			for b := r[0]; b < r[1] && b < len(raw); b++ {
				inGold[b] = true
			}
			if seen[r] || countIn(toks, r[0], r[1]) < 3 {
				continue
			}
			seen[r] = true
			golds = append(golds, gold{r[0], r[1], a})
		}
	}
	for _, g := range golds {
		t.gold++
		n := countIn(toks, g.s, g.e)
		var hit *model.Quote
		for k := range qs {
			if 2*overlap(toks, g.s, g.e, qs[k].Cite.Start, qs[k].Cite.End) >= n {
				hit = &qs[k]
				break
			}
		}
		if hit == nil {
			if verbose {
				fmt.Printf("MISS %s:%d %q\n", name, lineOf(raw, g.s), clip(string(raw[g.s:g.e])))
			}
			continue
		}
		t.found++
		if src := named(g.att.Source); src != "" {
			t.spkNamed++
			if sameActor(src, hit.SpeakerName, ix.Actor(hit.Speaker)) {
				t.spkRight++
			} else if verbose {
				fmt.Printf("SPEAKER %s:%d gold %q got %q (%q)\n", name, lineOf(raw, g.s), g.att.Source.Text, hit.SpeakerName, clip(hit.Text))
			}
		}
	}
	for _, q := range qs {
		n := countIn(toks, q.Cite.Start, q.Cite.End)
		if n < 3 {
			continue
		}
		t.extracted++
		in := 0
		for _, w := range toks {
			if w[0] >= q.Cite.Start && w[1] <= q.Cite.End && inGold[w[0]] {
				in++
			}
		}
		if 2*in >= n {
			t.right++
		} else if verbose {
			fmt.Printf("EXTRA %s:%d %q [%s]\n", name, q.Cite.Line, clip(q.Text), q.SpeakerName)
		}
	}
	for i := range atts {
		a := &atts[i]
		if a.Content == nil || quoted(a) {
			continue
		}
		var found, right, isNamed bool
		src := named(a.Source)
		isNamed = src != ""
		for _, sg := range a.Content.Segments {
			n := countIn(toks, sg.StartByte, sg.EndByte)
			if n < 3 {
				continue
			}
			for _, p := range ps {
				if 2*overlap(toks, sg.StartByte, sg.EndByte, p.Cite.Start, p.Cite.End) >= n {
					found = true
					if isNamed {
						a := ix.Actor(p.Actor)
						name := ""
						if a != nil {
							name = a.Name
						}
						right = right || sameActor(src, name, a)
					}
				}
			}
			break
		}
		if countIn(toks, segStart(a.Content), segEnd(a.Content)) < 3 {
			continue
		}
		t.indirect++
		if found {
			t.posFound++
		}
		if isNamed {
			t.posNamed++
			if right {
				t.posRight++
			}
		}
	}
	return t
}

// quoted reports whether an attribution's content holds quote marks. The
// annotation's flag misses the marks some papers type as two apostrophes.
func quoted(a *attribution) bool {
	return a.Quoted || strings.Contains(a.Content.Text, "''")
}

func segStart(s *span) int {
	if len(s.Segments) == 0 {
		return 0
	}
	return s.Segments[0].StartByte
}

func segEnd(s *span) int {
	if len(s.Segments) == 0 {
		return 0
	}
	return s.Segments[0].EndByte
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 110 {
		return s[:110] + "…"
	}
	return s
}

func lineOf(raw []byte, off int) int {
	return strings.Count(string(raw[:min(off, len(raw))]), "\n") + 1
}

package positions

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
	"briefing/internal/testkit"
)

type span struct {
	StartByte int `json:"start_byte"`
	EndByte   int `json:"end_byte"`
}

type part struct {
	Segments []span `json:"segments"`
	Text     string `json:"text"`
}

type attribution struct {
	Source  part `json:"source"`
	Cue     part `json:"cue"`
	Content part `json:"content"`
	Quoted  bool `json:"content_has_quote_marks"`
}

// TestPolNeAR scores positions against PolNeAR's hand-marked indirect
// attributions: how many attributions a position covers (recall), how many
// positions lie on an attribution's content (precision), and how often the
// position's actor is the one the annotated source names.
func TestPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	dir := testkit.Corpus(t, "")
	f, err := os.Open(filepath.Join(dir, "polnear-train.attributions.jsonl"))
	if err != nil {
		t.Skipf("PolNeAR annotations absent: %v", err)
	}
	defer f.Close()
	gold := map[string][]attribution{}
	dev := map[string]bool{} // every fifth article, held out from tuning as in cmd/evalquotes
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var line struct {
			Article      string        `json:"article"`
			Attributions []attribution `json:"attributions"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		if len(gold)%5 == 4 {
			dev[line.Article+".txt"] = true
		}
		gold[line.Article+".txt"] = line.Attributions
	}
	docs, _, err := source.Load([]string{filepath.Join(dir, "polnear-train")}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix := actors.Build(docs)
	ps := Find(docs, ix)
	docIndex := map[string]int{}
	for i, d := range docs {
		docIndex[d.Meta.ID] = i
	}
	score := func(name string, keep func(string) bool) (precision, agree float64) {
		var indirect, covered, onContent, named, sameActor, namedAll, namedCovered int
		byDoc := map[string][]int{}
		for i, p := range ps {
			byDoc[p.Cite.Source] = append(byDoc[p.Cite.Source], i)
		}
		overlaps := func(a attribution, s, e int) bool {
			segs := a.Content.Segments
			if len(segs) == 0 {
				return false
			}
			cs, ce := segs[0].StartByte, segs[len(segs)-1].EndByte
			return s < ce && cs < e
		}
		misses := 0
		for id, atts := range gold {
			if !keep(id) {
				continue
			}
			for _, a := range atts {
				if a.Quoted {
					continue
				}
				indirect++
				if os.Getenv("POLNEAR_MISSES") != "" && misses < 200 && ix.Resolve(docIndex[id], a.Source.Text) != "" {
					hit := false
					for _, i := range byDoc[id] {
						hit = hit || overlaps(a, ps[i].Cite.Start, ps[i].Cite.End)
					}
					if !hit {
						misses++
						d := docs[docIndex[id]]
						s, e := a.Source.Segments, a.Content.Segments
						if len(s) > 0 && len(e) > 0 {
							lo, hi := min(s[0].StartByte, e[0].StartByte), max(s[len(s)-1].EndByte, e[len(e)-1].EndByte)
							t.Logf("MISS %s [%s] <%s> %q", name, a.Source.Text, a.Cue.Text, string(d.Raw[lo:min(hi, lo+200)]))
						}
					}
				}
				srcActor := ix.Resolve(docIndex[id], a.Source.Text)
				if srcActor != "" {
					namedAll++
				}
				for _, i := range byDoc[id] {
					p := ps[i]
					if !overlaps(a, p.Cite.Start, p.Cite.End) {
						continue
					}
					covered++
					if srcActor != "" {
						namedCovered++
					}
					if want := ix.Resolve(docIndex[id], a.Source.Text); want != "" {
						named++
						if want == p.Actor {
							sameActor++
						} else if os.Getenv("POLNEAR_WRONG") != "" {
							t.Logf("WRONG %s (source %q) got %s: %.100q", want, a.Source.Text, p.Actor, p.Text)
						}
					}
					break
				}
			}
		}
		nps := 0
		for _, p := range ps {
			if !keep(p.Cite.Source) {
				continue
			}
			nps++
			for _, a := range gold[p.Cite.Source] {
				if overlaps(a, p.Cite.Start, p.Cite.End) {
					onContent++
					break
				}
			}
		}
		recall := float64(covered) / float64(max(indirect, 1))
		precision = float64(onContent) / float64(max(nps, 1))
		agree = float64(sameActor) / float64(max(named, 1))
		t.Logf("PolNeAR %s: %d positions; %d indirect attributions, %.1f%% covered (%d/%d = %.1f%% of those whose source names an actor); %.1f%% of positions on an attribution; actor agrees with a named source in %d/%d (%.1f%%)",
			name, nps, indirect, 100*recall, namedCovered, namedAll, 100*float64(namedCovered)/float64(max(namedAll, 1)),
			100*precision, sameActor, named, 100*agree)
		return precision, agree
	}
	score("held-out fifth", func(id string) bool { return dev[id] })
	precision, agree := score("all", func(string) bool { return true })
	if precision < 0.6 || agree < 0.7 {
		t.Errorf("precision %.2f or actor agreement %.2f below the floor", precision, agree)
	}
}

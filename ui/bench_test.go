package ui

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"briefing/briefing"
)

var (
	corpusOnce sync.Once
	corpus     *briefing.Briefing
	corpusErr  error
)

// bbcBriefing is the briefing of the 2,225 BBC articles of the shared
// corpus, or a skip when the corpus is absent.
func bbcBriefing(tb testing.TB) *briefing.Briefing {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus", "bbc")
	if _, err := os.Stat(dir); err != nil {
		tb.Skip("shared corpus absent: ", dir)
	}
	corpusOnce.Do(func() { corpus, corpusErr = briefing.Open([]string{dir}, nil, briefing.Options{}) })
	if corpusErr != nil {
		tb.Fatal(corpusErr)
	}
	return corpus
}

// BenchmarkKey measures Update plus View for navigation keys on the BBC
// briefing, the work done between a key press and the next frame.
// Renderings the keys ask for are not run: they happen off this path.
func BenchmarkKey(b *testing.B) {
	br := bbcBriefing(b)
	for _, bc := range []struct {
		name  string
		setup []string
		keys  []string
	}{
		{"quotes_j_k", []string{"5"}, []string{"j", "k"}},
		{"positions_j_k", []string{"3"}, []string{"j", "k"}},
		{"actors_brackets", []string{"2"}, []string{"]", "["}},
		{"tab", nil, []string{"tab"}},
		{"actor_page_next", []string{"2", "enter"}, []string{"]", "["}},
		{"actor_page_j_k", []string{"2", "enter"}, []string{"j", "k"}},
		{"source_scroll", []string{"5", "enter"}, []string{"j", "k"}},
		{"detail_pgdown", []string{"4"}, []string{"pgdown", "pgup"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			m := newTest(b, br, 120, 40)
			press(m, bc.setup...)
			msgs := make([]any, len(bc.keys))
			for i, k := range bc.keys {
				msgs[i] = keyMsg(k)
			}
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				m.Update(msgs[i%len(msgs)])
				_ = m.View()
			}
		})
	}
}

// BenchmarkNewModel measures building the reader's index of the BBC briefing.
func BenchmarkNewModel(b *testing.B) {
	br := bbcBriefing(b)
	for b.Loop() {
		m := NewModel(br, Config{Style: "dark"})
		m.SetSize(120, 40)
	}
}

// BenchmarkRenderActorPage measures the off-keypress work behind the most
// mentioned actor's page: gathering its Markdown and rendering it with
// glamour at 120 columns.
func BenchmarkRenderActorPage(b *testing.B) {
	br := bbcBriefing(b)
	ix := newIndex(br)
	top := 0
	for i, a := range br.Actors {
		if a.Mentions > br.Actors[top].Mentions {
			top = i
		}
	}
	k := renderKey{id: "bench", width: 119, style: "dark"}
	for b.Loop() {
		msg := renderCmd(k, "", func() string { return ix.actorMarkdown(top) })()
		if r := msg.(renderedMsg); r.err != nil {
			b.Fatal(r.err)
		}
	}
}

package actors

import (
	"sync"
	"testing"

	"briefing/briefing/source"
)

// TestResolveConcurrently calls Resolve from several goroutines at once, as
// the finders do on every core. Run with -race: a name that may be a
// subdivision ("Georgia", a US state) is judged per document on first use,
// and that judgement must not be a write the callers share.
func TestResolveConcurrently(t *testing.T) {
	docs := []*source.Document{doc(t, "Georgia's president met officials in Tbilisi on Monday. Georgia wants help.")}
	for range 16 {
		docs = append(docs, doc(t, "The weather was mild and nothing else happened there."))
	}
	ix := Build(docs)
	if got := ix.Resolve(0, "Georgia"); got == "" {
		t.Fatalf("Resolve(0, Georgia) = %q, want the country", got)
	}
	want := ix.Resolve(1, "Georgia")
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for d := 1 + w; d < len(docs); d++ {
				if got := ix.Resolve(d, "Georgia"); got != want {
					t.Errorf("Resolve(%d, Georgia) = %q, want %q", d, got, want)
				}
			}
		})
	}
	wg.Wait()
}

package ui

import (
	"testing"

	"briefing/briefing"
	"briefing/internal/cputime"
	"briefing/seeds"
)

// BenchmarkFirstFrameSeeds measures what stands between starting the reader
// on the seeds and its first full frame: building the briefing, the reader's
// index, the glamour rendering of the selected item, and View.
func BenchmarkFirstFrameSeeds(b *testing.B) {
	// CPU time per frame too: on a shared machine wall time measures the
	// other load.
	defer cputime.Measure(b, 0)()
	for b.Loop() {
		br, err := briefing.Open(nil, seeds.FS, briefing.Options{})
		if err != nil {
			b.Fatal(err)
		}
		m := newTest(b, br, 120, 40)
		if m.View().Content == "" {
			b.Fatal("empty first frame")
		}
	}
}

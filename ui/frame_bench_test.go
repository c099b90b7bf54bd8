package ui

import (
	"syscall"
	"testing"

	"briefing/briefing"
	"briefing/seeds"
)

// BenchmarkFirstFrameSeeds measures what stands between starting the reader
// on the seeds and its first full frame: building the briefing, the reader's
// index, the glamour rendering of the selected item, and View.
func BenchmarkFirstFrameSeeds(b *testing.B) {
	// CPU time per frame too: on a shared machine wall time measures the
	// other load.
	var r0, r1 syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	defer func() {
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
		cpu := r1.Utime.Nano() + r1.Stime.Nano() - r0.Utime.Nano() - r0.Stime.Nano()
		b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
	}()
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

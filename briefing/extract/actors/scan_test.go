package actors

import (
	"syscall"
	"testing"

	"briefing/briefing/source"
	"briefing/internal/testkit"
)

// BenchmarkPass1 measures pass one alone over the corpus: tokenising,
// finding the name runs and gathering the evidence for each name.
func BenchmarkPass1(b *testing.B) {
	root := testkit.Corpus(b, "bbc")
	docs, _, err := source.Load([]string{root}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Raw)
	}
	loadGeo()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	// The process's CPU time, garbage collection included, is steadier
	// than wall time on a shared machine.
	var r0, r1 syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
	for b.Loop() {
		newPass1(docs).sortedCands()
	}
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
	cpu := r1.Utime.Nano() + r1.Stime.Nano() - r0.Utime.Nano() - r0.Stime.Nano()
	b.ReportMetric(float64(cpu)/float64(b.N), "cpu-ns/op")
}

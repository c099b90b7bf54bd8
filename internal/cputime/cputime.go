// Package cputime reports a benchmark's CPU time beside its wall time. It
// stands apart from testkit, which defines an -update flag that would clash
// with the golden package's in the ui tests.
package cputime

import "testing"

// Measure starts measuring the process's CPU time (user and system, the
// garbage collector's included) for a benchmark; call the function it
// returns after the loop. It reports cpu-ns/op and, when size (bytes per
// op) is set, cpu-MB/s: on a busy shared machine they vary far less than
// wall-clock figures.
func Measure(b *testing.B, size int64) (report func()) {
	start := cpuNanos()
	return func() {
		used := float64(cpuNanos()-start) / float64(b.N)
		if used <= 0 {
			return
		}
		b.ReportMetric(used, "cpu-ns/op")
		if size > 0 {
			b.ReportMetric(float64(size)/used*1e3, "cpu-MB/s")
		}
	}
}

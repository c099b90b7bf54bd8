package testkit

import "testing"

// CPUTime starts measuring the process's CPU time (user and system, the
// garbage collector's included) for a benchmark; call the function it
// returns after the loop. It reports cpu-ns/op and, when size (bytes per
// op) is set, cpu-MB/s: on a busy shared machine they vary far less than
// wall-clock figures.
func CPUTime(b *testing.B, size int64) (report func()) {
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

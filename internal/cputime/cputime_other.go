//go:build !unix

package cputime

// cpuNanos is zero where getrusage is missing: CPUTime then reports
// nothing and the benchmarks keep their wall-clock figures.
func cpuNanos() int64 { return 0 }

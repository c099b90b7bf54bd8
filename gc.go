package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// heapFloor is the memory below which an export collects garbage only when
// it reaches the floor, rather than at every 50% growth of the heap.
const heapFloor = 120 << 20

// floorGC is for a process that builds one briefing and exits: its heap
// grows from nothing, and collecting at every 50% growth on the way up is
// a score of collections on a small corpus, up to a third of the CPU
// time. So until the live heap is large enough for 50% growth to pass
// heapFloor, only the floor triggers a collection; then 50% growth does
// again. The reader, which stays up, keeps plain 50%. GOGC or GOMEMLIMIT
// in the environment still win.
func floorGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(heapFloor)
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	// A finalizer runs after each collection that finds its object
	// unreachable: a cheap hook to look at the live heap.
	var check func(*gcMark)
	check = func(*gcMark) {
		metrics.Read(live)
		if live[0].Value.Uint64() > heapFloor*2/3 {
			debug.SetGCPercent(50)
			debug.SetMemoryLimit(math.MaxInt64)
			return
		}
		runtime.SetFinalizer(new(gcMark), check)
	}
	runtime.SetFinalizer(new(gcMark), check)
}

// gcMark is an object for floorGC's finalizer; not empty, since a finalizer
// needs an object of its own (zero-size and tiny ones may share memory).
type gcMark struct{ _ [16]byte }

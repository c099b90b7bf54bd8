package positions

import (
	"fmt"
	"os"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
)

// TestDump prints the positions found in the folder in BRIEFING_DUMP, for
// looking at the output by eye; it is skipped unless that is set.
func TestDump(t *testing.T) {
	dir := os.Getenv("BRIEFING_DUMP")
	if dir == "" {
		t.Skip("set BRIEFING_DUMP to a folder of articles")
	}
	docs, _, err := source.Load([]string{dir}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ps := Find(docs, actors.Build(docs))
	fmt.Println(len(ps), "positions")
	fmt.Print(describe(ps))
}

package actors

import (
	"fmt"
	"os"
	"testing"

	"briefing/briefing/source"
)

// TestDump prints the top actors of the folder in BRIEFING_DUMP, for
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
	for k, a := range Build(docs).Actors() {
		if k == 80 {
			break
		}
		fmt.Printf("%-30s %-12s %4d role=%q aff=%q aliases=%v\n", a.ID, a.Kind, a.Mentions, a.Role, a.Affiliation, a.Aliases)
	}
}

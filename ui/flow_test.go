package ui

import (
	"bytes"
	"encoding/base64"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"briefing/briefing/export"
	"briefing/seeds"
)

// waitFor waits for the program's output to hold want. The deadline is a
// safety net for a hung program, not a measure of speed.
func waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(want)) },
		teatest.WithDuration(15*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// TestFlowLoadCopyQuit loads the seeds in the program (as Run does), copies
// the first quote through OSC 52 and quits.
func TestFlowLoadCopyQuit(t *testing.T) {
	b := seedBriefing(t)
	if len(b.Quotes) == 0 {
		t.Skip("extraction finds no quotes in the seeds yet")
	}
	m := newLoading(Config{Seeds: seeds.FS, Style: "dark"})
	m.systemCopy = nil
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	waitFor(t, tm, "Most cited quote")
	tm.Send(keyMsg("5"))
	waitFor(t, tm, "Quotes 1/")
	tm.Send(keyMsg("y"))
	osc52 := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(export.QuoteCopy(b.Quotes[0])))
	waitFor(t, tm, osc52)
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second)).(*Model)
	if final.loc.section != secQuotes || final.loadErr != nil {
		t.Fatalf("final state: %+v, %v", final.loc, final.loadErr)
	}
}

// TestFlowActorPage opens an actor's page and steps to the next actor.
func TestFlowActorPage(t *testing.T) {
	tm := teatest.NewTestModel(t, NewModel(fakeBriefing(t), Config{Style: "light"}), teatest.WithInitialTermSize(100, 30))
	waitFor(t, tm, "Main actors")
	for _, k := range []string{"2", "enter"} {
		tm.Send(keyMsg(k))
	}
	waitFor(t, tm, "Appears with")
	tm.Send(keyMsg("]"))
	waitFor(t, tm, "Ankara") // only the second actor, Turkey, has this alias
	tm.Send(keyMsg("ctrl+c"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second)).(*Model)
	if final.loc.page != pageActor || final.loc.actor != 1 {
		t.Fatalf("final location %+v", final.loc)
	}
}

// TestFlowLoadError ends the program with the loading error.
func TestFlowLoadError(t *testing.T) {
	tm := teatest.NewTestModel(t, newLoading(Config{Paths: []string{t.TempDir()}, Style: "dark"}))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(15*time.Second)).(*Model)
	if final.loadErr == nil {
		t.Fatal("an empty folder loaded without error")
	}
}

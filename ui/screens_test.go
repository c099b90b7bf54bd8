package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// screenKeys are the keys that lead from the start to each golden screen.
var screenKeys = []struct {
	name string
	keys []string
}{
	{"overview", nil},
	{"actors", []string{"2"}},
	{"positions", []string{"3"}},
	{"numbers", []string{"4"}},
	{"quotes", []string{"5"}},
	{"sources", []string{"6"}},
	{"actor_page", []string{"2", "enter"}},
	{"source_view", []string{"5", "enter"}},
	{"help", []string{"?"}},
}

// TestScreens compares every screen of the seed briefing, ANSI stripped,
// with testdata/TestScreens/*.golden at 80x24 and 120x40 (go test -update
// rewrites them).
func TestScreens(t *testing.T) {
	b := seedBriefing(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		for _, sc := range screenKeys {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				m := newTest(t, b, size[0], size[1])
				press(m, sc.keys...)
				golden.RequireEqual(t, screen(t, m))
			})
		}
	}
}

// TestScreensFake shows sections with items whatever extraction finds,
// including positions grouped by actor.
func TestScreensFake(t *testing.T) {
	b := fakeBriefing(t)
	for _, sc := range screenKeys {
		t.Run(sc.name, func(t *testing.T) {
			m := newTest(t, b, 100, 30)
			press(m, sc.keys...)
			golden.RequireEqual(t, screen(t, m))
		})
	}
}

// TestEverySizeFits draws every screen at small and odd sizes: nothing may
// be drawn past the width or below the height.
func TestEverySizeFits(t *testing.T) {
	b := seedBriefing(t)
	for _, size := range [][2]int{{60, 20}, {50, 14}, {61, 21}, {200, 60}, {30, 8}, {1, 1}} {
		for _, sc := range screenKeys {
			m := newTest(t, b, size[0], size[1])
			press(m, sc.keys...)
			s := screen(t, m)
			if size[0] < minWidth && size[0] >= 30 && !strings.Contains(s, "too small") {
				t.Errorf("%dx%d %s: no too-small message:\n%s", size[0], size[1], sc.name, s)
			}
		}
	}
}

// TestNarrowTabs keeps all six numbered tabs visible at 60 columns.
func TestNarrowTabs(t *testing.T) {
	m := newTest(t, seedBriefing(t), 60, 20)
	top := strings.SplitN(screen(t, m), "\n", 2)[0]
	for i := 1; i <= 6; i++ {
		if !strings.Contains(top, fmt.Sprint(i)) {
			t.Errorf("tab %d missing at 60 columns: %q", i, top)
		}
	}
}

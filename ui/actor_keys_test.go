package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"briefing/briefing/export"
)

// markedLine returns the screen line marked as the actor page's selection.
func markedLine(t *testing.T, m *Model) string {
	t.Helper()
	for _, l := range strings.Split(screen(t, m), "\n") {
		if strings.HasPrefix(l, "▌") {
			return l
		}
	}
	return ""
}

func TestActorPageSelection(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "2", "enter") // Vladimir Putin: a position, a quote, two sources
	if m.loc.pick != 0 || !strings.Contains(markedLine(t, m), "steps were agreed") {
		t.Fatalf("actor page opens on item %d, marked %q", m.loc.pick, markedLine(t, m))
	}
	press(m, "j")
	if m.loc.pick != 1 || !strings.Contains(markedLine(t, m), "find solutions") {
		t.Fatalf("j: item %d, marked %q", m.loc.pick, markedLine(t, m))
	}
	press(m, "down", "G")
	if m.loc.pick != 3 || !strings.Contains(markedLine(t, m), "002_d6d37c0bac754b8f.txt line 23") {
		t.Fatalf("G: item %d, marked %q", m.loc.pick, markedLine(t, m))
	}
	press(m, "j")
	if m.loc.pick != 3 {
		t.Fatalf("j past the last item went to %d", m.loc.pick)
	}
	press(m, "k", "up")
	if m.loc.pick != 1 {
		t.Fatalf("k k: item %d", m.loc.pick)
	}
	press(m, "g")
	if m.loc.pick != 0 || !strings.Contains(screen(t, m), "item 1/4") {
		t.Fatalf("g: item %d", m.loc.pick)
	}
}

func TestActorPageOpenAndBack(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "2", "enter", "j", "enter")
	if m.loc.page != pageSource || m.loc.cite != b.Quotes[0].Cite {
		t.Fatalf("enter on the quote opened %+v", m.loc)
	}
	press(m, "esc")
	if m.loc.page != pageActor || m.loc.pick != 1 || !strings.Contains(markedLine(t, m), "find solutions") {
		t.Fatalf("esc came back to %+v, marked %q", m.loc, markedLine(t, m))
	}
	press(m, "j", "j", "o") // the second source it is mentioned in
	if m.loc.page != pageSource || m.loc.cite.Source != seedB || m.loc.cite.Line != 23 {
		t.Fatalf("o on a mention opened %+v", m.loc.cite)
	}
	press(m, "esc")
	if m.loc.pick != 3 {
		t.Fatalf("esc came back to item %d", m.loc.pick)
	}
}

func TestActorPageCopy(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "2", "enter")
	if got := clipboardOf(press(m, "y")); !strings.Contains(got, "steps were agreed") || !strings.Contains(got, "000_44fb05a086d9fa99.txt:3") {
		t.Fatalf("y on the position copied %q", got)
	}
	press(m, "j")
	if got, want := clipboardOf(press(m, "y")), oneLine(export.QuoteCopy(b.Quotes[0])); got != want {
		t.Fatalf("y on the quote copied %q, want %q", got, want)
	}
	if got, want := clipboardOf(press(m, "Y")), export.CiteString(b.Quotes[0].Cite); got != want {
		t.Fatalf("Y copied %q, want %q", got, want)
	}
	press(m, "G")
	if got := clipboardOf(press(m, "y")); !strings.HasSuffix(got, "(002_d6d37c0bac754b8f.txt:23)") {
		t.Fatalf("y on a mention copied %q", got)
	}
}

func TestActorPageNextActorAndMouse(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "2", "enter", "G", "]")
	if m.loc.actor != 1 || m.loc.pick != 0 {
		t.Fatalf("] went to actor %d item %d", m.loc.actor, m.loc.pick)
	}
	press(m, "[")
	if m.loc.actor != 0 || m.loc.pick != 0 {
		t.Fatalf("[ went to actor %d item %d", m.loc.actor, m.loc.pick)
	}
	y := -1
	for i, l := range strings.Split(screen(t, m), "\n") {
		if strings.Contains(l, "find solutions") {
			y = i
		}
	}
	m.Update(tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
	if m.loc.pick != 1 {
		t.Fatalf("a click on the quote (row %d) selected item %d", y, m.loc.pick)
	}
}

func TestActorPageScrolls(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 60, 20)
	press(m, "2", "enter", "G")
	if !strings.Contains(markedLine(t, m), "line 23") {
		t.Fatalf("G did not bring the last item into view:\n%s", screen(t, m))
	}
	press(m, "g")
	if m.detail.vp.YOffset() != 0 || markedLine(t, m) == "" {
		t.Fatalf("g did not return to the top: offset %d", m.detail.vp.YOffset())
	}
	press(m, "pgdown")
	if m.detail.vp.YOffset() == 0 || m.loc.pick != 0 {
		t.Fatalf("pgdown: offset %d, item %d", m.detail.vp.YOffset(), m.loc.pick)
	}
}

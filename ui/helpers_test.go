package ui

import (
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"briefing/briefing"
	"briefing/briefing/model"
	"briefing/briefing/source"
	"briefing/seeds"
)

const (
	seedA = "000_44fb05a086d9fa99.txt"
	seedB = "002_d6d37c0bac754b8f.txt"
)

// seedBriefing is the real briefing of the built-in seeds.
func seedBriefing(t testing.TB) *briefing.Briefing {
	t.Helper()
	b, err := briefing.Open(nil, seeds.FS, briefing.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fakeBriefing is a small hand-made briefing over the seed documents, so
// screens with items can be tested whatever extraction finds.
func fakeBriefing(t testing.TB) *briefing.Briefing {
	t.Helper()
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := func(src string, line int) model.Cite { return model.Cite{Source: src, Line: line, EndLine: line} }
	b := &briefing.Briefing{Docs: docs}
	for _, d := range docs {
		b.Sources = append(b.Sources, d.Meta)
	}
	b.Actors = []model.Actor{
		{ID: "vladimir-putin", Name: "Vladimir Putin", Kind: model.KindPerson, Aliases: []string{"Putin"},
			Role: "President of Russia", Affiliation: "russia", Mentions: 3, Cites: []model.Cite{c(seedA, 3), c(seedA, 7), c(seedB, 23)}},
		{ID: "turkey", Name: "Turkey", Kind: model.KindCountry, Aliases: []string{"Ankara"}, Mentions: 2,
			Cites: []model.Cite{c(seedA, 3), c(seedB, 10)}},
		{ID: "russia", Name: "Russia", Kind: model.KindCountry, Mentions: 1, Cites: []model.Cite{c(seedA, 3)}},
	}
	b.Quotes = []model.Quote{
		{ID: "q1", Speaker: "vladimir-putin", SpeakerName: "Vladimir Putin", Text: "find solutions for where there are none yet.", Partial: true, Cite: c(seedB, 23)},
		{ID: "q2", Speaker: "", SpeakerName: "a senior Turkish official", Text: "The necessary measures will be taken.", Cite: c(seedB, 30)},
	}
	b.Numbers = []model.Number{
		{ID: "n1", Value: 3600000, Unit: "refugees", What: "Syrian refugees", Raw: "3.6 million", Text: "Turkey hosts 3.6 million Syrian refugees.", Actor: "turkey", Cite: c(seedA, 65)},
	}
	b.Positions = []model.Position{
		{ID: "p1", Actor: "turkey", Verb: "fears", Text: "a new wave of refugees", Cite: c(seedA, 8)},
		{ID: "p2", Actor: "vladimir-putin", Verb: "says", Text: "steps were agreed", Cite: c(seedA, 3)},
	}
	b.Warnings = []model.Warning{}
	return b
}

// newTest returns a reader of b at w×h in the dark style, with every
// rendering done.
func newTest(t testing.TB, b *briefing.Briefing, w, h int) *Model {
	t.Helper()
	m := NewModel(b, Config{Style: "dark"})
	m.systemCopy = nil // tests never touch the user's clipboard
	m.SetSize(w, h)
	drain(m, m.Init())
	return m
}

// drain runs cmd and what it leads to, feeding the reader the messages it
// understands, and returns every message produced. It stands in for the
// program loop without a terminal.
func drain(m *Model, cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := c()
		out = append(out, msg)
		switch msg := msg.(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case renderedMsg:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
	return out
}

// keyMsg turns a key name as bubbletea prints it into a key press.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]tea.Key{
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape}, "tab": {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "backspace": {Code: tea.KeyBackspace},
		"up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown}, "pgdown": {Code: tea.KeyPgDown},
		"pgup": {Code: tea.KeyPgUp}, "ctrl+c": {Code: 'c', Mod: tea.ModCtrl}, "ctrl+d": {Code: 'd', Mod: tea.ModCtrl},
		"ctrl+u": {Code: 'u', Mod: tea.ModCtrl},
	}
	if k, ok := special[k]; ok {
		return tea.KeyPressMsg(k)
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys one by one, running what each leads to, and returns the
// messages of the last.
func press(m *Model, keys ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range keys {
		_, cmd := m.Update(keyMsg(k))
		out = drain(m, cmd)
	}
	return out
}

// screen is the reader's screen without ANSI sequences, checked to be
// exactly the window's size.
func screen(t testing.TB, m *Model) string {
	t.Helper()
	s := m.Render()
	lines := strings.Split(s, "\n")
	if len(lines) != m.height {
		t.Fatalf("screen has %d lines, want %d", len(lines), m.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Fatalf("line %d is %d wide, window is %d: %q", i, w, m.width, ansi.Strip(l))
		}
	}
	return ansi.Strip(s)
}

// clipboardOf returns what a copy command put on the OSC 52 clipboard.
func clipboardOf(msgs []tea.Msg) string {
	for _, msg := range msgs {
		if v := reflect.ValueOf(msg); v.IsValid() && v.Kind() == reflect.String &&
			strings.Contains(reflect.TypeOf(msg).String(), "setClipboardMsg") {
			return v.String()
		}
	}
	return ""
}

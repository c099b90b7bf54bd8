package ui

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"briefing/briefing"
	"briefing/briefing/export"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

func TestCopyQuote(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 120, 40)
	msgs := press(m, "5", "y")
	want := export.QuoteCopy(b.Quotes[0])
	if got := clipboardOf(msgs); got != want {
		t.Fatalf("y in Quotes copied %q, want %q", got, want)
	}
	if want != `"…find solutions for where there are none yet." — Vladimir Putin (002_d6d37c0bac754b8f.txt:23)` {
		t.Fatalf("quote copy format changed: %q", want)
	}
	if !strings.Contains(screen(t, m), "Copied quote") {
		t.Errorf("status does not confirm the copy:\n%s", screen(t, m))
	}
	if got := clipboardOf(press(m, "Y")); got != "002_d6d37c0bac754b8f.txt:23" {
		t.Errorf("Y copied %q, want the citation alone", got)
	}
}

func TestSectionKeys(t *testing.T) {
	m := newTest(t, fakeBriefing(t), 100, 30)
	for _, tc := range []struct {
		key  string
		want int
	}{{"3", secPositions}, {"tab", secNumbers}, {"tab", secQuotes}, {"shift+tab", secNumbers}, {"6", secSources}, {"tab", secOverview}, {"shift+tab", secSources}, {"1", secOverview}} {
		press(m, tc.key)
		if m.loc.page != pageSection || m.loc.section != tc.want {
			t.Fatalf("after %q: section %d, want %d", tc.key, m.loc.section, tc.want)
		}
	}
}

func TestMoveAndHistory(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "2", "j")
	if _, item := m.current(); item != 1 {
		t.Fatalf("j selected actor %d, want 1", item)
	}
	press(m, "G")
	if _, item := m.current(); item != len(b.Actors)-1 {
		t.Fatalf("G selected %d", item)
	}
	press(m, "g", "enter")
	if m.loc.page != pageActor || m.loc.actor != 0 {
		t.Fatalf("enter did not open actor 0: %+v", m.loc)
	}
	if s := screen(t, m); !strings.Contains(s, "Vladimir Putin") || !strings.Contains(s, "Appears with") {
		t.Fatalf("actor page:\n%s", s)
	}
	press(m, "]")
	if m.loc.actor != 1 || !strings.Contains(screen(t, m), "Turkey") {
		t.Fatalf("] did not show the next actor: %+v", m.loc)
	}
	press(m, "[", "[")
	if m.loc.actor != 0 {
		t.Fatalf("[ went to %d", m.loc.actor)
	}
	press(m, "o")
	if m.loc.page != pageSource || m.loc.cite.Source != seedA || m.loc.cite.Line != 3 {
		t.Fatalf("o did not open the first mention: %+v", m.loc)
	}
	press(m, "esc")
	if m.loc.page != pageActor {
		t.Fatalf("esc from the source went to %+v", m.loc)
	}
	press(m, "backspace")
	if m.loc.page != pageSection || m.loc.section != secActors || m.lists[secActors].Selected() != 0 {
		t.Fatalf("backspace did not return to the Actors list: %+v", m.loc)
	}
	press(m, "esc", "esc")
	if m.loc.section != secOverview || len(m.history) != 0 {
		t.Fatalf("history not unwound: %+v %d", m.loc, len(m.history))
	}
}

func TestActorsSectionBrackets(t *testing.T) {
	m := newTest(t, fakeBriefing(t), 100, 30)
	press(m, "2", "]", "]")
	if _, item := m.current(); item != 2 {
		t.Fatalf("] ] in Actors selected %d", item)
	}
	press(m, "[")
	if _, item := m.current(); item != 1 {
		t.Fatalf("[ in Actors selected %d", item)
	}
}

func TestSourceViewAtCitation(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "5", "j", "enter")
	if m.loc.page != pageSource || m.loc.cite != b.Quotes[1].Cite {
		t.Fatalf("enter on a quote: %+v", m.loc)
	}
	s := screen(t, m)
	if !strings.Contains(s, "30 │") || !strings.Contains(s, seedB+":30") {
		t.Fatalf("source view not at line 30:\n%s", s)
	}
}

func TestSearch(t *testing.T) {
	m := newTest(t, fakeBriefing(t), 100, 30)
	press(m, "/")
	if !m.search.active {
		t.Fatal("/ did not open the search prompt")
	}
	for _, r := range "turkish" {
		press(m, string(r))
	}
	press(m, "enter")
	// "turkish" is in a quote's speaker only.
	if len(m.search.hits) != 1 || m.loc.section != secQuotes {
		t.Fatalf("hits %+v, section %d", m.search.hits, m.loc.section)
	}
	if _, item := m.current(); item != 1 {
		t.Fatalf("search selected %d", item)
	}
	// The next search starts from the quote on screen: the first hit at or
	// after it is in Sources (a title), and n wraps round to the Actors.
	press(m, "/", "p", "u", "t", "i", "n", "enter")
	n := len(m.search.hits)
	if n < 3 || m.loc.section != secSources {
		t.Fatalf("putin: hits %+v, section %d", m.search.hits, m.loc.section)
	}
	start := m.search.pos
	for range n - start {
		press(m, "n")
	}
	if m.search.pos != 0 || m.loc.section != secActors {
		t.Fatalf("n did not wrap to the first hit: %d in section %d", m.search.pos, m.loc.section)
	}
	press(m, "N")
	if m.search.pos != n-1 {
		t.Fatalf("N did not wrap to the last hit: %d", m.search.pos)
	}
}

func TestPicker(t *testing.T) {
	m := newTest(t, fakeBriefing(t), 100, 30)
	press(m, "a")
	if !m.picker.active || len(m.picker.matches) != 3 {
		t.Fatalf("picker: %+v", m.picker.matches)
	}
	press(m, "r", "u", "s")
	if len(m.picker.matches) == 0 || m.ix.b.Actors[m.picker.matches[0]].ID != "russia" {
		t.Fatalf("fuzzy 'rus' matched %v", m.picker.matches)
	}
	press(m, "enter")
	if m.loc.page != pageActor || m.ix.b.Actors[m.loc.actor].ID != "russia" {
		t.Fatalf("picker opened %+v", m.loc)
	}
	press(m, "a", "esc")
	if m.picker.active || m.loc.page != pageActor {
		t.Fatal("esc did not close the picker")
	}
}

func TestHelpAndQuit(t *testing.T) {
	m := newTest(t, fakeBriefing(t), 100, 30)
	press(m, "?")
	s := screen(t, m)
	for _, want := range []string{"Keys", "copy citation", "pick actor", "next actor", "edit at line"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	press(m, "?")
	if m.full {
		t.Error("? did not close help")
	}
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s returned no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
}

// A key never waits for glamour: the new item's plain text is on screen
// before its rendering arrives, and the rendering is then cached.
func TestKeyDoesNotWaitForRender(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "5")
	_, cmd := m.Update(keyMsg("j"))
	if cmd == nil {
		t.Fatal("moving to an unrendered item should return a render command")
	}
	if s := screen(t, m); !strings.Contains(s, "necessary measures") {
		t.Fatalf("plain text not shown before rendering:\n%s", s)
	}
	drain(m, cmd)
	if !m.detail.rendered {
		t.Fatal("rendering did not arrive")
	}
	press(m, "k")
	if _, cmd := m.Update(keyMsg("j")); cmd != nil {
		t.Error("a cached item was rendered again")
	}
	// A new width needs a new rendering.
	if _, cmd := m.Update(tea.WindowSizeMsg{Width: 90, Height: 30}); cmd == nil {
		t.Error("resize did not re-render")
	}
}

func TestMouse(t *testing.T) {
	m := newTest(t, fakeBriefing(t), 100, 30)
	press(m, "2")
	_, cmd := m.Update(tea.MouseClickMsg{X: 3, Y: 3, Button: tea.MouseLeft})
	drain(m, cmd)
	if _, item := m.current(); item != 2 {
		t.Fatalf("click on row 3 selected %d", item)
	}
	m.Update(tea.MouseWheelMsg{X: 3, Y: 3, Button: tea.MouseWheelUp})
	if _, item := m.current(); item != 0 {
		t.Fatalf("wheel up selected %d", item)
	}
	m.Update(tea.MouseClickMsg{X: 1, Y: 0, Button: tea.MouseLeft})
	if m.loc.section != secOverview {
		t.Fatalf("click on tab 1 went to %d", m.loc.section)
	}
}

// Nothing a document holds reaches the terminal as a control sequence.
func TestDocumentTextIsSanitised(t *testing.T) {
	raw := "Evil headline\n\nThe minister said \x1b]52;c;cHduZWQ=\x07\"we will \x1b[2Jwin\" on Monday.\x1b]0;pwned\x07\n"
	doc, err := source.Parse("evil.txt", "evil.txt", []byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	b := &briefing.Briefing{Docs: []*source.Document{doc}}
	b.Sources = []model.Source{doc.Meta}
	b.Quotes = []model.Quote{{ID: "q1", SpeakerName: "The \x1b[31mminister", Text: "we will \x1b[2Jwin", Cite: model.Cite{Source: "evil.txt", Line: 3, EndLine: 3}}}
	m := newTest(t, b, 100, 30)
	for _, keys := range [][]string{{"5"}, {"5", "enter"}, {"6"}} {
		press(m, keys...)
		s := m.Render()
		for _, bad := range []string{"]52;", "[2J", "]0;", "\x07", "[31m"} {
			if strings.Contains(s, bad) {
				t.Errorf("%v: screen holds %q", keys, bad)
			}
		}
	}
	if got := clipboardOf(press(m, "5", "y")); strings.ContainsRune(got, 0x1b) {
		t.Errorf("copy holds ESC: %q", got)
	}
}

// A section opens on its first item; back returns to the item left.
func TestSectionEntryAndBackRestore(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	press(m, "5", "j", "2", "5")
	if _, item := m.current(); item != 0 {
		t.Fatalf("Quotes entered on item %d, want the first", item)
	}
	if got := clipboardOf(press(m, "y")); got != export.QuoteCopy(b.Quotes[0]) {
		t.Fatalf("copied %q", got)
	}
	press(m, "esc", "esc")
	if sec, item := m.current(); sec != secQuotes || item != 1 {
		t.Fatalf("back went to section %d item %d, want Quotes item 1", sec, item)
	}
}

// Citations of files on disk are OSC 8 links to the file.
func TestCiteHyperlink(t *testing.T) {
	b, err := briefing.Open([]string{"../seeds"}, nil, briefing.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Quotes) == 0 {
		t.Skip("no quotes extracted from the seeds yet")
	}
	m := newTest(t, b, 120, 40)
	press(m, "5")
	abs, err := filepath.Abs(filepath.Join("..", "seeds", b.Quotes[0].Cite.Source))
	if err != nil {
		t.Fatal(err)
	}
	if s := m.Render(); !strings.Contains(s, "\x1b]8;;file://"+abs) {
		t.Fatalf("no OSC 8 link to %s in %q", abs, s)
	}
	press(m, "enter")
	if s := m.Render(); !strings.Contains(s, "\x1b]8;;file://"+abs) {
		t.Fatalf("source view title is no OSC 8 link to %s", abs)
	}
}

// While loading, the screen says how far reading has got.
func TestLoadingProgress(t *testing.T) {
	m := newLoading(Config{Style: "dark"})
	m.loadCh = make(chan tea.Msg, 1)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m.Update(progressMsg{done: 120, total: 2225})
	if s := screen(t, m); !strings.Contains(s, "Reading files: 120 of 2225") {
		t.Fatalf("loading screen:\n%s", s)
	}
	m.Update(progressMsg{done: 2225, total: 2225})
	if s := screen(t, m); !strings.Contains(s, "Extracting") {
		t.Fatalf("loading screen after reading:\n%s", s)
	}
	m.Update(loadedMsg{b: fakeBriefing(t)})
	if s := screen(t, m); !strings.Contains(s, "1 Overview") {
		t.Fatalf("no reader after loading:\n%s", s)
	}
}

// The source view marks exactly the cited bytes, or the whole line when
// sanitising changed it.
func TestHighlightSpan(t *testing.T) {
	st := NewStyles(true, false)
	raw := []byte("one two three\nfour \x1b[2Jfive six\n")
	c := model.Cite{Source: "x", Line: 1, EndLine: 1, Start: 4, End: 7}
	if got, want := highlight("one two three", "one two three", raw, 0, c, &st), "one "+st.Highlight.Render("two")+" three"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	c = model.Cite{Source: "x", Line: 2, EndLine: 2, Start: 19, End: 23}
	if got, want := highlight("four five six", "four five six", raw, 14, c, &st), st.Highlight.Render("four five six"); got != want {
		t.Errorf("sanitised line: got %q, want %q", got, want)
	}
}

// In the source view y copies the cited words with their citation.
func TestCopyInSourceView(t *testing.T) {
	b := seedBriefing(t)
	if len(b.Quotes) == 0 {
		t.Skip("no quotes extracted from the seeds yet")
	}
	m := newTest(t, b, 120, 40)
	got := clipboardOf(press(m, "5", "enter", "y"))
	q := b.Quotes[0]
	if !strings.HasSuffix(got, "("+export.CiteString(q.Cite)+")") || !strings.Contains(got, strings.Fields(q.Text)[0]) {
		t.Fatalf("y in the source view copied %q", got)
	}
}

// On the overview, y and enter act on the most cited quote.
func TestOverviewQuote(t *testing.T) {
	b := fakeBriefing(t)
	m := newTest(t, b, 100, 30)
	q := b.Quotes[m.ix.topQuote]
	if got := clipboardOf(press(m, "y")); got != export.QuoteCopy(q) {
		t.Fatalf("y on the overview copied %q", got)
	}
	press(m, "enter")
	if m.loc.page != pageSource || m.loc.cite != q.Cite {
		t.Fatalf("enter on the overview went to %+v", m.loc)
	}
}

// Keys typed while a folder loads are not lost: they act once it is loaded.
func TestKeysTypedWhileLoading(t *testing.T) {
	m := newLoading(Config{Style: "dark"})
	m.loadCh = make(chan tea.Msg, 1)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(keyMsg("5"))
	m.Update(keyMsg("j"))
	m.Update(loadedMsg{b: fakeBriefing(t)})
	if m.loc.section != secQuotes {
		t.Fatalf("section = %v after typing 5 while loading, want Quotes", m.loc.section)
	}
	if _, item := m.current(); item != 1 {
		t.Fatalf("selected item = %d after typing j while loading, want 1", item)
	}
}

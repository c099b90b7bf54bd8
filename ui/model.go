package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"briefing/briefing"
	"briefing/briefing/model"
)

// Minimum terminal size; below it the reader says so instead of drawing.
const (
	minWidth  = 50
	minHeight = 14
)

// maxCached is how many renderings are kept.
const maxCached = 4096

// pageKind is what the body shows: a section, an actor page or a source.
type pageKind int

const (
	pageSection pageKind = iota
	pageActor
	pageSource
)

// location is one entry of the back history.
type location struct {
	page    pageKind
	section int
	actor   int
	cite    model.Cite
	row     int // the section list's cursor and scroll when left, restored on back
	offset  int
	pick    int // the selected item of an actor page
}

// Model is the root of the reader. It routes messages to small components
// (lists, the detail pane, the source view, search, the actor picker) and
// owns the layout, the history and the status line.
type Model struct {
	cfg     Config
	ix      *index
	keys    KeyMap
	styles  Styles
	help    help.Model
	width   int
	height  int
	loc     location
	history []location
	lists   [numSections]listModel
	detail  pane              // the selected item's detail, the overview or the actor page
	page    actorPage         // the actor page on show: its items and their lines
	pages   map[int]actorPage // actor pages seen before
	source  sourceView
	search  searchModel
	picker  pickerModel
	full    bool // the full help screen is open
	status  string
	isErr   bool
	cache   map[renderKey][]string
	// systemCopy writes the system clipboard (nil: none, or in tests).
	systemCopy func(string) error

	// drawn pieces kept between frames
	tabsKey   tabsKey
	tabsCache string
	helpKey   uint64
	helpCache string

	// loading
	loadCh   chan tea.Msg
	progress progressMsg
	loadErr  error
	early    []tea.KeyPressMsg // keys typed while loading, replayed once loaded
}

// maxEarlyKeys bounds the keys kept while a large folder loads.
const maxEarlyKeys = 32

// NewModel returns a reader of b, ready to use without a terminal: call
// SetSize, then Update and View (benchmarks and tests do exactly that).
func NewModel(b *briefing.Briefing, cfg Config) *Model {
	m := newLoading(cfg)
	m.setBriefing(b)
	return m
}

func newLoading(cfg Config) *Model {
	m := &Model{
		cfg:    cfg,
		keys:   DefaultKeyMap(),
		help:   help.New(),
		width:  80,
		height: 24,
		cache:  map[renderKey][]string{},
		detail: newPane(),
		search: newSearch(),
		picker: newPicker(),

		systemCopy: systemClipboard(),
	}
	m.setStyles(cfg.Style != "light")
	return m
}

func (m *Model) setBriefing(b *briefing.Briefing) {
	m.ix = newIndex(b)
	m.page, m.pages = actorPage{}, map[int]actorPage{}
	empty := [numSections]string{"", "No actors found.", "No positions found.", "No key numbers found.", "No quotes found.", "No sources."}
	for s := secActors; s < numSections; s++ {
		m.lists[s] = newList(m.ix.rows[s], empty[s])
	}
	m.picker.setActors(b.Actors)
	if n := len(b.Warnings); n > 0 {
		m.setStatus(plural(n, "file")+" skipped (see Overview)", false)
	}
	m.relayout()
}

func (m *Model) setStyles(dark bool) {
	m.styles = NewStyles(dark, m.cfg.NoColor)
	m.help.Styles = m.styles.Help
	m.tabsCache, m.helpCache = "", ""
}

// SetSize sets the terminal size, as a tea.WindowSizeMsg does.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.relayout()
}

// Init starts loading (unless a briefing was given) and asks the terminal
// for its background colour unless the style was chosen.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.ix == nil {
		m.loadCh = make(chan tea.Msg, 1)
		cmds = append(cmds, loadCmd(m.cfg, m.loadCh))
	} else {
		cmds = append(cmds, m.refresh())
	}
	if m.cfg.Style == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, m.relayout()
	case tea.BackgroundColorMsg:
		if m.cfg.Style == "" {
			m.setStyles(msg.IsDark())
			return m, m.relayout()
		}
		return m, nil
	case progressMsg:
		m.progress = msg
		return m, waitCmd(m.loadCh)
	case loadedMsg:
		if msg.err != nil {
			m.loadErr = msg.err
			return m, tea.Quit
		}
		m.setBriefing(msg.b)
		cmds := []tea.Cmd{m.refresh()}
		for _, k := range m.early {
			cmds = append(cmds, m.handleKey(k))
		}
		m.early = nil
		m.setContext()
		return m, tea.Batch(cmds...)
	case renderedMsg:
		if msg.err != nil {
			m.setStatus("render: "+msg.err.Error(), true)
			return m, nil
		}
		if len(m.cache) >= maxCached { // bound memory over a long session
			clear(m.cache)
		}
		m.cache[msg.key] = msg.lines
		m.detail.done(msg)
		if m.loc.page == pageActor {
			m.pageSpans() // found now, not on the next key
			if m.loc.pick > 0 {
				m.revealPick()
			}
		}
		return m, nil
	case editorDoneMsg:
		if msg.err != nil {
			m.setStatus("editor: "+msg.err.Error(), true)
		}
		return m, nil
	case tea.KeyPressMsg:
		if m.ix == nil { // still loading: quit now, keep the rest for later
			if key.Matches(msg, m.keys.Quit, m.keys.ForceQuit) {
				return m, tea.Quit
			}
			if len(m.early) < maxEarlyKeys {
				m.early = append(m.early, msg)
			}
			return m, nil
		}
		cmd := m.handleKey(msg)
		m.setContext()
		return m, cmd
	case tea.MouseMsg:
		if m.ix == nil {
			return m, nil
		}
		cmd := m.handleMouse(msg)
		m.setContext()
		return m, cmd
	}
	if m.search.active {
		return m, m.search.update(msg)
	}
	if m.picker.active {
		return m, m.picker.update(msg)
	}
	return m, nil
}

// setContext enables the bindings that act here, so help matches behaviour.
func (m *Model) setContext() {
	_, item := m.current()
	_, hasCite := m.currentCite()
	onActor := m.loc.page == pageActor || (m.loc.page == pageSection && m.loc.section == secActors)
	m.keys.setContext(item >= 0, item >= 0 || m.loc.page == pageSource, hasCite, len(m.search.hits) > 0, onActor)
}

func (m *Model) setStatus(s string, isErr bool) { m.status, m.isErr = s, isErr }

// current returns the section and item the user has selected (item -1 for
// none). On an actor page it is the selected position, quote or number, else
// the actor; on the overview, its most cited quote.
func (m *Model) current() (int, int) {
	switch m.loc.page {
	case pageActor:
		if it, ok := m.pageSelected(); ok && it.sec >= 0 {
			return it.sec, it.item
		}
		return secActors, m.loc.actor
	case pageSource:
		return -1, -1
	}
	if m.loc.section == secOverview {
		return secQuotes, m.ix.topQuote
	}
	return m.loc.section, m.lists[m.loc.section].Selected()
}

// currentCite returns the citation of what is on screen.
func (m *Model) currentCite() (model.Cite, bool) {
	if m.loc.page == pageSource {
		return m.loc.cite, m.loc.cite.Source != ""
	}
	if it, ok := m.pageSelected(); ok {
		return it.cite, it.cite.Source != ""
	}
	sec, item := m.current()
	return m.ix.itemCite(sec, item)
}

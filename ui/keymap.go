package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the reader. Help is generated from it,
// and bindings that do nothing on the current screen are disabled so the
// help never promises what a key will not do.
type KeyMap struct {
	Sections   [6]key.Binding
	NextTab    key.Binding
	PrevTab    key.Binding
	Up         key.Binding
	Down       key.Binding
	Top        key.Binding
	Bottom     key.Binding
	PageUp     key.Binding
	PageDown   key.Binding
	HalfUp     key.Binding
	HalfDown   key.Binding
	Open       key.Binding
	Back       key.Binding
	NextActor  key.Binding
	PrevActor  key.Binding
	Picker     key.Binding
	Search     key.Binding
	NextHit    key.Binding
	PrevHit    key.Binding
	Copy       key.Binding
	CopyCite   key.Binding
	Source     key.Binding
	Editor     key.Binding
	Help       key.Binding
	Quit       key.Binding
	ForceQuit  key.Binding
	sectionAll key.Binding // help entry standing for the six section keys
}

// DefaultKeyMap returns the reader's key bindings.
func DefaultKeyMap() KeyMap {
	k := KeyMap{
		NextTab:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next section")),
		PrevTab:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous section")),
		Up:         key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		Down:       key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Top:        key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:     key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		PageUp:     key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll detail up")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll detail down")),
		HalfUp:     key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		HalfDown:   key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:       key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "back")),
		NextActor:  key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next actor")),
		PrevActor:  key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous actor")),
		Picker:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "pick actor")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextHit:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next hit")),
		PrevHit:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous hit")),
		Copy:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy item")),
		CopyCite:   key.NewBinding(key.WithKeys("Y"), key.WithHelp("Y", "copy citation")),
		Source:     key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open source")),
		Editor:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit at line")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c")),
		sectionAll: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6"), key.WithHelp("1-6", "section")),
	}
	for i := range k.Sections {
		s := string(rune('1' + i))
		k.Sections[i] = key.NewBinding(key.WithKeys(s), key.WithHelp(s, sectionNames[i]))
	}
	return k
}

// ShortHelp returns the bindings of the always visible help bar, with
// terse descriptions. A narrow bar drops them in shortDropOrder and always
// keeps help and quit.
func (k KeyMap) ShortHelp() []key.Binding {
	short := func(b key.Binding, desc string) key.Binding {
		b.SetHelp(b.Help().Key, desc)
		return b
	}
	return []key.Binding{
		short(k.sectionAll, "sections"), short(k.Open, "open"), short(k.Back, "back"),
		short(k.Copy, "copy"), short(k.Search, "search"), short(k.Picker, "actors"), k.Help, k.Quit,
	}
}

// shortDropOrder lists ShortHelp's entries from least to most needed.
var shortDropOrder = []int{5, 4, 0, 3, 2, 1}

// FullHelp returns every binding, in columns, for the help screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.sectionAll, k.NextTab, k.PrevTab, k.Up, k.Down, k.Top, k.Bottom},
		{k.PageUp, k.PageDown, k.HalfUp, k.HalfDown, k.Open, k.Back},
		{k.NextActor, k.PrevActor, k.Picker, k.Search, k.NextHit, k.PrevHit},
		{k.Copy, k.CopyCite, k.Source, k.Editor, k.Help, k.Quit},
	}
}

// setContext enables the bindings that act on the current screen.
func (k *KeyMap) setContext(canOpen, canCopy, hasCite, hasHits, onActor bool) {
	k.Open.SetEnabled(canOpen)
	k.Copy.SetEnabled(canCopy)
	k.CopyCite.SetEnabled(hasCite)
	k.Source.SetEnabled(hasCite)
	k.Editor.SetEnabled(hasCite)
	k.NextHit.SetEnabled(hasHits)
	k.PrevHit.SetEnabled(hasHits)
	k.NextActor.SetEnabled(onActor)
	k.PrevActor.SetEnabled(onActor)
}

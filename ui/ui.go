// Package ui is the terminal reader of a briefing, built on bubbletea.
package ui

import (
	"context"
	"io/fs"
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"briefing/briefing"
	"briefing/briefing/export"
)

// Config says what the reader opens and how.
type Config struct {
	Paths []string         // files and folders; none means Seeds
	Seeds fs.FS            // the embedded seed articles
	Load  briefing.Options // loading options
	Style string           // "dark", "light" or "" to detect
}

// Run opens the reader and returns when the user quits.
func Run(ctx context.Context, cfg Config) error {
	b, err := briefing.Open(cfg.Paths, cfg.Seeds, cfg.Load)
	if err != nil {
		return err
	}
	var sb strings.Builder
	if err := export.Markdown(&sb, &b.Briefing); err != nil {
		return err
	}
	vp := viewport.New()
	vp.SetContent(sb.String())
	_, err = tea.NewProgram(plain{vp: vp}, tea.WithContext(ctx)).Run()
	return err
}

// plain is a placeholder reader: the Markdown export in a scrolling pane.
type plain struct{ vp viewport.Model }

func (m plain) Init() tea.Cmd { return nil }

func (m plain) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.vp.SetWidth(msg.Width)
		m.vp.SetHeight(msg.Height)
	case tea.KeyPressMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

func (m plain) View() tea.View {
	v := tea.NewView(m.vp.View())
	v.AltScreen = true
	return v
}

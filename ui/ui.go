// Package ui is the terminal reader of a briefing, built on bubbletea: six
// sections as tabs, a list and a detail pane, actor pages and a source view,
// every item cited and copyable.
package ui

import (
	"context"
	"fmt"
	"io/fs"
	"os"

	tea "charm.land/bubbletea/v2"

	"briefing/briefing"
)

// Config says what the reader opens and how.
type Config struct {
	Paths   []string         // files and folders; none means Seeds
	Seeds   fs.FS            // the embedded seed articles
	Load    briefing.Options // loading options
	Style   string           // "dark", "light" or "" to detect
	NoColor bool             // no colours (NO_COLOR); Run sets it from the environment
}

// Run opens the reader and returns when the user quits. The material is
// loaded inside the program so a large folder shows its progress.
func Run(ctx context.Context, cfg Config) error {
	// A missing path is an error before any screen is drawn.
	for _, p := range cfg.Paths {
		if _, err := os.Stat(p); err != nil {
			return err
		}
	}
	if os.Getenv("NO_COLOR") != "" {
		cfg.NoColor = true
	}
	m := newLoading(cfg)
	final, err := tea.NewProgram(m, tea.WithContext(ctx)).Run()
	if err != nil {
		return err
	}
	if fm, ok := final.(*Model); ok && fm.loadErr != nil {
		return fm.loadErr
	}
	return nil
}

// progressMsg reports files read of total while loading.
type progressMsg struct{ done, total int }

// loadedMsg carries the finished briefing, or why there is none.
type loadedMsg struct {
	b   *briefing.Briefing
	err error
}

// loadCmd loads the briefing in a goroutine and returns the first message
// from its channel; progress messages keep listening for the next one.
func loadCmd(cfg Config, ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		go func() {
			opt := cfg.Load
			user := opt.Progress
			opt.Progress = func(done, total int) {
				if user != nil {
					user(done, total)
				}
				select { // progress may be dropped, never waited on
				case ch <- progressMsg{done, total}:
				default:
				}
			}
			b, err := briefing.Open(cfg.Paths, cfg.Seeds, opt)
			ch <- loadedMsg{b, err}
		}()
		return <-ch
	}
}

func waitCmd(ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg { return <-ch }
}

// loadingView is the screen while the material loads.
func (m *Model) loadingView() string {
	if m.progress.total == 0 {
		return "Loading articles…"
	}
	if m.progress.done >= m.progress.total {
		return fmt.Sprintf("Read %d files. Extracting actors, quotes, numbers and positions…", m.progress.total)
	}
	return fmt.Sprintf("Reading files: %d of %d", m.progress.done, m.progress.total)
}

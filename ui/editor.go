package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
)

// editorDoneMsg reports that the editor exited.
type editorDoneMsg struct{ err error }

// systemClipboard returns the writer to the system clipboard, or nil when
// no clipboard tool exists.
func systemClipboard() func(string) error {
	if clipboard.Unsupported {
		return nil
	}
	return clipboard.WriteAll
}

// systemCopyCmd copies to the system clipboard in the background; failure
// is ignored, OSC 52 has already been sent.
func systemCopyCmd(write func(string) error, text string) tea.Cmd {
	if write == nil {
		return nil
	}
	return func() tea.Msg {
		_ = write(text)
		return nil
	}
}

// openEditor runs $EDITOR (vi when unset) at the cited line. A file that is
// not on disk (an embedded seed) is written to a temporary folder first.
func (m *Model) openEditor() tea.Cmd {
	c, ok := m.currentCite()
	if !ok {
		m.setStatus("No citation here", false)
		return nil
	}
	path, ok := m.ix.diskPath[c.Source]
	if !ok {
		d, found := m.ix.docByID[c.Source]
		if !found {
			m.setStatus("Source not loaded: "+oneLine(c.Source), true)
			return nil
		}
		dir := filepath.Join(os.TempDir(), "briefing-sources")
		path = filepath.Join(dir, filepath.Base(c.Source))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			m.setStatus("editor: "+err.Error(), true)
			return nil
		}
		if err := os.WriteFile(path, m.ix.b.Docs[d].Raw, 0o644); err != nil {
			m.setStatus("editor: "+err.Error(), true)
			return nil
		}
	}
	args := strings.Fields(os.Getenv("EDITOR"))
	if len(args) == 0 {
		args = []string{"vi"}
	}
	args = append(args, "+"+strconv.Itoa(max(c.Line, 1)), path)
	cmd := exec.Command(args[0], args[1:]...)
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return editorDoneMsg{err} })
}

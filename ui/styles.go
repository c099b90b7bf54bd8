package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles is every style the reader draws with, built once from the
// background (dark or light) and whether colour is wanted at all.
type Styles struct {
	Dark      bool
	NoColor   bool
	Tab       lipgloss.Style
	ActiveTab lipgloss.Style
	Selected  lipgloss.Style
	Header    lipgloss.Style
	Faint     lipgloss.Style
	Accent    lipgloss.Style
	Primary   lipgloss.Style
	Cite      lipgloss.Style
	Highlight lipgloss.Style
	LineNo    lipgloss.Style
	Status    lipgloss.Style
	Error     lipgloss.Style
	Rule      lipgloss.Style
	Help      help.Styles
}

// NewStyles returns the styles for a dark or light background; noColor
// keeps only bold, faint and reverse so NO_COLOR terminals stay readable.
func NewStyles(isDark, noColor bool) Styles {
	ld := lipgloss.LightDark(isDark)
	s := Styles{Dark: isDark, NoColor: noColor}
	plain := lipgloss.NewStyle()
	s.Tab = plain.Padding(0, 1)
	s.ActiveTab = plain.Padding(0, 1).Bold(true).Reverse(true)
	s.Selected = plain.Reverse(true)
	s.Header = plain.Bold(true)
	s.Faint = plain.Faint(true)
	s.Accent = plain.Bold(true)
	s.Primary = plain.Bold(true)
	s.Cite = plain.Underline(true)
	s.Highlight = plain.Reverse(true)
	s.LineNo = plain.Faint(true)
	s.Status = plain.Bold(true)
	s.Error = plain.Bold(true)
	s.Rule = plain.Faint(true)
	s.Help = help.DefaultStyles(isDark)
	if noColor {
		s.Help = help.Styles{}
		return s
	}
	accent := ld(lipgloss.Color("#7D56F4"), lipgloss.Color("#B79CFF"))
	s.ActiveTab = plain.Padding(0, 1).Bold(true).
		Foreground(ld(lipgloss.Color("#FFFFFF"), lipgloss.Color("#1A1A1A"))).Background(accent)
	s.Tab = s.Tab.Foreground(ld(lipgloss.Color("#555555"), lipgloss.Color("#AAAAAA")))
	s.Selected = plain.Bold(true).
		Foreground(ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#FFFFFF"))).
		Background(ld(lipgloss.Color("#E0D8FF"), lipgloss.Color("#4A3A8A")))
	s.Header = s.Header.Foreground(accent)
	s.Accent = s.Accent.Foreground(accent)
	s.Cite = s.Cite.Foreground(ld(lipgloss.Color("#0066CC"), lipgloss.Color("#6CB6FF")))
	s.Highlight = plain.
		Foreground(ld(lipgloss.Color("#000000"), lipgloss.Color("#000000"))).
		Background(ld(lipgloss.Color("#FFE38A"), lipgloss.Color("#E5C07B")))
	s.Status = s.Status.Foreground(ld(lipgloss.Color("#2E7D32"), lipgloss.Color("#8BD17C")))
	s.Error = s.Error.Foreground(ld(lipgloss.Color("#C62828"), lipgloss.Color("#FF6B6B")))
	return s
}

// glamourStyle names the glamour style matching these styles. Under
// NO_COLOR it is still dark or light: bubbletea drops the colours for such
// a terminal and keeps bold and italic, which reads better than glamour's
// plain-text style with its literal Markdown marks.
func (s Styles) glamourStyle() string {
	if s.Dark {
		return "dark"
	}
	return "light"
}

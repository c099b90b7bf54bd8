package ui

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// tmuxRun drives a private tmux server (its own socket in the test's temp
// folder, no user config), so the test never touches the user's sessions
// and leaves nothing behind.
type tmuxRun struct {
	t      *testing.T
	socket string
}

func (x tmuxRun) cmd(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-S", x.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	return string(out), err
}

func (x tmuxRun) must(args ...string) string {
	x.t.Helper()
	out, err := x.cmd(args...)
	if err != nil {
		x.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return out
}

func (x tmuxRun) capture() string { return x.must("capture-pane", "-p", "-t", "e2e") }

// waitUntil polls until cond holds for what it reads; the deadline only
// stops a hung reader from hanging the suite.
func (x tmuxRun) waitUntil(what string, read func() string, cond func(string) bool) string {
	x.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		last = read()
		if cond(last) {
			return last
		}
		time.Sleep(20 * time.Millisecond)
	}
	x.t.Fatalf("waiting for %s; last screen:\n%s", what, last)
	return ""
}

func (x tmuxRun) waitScreen(want string) string {
	x.t.Helper()
	return x.waitUntil(fmt.Sprintf("%q on screen", want), x.capture, func(s string) bool { return strings.Contains(s, want) })
}

func (x tmuxRun) keys(keys ...string) {
	x.t.Helper()
	x.must(append([]string{"send-keys", "-t", "e2e"}, keys...)...)
}

// TestTmuxEndToEnd runs the real binary on the seeds in tmux, as a person
// would: copy a quote, open an actor and the next one, help, a small
// window, quit.
func TestTmuxEndToEnd(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed")
	}
	if testing.Short() {
		t.Skip("end-to-end test skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "briefing")
	build := exec.Command("go", "build", "-o", bin, "briefing")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	x := tmuxRun{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	t.Cleanup(func() { _, _ = x.cmd("kill-server") })
	// The shell reports the reader's exit status on the pane once it ends,
	// and stays (tmux may drop the last output of a pane that dies at once).
	// No display: the copy must not reach the user's own clipboard.
	run := fmt.Sprintf("%q; echo \"reader exit status $?\"; sleep 600", bin)
	x.must("new-session", "-d", "-x", "120", "-y", "40", "-s", "e2e", "-e", "TERM=xterm-256color",
		"-e", "DISPLAY=", "-e", "WAYLAND_DISPLAY=", "sh", "-c", run,
		";", "set-option", "-s", "set-clipboard", "on")
	x.waitScreen("1 Overview")
	x.waitScreen("Most cited quote")

	x.keys("5")
	x.waitScreen("Quotes 1/")
	x.keys("y")
	cite := regexp.MustCompile(`^".+" — .+ \([^()]+\.txt:\d+(-\d+)?\)$`)
	buf := x.waitUntil("a quote in the tmux buffer", func() string {
		out, _ := x.cmd("show-buffer")
		return strings.TrimSpace(out)
	}, cite.MatchString)
	x.waitScreen("Copied quote")
	t.Logf("copied: %s", buf)

	x.keys("2")
	x.waitScreen("Actors 1/")
	x.keys("Enter")
	first := x.waitScreen("actor 1/")
	x.keys("]")
	second := x.waitScreen("actor 2/")
	if heading(first) == heading(second) || heading(second) == "" {
		t.Fatalf("] did not show another actor: %q then %q", heading(first), heading(second))
	}

	x.keys("?")
	x.waitScreen("copy citation")
	x.keys("?")

	x.must("resize-window", "-t", "e2e", "-x", "60", "-y", "20")
	small := x.waitUntil("a 60x20 screen", x.capture, func(s string) bool {
		lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
		return len(lines) == 20 && strings.Contains(s, "1 Over") && strings.Contains(s, "6 ")
	})
	for i, l := range strings.Split(small, "\n") {
		if utf8.RuneCountInString(l) > 60 {
			t.Errorf("line %d wider than 60: %q", i, l)
		}
	}

	x.keys("q")
	end := x.waitScreen("reader exit status")
	if !strings.Contains(end, "reader exit status 0") {
		t.Fatalf("reader did not exit cleanly:\n%s", end)
	}
}

// heading returns the first text line under the tab bar: the actor's name
// on an actor page.
func heading(screen string) string {
	lines := strings.Split(screen, "\n")
	for _, l := range lines[1:] {
		if s := strings.TrimSpace(l); s != "" {
			return s
		}
	}
	return ""
}

package source

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to the parser as text, Markdown and
// HTML: it must never panic, never let a control character through, and
// every paragraph must cite original bytes that hold its first word.
func FuzzParse(f *testing.F) {
	f.Add([]byte(article), uint8(0))
	f.Add([]byte("# T\n\n*a* [b](c) ![i](j)\n\n- x\n"), uint8(1))
	f.Add([]byte("<p>a &amp; b</p><script>x</script><h1>T</h1>"), uint8(2))
	f.Add([]byte("T\r\n\r\n\"\"q\" ''r'' -- \x1b]52;c;x\x07 \xc2\x9b1m\xff\n"), uint8(0))
	if seeds, err := filepath.Glob("../../seeds/*.txt"); err == nil {
		for _, s := range seeds {
			if raw, err := os.ReadFile(s); err == nil {
				f.Add(raw, uint8(0))
			}
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte, kind uint8) {
		name := [...]string{"a.txt", "a.md", "a.html"}[kind%3]
		doc, err := Parse(name, name, raw)
		if err != nil {
			return
		}
		checkDoc(t, doc)
		if want := indexLines(doc.Raw); !slices.Equal(doc.lineStarts, want) {
			t.Errorf("line starts %v, want %v", doc.lineStarts, want)
		}
		for _, l := range doc.Lines() {
			if controlChar(l) >= 0 || !utf8.ValidString(l) {
				t.Errorf("unsafe line %q", l)
			}
		}
	})
}

// FuzzSanitize checks that Sanitize leaves valid UTF-8 without control
// characters (other than newline and tab) and is idempotent.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"plain", "a\x1b[31mb", "\x1b]52;c;ZXZpbA==\x07", "\xc2\x9b2J", "\xff\xfe", "x\x1b", "\x1bP1;2|x\x1b\\y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Sanitize(s)
		if !utf8.ValidString(got) {
			t.Errorf("invalid UTF-8 from %q: %q", s, got)
		}
		if c := controlChar(got); c >= 0 {
			t.Errorf("control %U survives in %q", c, got)
		}
		if again := Sanitize(got); again != got {
			t.Errorf("not idempotent: %q -> %q", got, again)
		}
	})
}

package source

import (
	"bytes"
	"strings"
	"testing"
)

// checkDoc asserts what must hold of every loaded document: no control
// characters anywhere, sentences inside their paragraph, and every
// paragraph's citation pointing at original bytes that hold its first word.
func checkDoc(t testing.TB, d *Document) {
	t.Helper()
	for _, s := range []string{d.Meta.Title, d.Meta.Byline, d.Meta.Date, d.Meta.Publisher, d.Meta.URL} {
		if c := controlChar(s); c >= 0 {
			t.Errorf("%s: control character %U in meta %q", d.Meta.ID, c, s)
		}
	}
	for i, p := range d.Paragraphs {
		if c := controlChar(p.Text); c >= 0 {
			t.Errorf("%s: control character %U in paragraph %q", d.Meta.ID, c, p.Text)
		}
		if p.Text == "" || strings.TrimSpace(p.Text) != p.Text {
			t.Errorf("%s: paragraph %d is empty or untrimmed: %q", d.Meta.ID, i, p.Text)
			continue
		}
		prev := 0
		for _, s := range p.Sentences {
			if s.Start < prev || s.End > len(p.Text) || s.Start >= s.End {
				t.Errorf("%s: paragraph %d: bad sentence span %v in %q", d.Meta.ID, i, s, p.Text)
			}
			prev = s.End
		}
		w := firstWord(p.Text)
		c := d.Cite(i, 0, len(w))
		if c.Start < 0 || c.End > len(d.Raw) || c.Start >= c.End {
			t.Errorf("%s: paragraph %d: cite %+v out of the file", d.Meta.ID, i, c)
			continue
		}
		orig := normalize(d.Raw[c.Start:c.End])
		// In HTML a word may be split by markup ("Hel<b>lo</b>"); there the
		// span need only lie in the file.
		tagged := d.Meta.Format == "html" && bytes.ContainsAny(d.Raw[c.Start:c.End], "<>")
		if d.Meta.Format == "md" {
			// Markup removed inside the word ("*big*gest") is not text.
			orig, w = stripMarks(stripTags(orig)), stripMarks(w)
		}
		if !tagged && !strings.Contains(orig, w) {
			t.Errorf("%s: paragraph %d: cite %d..%d holds %q, not %q", d.Meta.ID, i, c.Start, c.End, orig, w)
		}
		if c.Line < 1 || c.EndLine < c.Line || c.EndLine > len(d.lineStarts) {
			t.Errorf("%s: paragraph %d: cite lines %d..%d", d.Meta.ID, i, c.Line, c.EndLine)
		}
	}
}

// normalize cleans original bytes the way the loader cleans text.
func normalize(raw []byte) string {
	var b builder
	b.reset()
	feedHTML(&b, raw, 0)
	s, _ := b.text()
	return s
}

// firstWord returns the first word of t, without trailing punctuation.
func firstWord(t string) string {
	w := t
	if i := strings.IndexByte(t, ' '); i > 0 {
		w = t[:i]
	}
	return w
}

// controlChar returns the first control character in s, or -1.
func controlChar(s string) rune {
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 {
			return r
		}
	}
	return -1
}

// stripMarks removes the characters Markdown uses as markup.
func stripMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("*_`~[]()!\\<>#", r) {
			return -1
		}
		return r
	}, s)
}

// stripTags removes inline HTML tags ("<b>", "<A0>"), which Markdown
// text may carry and the loader drops.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

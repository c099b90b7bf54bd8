package source

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
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
		// A segment with olen 0 maps its bytes one for one, so they must
		// be the original bytes (a text of one such segment shares them).
		for k, sg := range p.segs {
			if sg.olen != 0 {
				continue
			}
			end := len(p.Text)
			if k+1 < len(p.segs) {
				end = p.segs[k+1].clean
			}
			if o := sg.orig + end - sg.clean; sg.orig < 0 || o > len(d.Raw) || string(d.Raw[sg.orig:o]) != p.Text[sg.clean:end] {
				t.Errorf("%s: paragraph %d: segment %+v does not copy the file's bytes", d.Meta.ID, i, sg)
			}
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
		span := d.Raw[c.Start:c.End]
		// In HTML a word may be split by markup ("Hel<b>lo</b>"); there the
		// span need only lie in the file.
		tagged := d.Meta.Format == "html" && bytes.ContainsAny(span, "<>")
		orig := normalize(span)
		// Line joins are white space (or none, after a hyphen): compare
		// without it.
		orig, w = strings.ReplaceAll(orig, " ", ""), strings.ReplaceAll(w, " ", "")
		found := strings.Contains(orig, w)
		if d.Meta.Format == "md" {
			// Markup is cut from inside words ("*big*gest", "a[b](c)"):
			// the word's letters and digits must be there, in order.
			found = alnumSubsequence(w, orig)
		}
		if !tagged && !found {
			t.Errorf("%s: paragraph %d: cite %d..%d holds %q, not %q", d.Meta.ID, i, c.Start, c.End, orig, w)
		}
		if c.Line < 1 || c.EndLine < c.Line || c.EndLine > len(d.lineStarts) {
			t.Errorf("%s: paragraph %d: cite lines %d..%d", d.Meta.ID, i, c.Line, c.EndLine)
		}
	}
}

// normalize cleans original bytes the way the loader cleans text, line
// by line as the loader reads them.
func normalize(raw []byte) string {
	var out []string
	for _, line := range bytes.FieldsFunc(raw, func(r rune) bool { return r == '\n' || r == '\r' }) {
		var b builder
		b.reset()
		feedHTML(&b, line, 0)
		s, _ := b.text()
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// firstWord returns the first word of t; it stops at a hyphen too, as a
// word wrapped at its hyphen joins two lines with no space between.
func firstWord(t string) string {
	lead := len(t) - len(strings.TrimLeft(t, "-"))
	if i := strings.IndexAny(t[lead:], " -"); i >= 0 {
		return t[:lead+i]
	}
	return t
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

// alnumSubsequence reports whether the letters and digits of w occur in s
// in the same order.
func alnumSubsequence(w, s string) bool {
	rs := []rune(s)
	k := 0
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		for k < len(rs) && rs[k] != r {
			k++
		}
		if k == len(rs) {
			return false
		}
		k++
	}
	return true
}

package source

import (
	"strings"
	"testing"

	"briefing/seeds"
)

func TestSeeds(t *testing.T) {
	docs, warns, err := LoadFS(seeds.FS, "seeds", Options{})
	if err != nil || len(warns) != 0 {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	want := map[string][4]string{
		"000_44fb05a086d9fa99.txt": {"Russia, Turkey Agree Steps to Tackle Militants in Syria's Idlib, Putin Says", "", "", "69"},
		"002_d6d37c0bac754b8f.txt": {"Putin and Erdogan hold critical meeting on Syria", "Chase Winter", "2018-09-17", "49"},
	}
	furniture := []string{"Skip to", "http", "Related article", "Read more", "Image:", "picture-alliance",
		"greeting each other", "Why a Military Confrontation", "Good News for Russia", "\"\"", "\"'", "''"}
	for _, d := range docs {
		checkDoc(t, d)
		w, ok := want[d.Meta.ID]
		if !ok {
			continue
		}
		m := d.Meta
		if got := [4]string{m.Title, m.Byline, m.Date, itoa(m.Lines)}; got != w {
			t.Errorf("%s: meta %q, want %q", m.ID, got, w)
		}
		for _, p := range d.Paragraphs {
			for _, f := range furniture {
				if strings.Contains(p.Text, f) {
					t.Errorf("%s: furniture %q in paragraph %q", m.ID, f, p.Text)
				}
			}
			if p.Text == m.Title || p.Text == m.Byline {
				t.Errorf("%s: metadata repeated as a paragraph: %q", m.ID, p.Text)
			}
		}
	}
	// Seed 000: the quote broken by a page break and three URLs is one
	// paragraph citing lines 14-22; the sentence broken at line 53 is whole.
	d := docs[0]
	found := 0
	for i, p := range d.Paragraphs {
		if strings.HasPrefix(p.Text, `"Together with Turkey's president`) {
			found++
			if !strings.HasSuffix(p.Text, `as a result," Putin told a joint briefing with Erdogan.`) {
				t.Errorf("quote paragraph not rejoined: %q", p.Text)
			}
			if c := d.Cite(i, 0, len(p.Text)); c.Line != 14 || c.EndLine != 22 {
				t.Errorf("quote paragraph cites %d-%d, want 14-22", c.Line, c.EndLine)
			}
		}
		if strings.Contains(p.Text, "Turkey began taking delivery of Russian S-400 missile defense systems") {
			found++
		}
		if p.Text == "Close ties despite Syria" && !p.Heading {
			t.Errorf("subhead %q not a heading", p.Text)
		}
	}
	if found != 2 {
		t.Errorf("rejoined paragraphs found %d of 2", found)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

package source

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefing/briefing/model"
	"briefing/seeds"
)

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Mr. Putin met Dr. Smith. They talked.", "Mr. Putin met Dr. Smith. | They talked."},
		{"He flew to the U.S. on Monday. The talks began.", "He flew to the U.S. on Monday. | The talks began."},
		{"Aid reached the U.S. The talks began.", "Aid reached the U.S. | The talks began."},
		{"Growth was 3.6 percent. Prices rose.", "Growth was 3.6 percent. | Prices rose."},
		{`"We will win." The crowd cheered.`, `"We will win." | The crowd cheered.`},
		{`"Why now?" he asked. Nobody knew.`, `"Why now?" he asked. | Nobody knew.`},
		{"Gen. Jan. 5 talks with R. Aydogan went well. Next.", "Gen. Jan. 5 talks with R. Aydogan went well. | Next."},
		{"It is at No. 10 Downing St. in London. Yes!", "It is at No. 10 Downing St. in London. | Yes!"},
		{"Wait... What happened? Nobody knows!", "Wait... | What happened? | Nobody knows!"},
		{"No final stop here", "No final stop here"},
		{"(It ended.) Then more.", "(It ended.) | Then more."},
	} {
		var got []string
		for _, s := range splitSentences(tc.in) {
			got = append(got, tc.in[s.Start:s.End])
		}
		if g := strings.Join(got, " | "); g != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, g, tc.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		whole    bool
	}{
		{"September 17, 2018", "2018-09-17", true},
		{"17 September 2018", "2018-09-17", true},
		{"Sept. 17, 2018", "2018-09-17", true},
		{"2018-09-17", "2018-09-17", true},
		{"2018-09-17T10:00:00Z", "2018-09-17", true},
		{"Monday, 17 Sep 2018 10:30 GMT", "2018-09-17", true},
		{"Updated: Jan 3, 2020 at 9:15 am", "2020-01-03", true},
		{"The talks on September 17, 2018 failed", "2018-09-17", false},
		{"February 30, 2018", "", false},
		{"In May the rain came", "", false},
	} {
		got, whole := parseDate(tc.in)
		if got != tc.want || whole != tc.whole {
			t.Errorf("parseDate(%q) = %q, %v; want %q, %v", tc.in, got, whole, tc.want, tc.whole)
		}
	}
}

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`and ""normalize" the`, `and "normalize" the`},
		{`were "'raining death`, `were "raining death`},
		{`border. ''I conveyed`, `border. "I conveyed`},
		{"“Yes,” she said. It’s ‘fine’.", `"Yes," she said. It's 'fine'.`},
		{"talks – and more — and -- then --- end", "talks — and more — and — then — end"},
		{"in 2010–2015", "in 2010-2015"},
		{"the case - filed in 1999 - was rejected; -5 and 10-5", "the case — filed in 1999 — was rejected; -5 and 10-5"},
		{"a\u00a0b\u2009c   d\t e\u200bf", "a b c d ef"},
		{"he said \"no.\"\"", `he said "no."`},
		{"“We won.”“Next year too,” he said.", `"We won." "Next year too," he said.`},
		{`"He said 'no.'" Then`, `"He said 'no.'" Then`},
		{"AT&amp;T &#163;5 &pound;6 &bogus; a & b", "AT&T £5 £6 &bogus; a & b"},
		{"red\x1b[31m text\x1b]52;c;ZXZpbA==\x07 ok\x07", "red text ok"},
	} {
		if got := normalize([]byte(tc.in)); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestSanitize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain\ttext\n", "plain\ttext\n"},
		{"a\x1b[2Jb\x1b]0;title\x07c\x1b]52;c;ZXZpbA==\x1b\\d", "abcd"},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
		{"c1 \u009b31m csi \u009d0;x\u009c osc \u0085nel", "c1  csi  osc nel"},
		{"bad \xff utf8", "bad \ufffd utf8"},
		{"esc at end\x1b", "esc at end"},
	} {
		if got := Sanitize(tc.in); got != tc.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCountLines(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"a", 1}, {"a\n", 1}, {"a\nb", 2}, {"a\n ", 1}, {"a\r\nb\r\n", 2}, {"\n\n", 2},
	} {
		if got := countLines([]byte(tc.in)); got != tc.want {
			t.Errorf("countLines(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestPathological parses inputs built to defeat naive scanning: they
// must load (the test would hang or time out if a scan went quadratic).
func TestPathological(t *testing.T) {
	for name, in := range map[string]string{
		"brackets.md": "T\n\n" + strings.Repeat("[a", 200000),
		"angles.md":   "T\n\n" + strings.Repeat("<a", 200000),
		"abbrev.txt":  "T\n\n" + strings.Repeat("Mr. ", 200000) + "end.",
		"dots.txt":    "T\n\n" + strings.Repeat("a.", 300000),
		"quotes.txt":  "T\n\n" + strings.Repeat("\"'", 300000),
		"tags.html":   strings.Repeat("<div><p>a ", 50000),
		"entity.html": "<p>" + strings.Repeat("&amp", 100000),
		"oldmac.txt":  "Title\r\rFirst para.\rgoes on.\r\rSecond.",
	} {
		d, err := Parse(name, name, []byte(in))
		if err != nil {
			if name != "tags.html" { // one line repeated 50,000 times is a running header
				t.Errorf("%s: %v", name, err)
			}
			continue
		}
		checkDoc(t, d)
		if name == "oldmac.txt" && (d.Meta.Title != "Title" || len(d.Paragraphs) != 2) {
			t.Errorf("old Mac line ends: %q, %d paragraphs", d.Meta.Title, len(d.Paragraphs))
		}
	}
}

// TestWords checks the word count, taken eight bytes at a time, against
// counting byte by byte, and wordsOver against it.
func TestWords(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte{' ', ' ', 'a', 'b', 0xa0, 0xa0 ^ 0x80, 0, 0xff, '.'}
	for range 50000 {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
		s := string(b)
		want, in := 0, false
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' {
				in = false
			} else if !in {
				in = true
				want++
			}
		}
		if got := words(s); got != want {
			t.Fatalf("words(%q) = %d, want %d", s, got, want)
		}
		if n := r.Intn(8); wordsOver(s, n) != (want > n) {
			t.Fatalf("wordsOver(%q, %d) = %v with %d words", s, n, !(want > n), want)
		}
	}
}

// TestPromo checks isPromo, which folds ASCII case as it scans, against
// its definition on the text lowered with strings.ToLower.
func TestPromo(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	parts := append([]string{" ", "a", "In", "X", "é", "\u212a", ": ", "Sign Up For Our", "POWERED BY ", " supported by", "ſign up for our", "\u0130", "£", "\xff"}, promoMarks...)
	for range 50000 {
		var b strings.Builder
		for range r.Intn(6) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		if want := !wordsOver(s, 20) && isPromoLower(strings.ToLower(s), s); isPromo(s) != want {
			t.Fatalf("isPromo(%q) = %v, want %v", s, !want, want)
		}
	}
}

// TestLowersToASCII checks lowersToASCII against strings.ToLower for
// every non-ASCII character.
func TestLowersToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		s := string(r)
		l := strings.ToLower(s)
		ascii := strings.IndexFunc(l, func(c rune) bool { return c < utf8.RuneSelf }) >= 0
		if got := lowersToASCII("x" + s + "y"); got != ascii {
			t.Errorf("lowersToASCII(%q) = %v; strings.ToLower gives %q", s, got, l)
		}
	}
}

// TestEndsSentence checks endsSentence's trimming of closing marks against
// strings.TrimRight.
func TestEndsSentence(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	parts := []string{"a", ".", "!", ":", "…", "\"", "'", ")", "]", " ", "”", "’", "\x9d", "\xe2\x80", "“"}
	for range 50000 {
		var b strings.Builder
		for range r.Intn(6) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		want := false
		if t := strings.TrimRight(s, "\"')]”’ "); t != "" {
			want = strings.ContainsRune(".!?:;", rune(t[len(t)-1])) || strings.HasSuffix(t, "…")
		}
		if got := endsSentence(s); got != want {
			t.Fatalf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPieceStoreKeepsTexts parses a document, then enough others through
// the same scratch stores to fill several blocks (one piece longer than a
// block, one with more segments than a block holds), and checks that the
// first document's texts and segments are unchanged.
func TestPieceStoreKeepsTexts(t *testing.T) {
	first := "Title Line\n\nThe “first” paragraph -- with curly ‘quotes’ and a dash.\n\nIt goes on — here.\n"
	doc, err := Parse("a.txt", "a.txt", []byte(first))
	if err != nil {
		t.Fatal(err)
	}
	type snap struct {
		text string
		segs []segment
	}
	var before []snap
	if len(doc.Paragraphs) != 2 {
		t.Fatalf("%d paragraphs, want 2", len(doc.Paragraphs))
	}
	for _, p := range doc.Paragraphs {
		before = append(before, snap{strings.Clone(p.Text), append([]segment(nil), p.segs...)})
	}
	others := []string{
		strings.Repeat("A long line of plain words that runs on. ", textBlock/20) + "\n",
		strings.Repeat("“q” ", segBlock) + "\n",
	}
	for i := range 200 {
		others = append(others, strings.Repeat("Another “article” line, number "+string(rune('a'+i%26))+".\n\n", 40))
	}
	for i, o := range others {
		if _, err := Parse("b.txt", "b.txt", []byte(o)); err != nil {
			t.Fatalf("other %d: %v", i, err)
		}
	}
	for i, p := range doc.Paragraphs {
		if p.Text != before[i].text || !slices.Equal(p.segs, before[i].segs) {
			t.Errorf("paragraph %d changed: %q %v, was %q %v", i, p.Text, p.segs, before[i].text, before[i].segs)
		}
	}
}

// TestIsStamp checks each kind of small print outside HTML, which the
// quick test for a digit or a ':' must let through, and lines that are not.
func TestIsStamp(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"3 hours ago", true},
		{"2,192 shares", true},
		{"Comments 14", true},
		{"View comments (27)", true},
		{"6:32 PM", true},
		{"Gallery: Launch day | 14 Photos", true},
		{"Posted by Jo Reed on 12 May", true},
		{"Tags: elections, Europe", true},
		{"Filed under: Politics", true},
		{"Labels: a, b", true},
		{"Some hours ago", false},
		{"View comments", false},
		{"Elections in Europe", false},
		{"Posted by Jo Reed", false},
		{"Tags in the news", false},
	} {
		if got := isStamp(tc.in, false); got != tc.want {
			t.Errorf("isStamp(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestSlab checks that a slab's slices have the length asked for, are
// capped, and never share an element, within a block, across blocks and
// when one is too large for a block.
func TestSlab(t *testing.T) {
	s := newSlab[int](16)
	var got [][]int
	for i, n := range []int{1, 3, 4, 0, 5, 2, 9, 4, 4, 1} {
		x := s.make(n)
		if len(x) != n || cap(x) != n {
			t.Fatalf("make(%d): len %d, cap %d", n, len(x), cap(x))
		}
		for k := range x {
			x[k] = i
		}
		got = append(got, x)
	}
	for i, x := range got {
		for _, v := range x {
			if v != i {
				t.Errorf("slice %d holds %v: another slice wrote into it", i, x)
				break
			}
		}
	}
	x := append(got[0], 99)
	if got[1][0] != 1 || &x[0] == &got[0][0] {
		t.Error("an append wrote into the block")
	}
}

// TestCleanName checks cleanName, which returns printable ASCII at once,
// against its definition: Sanitize, then line breaks and tabs made spaces.
func TestCleanName(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	parts := []string{"a", "/b.txt", " ", "~", "\n", "\t", "\r", "\x7f", "\x1b[31m", "\x1b]0;x\x07", "é", "\xc2\x9b", "\xff", "\x00"}
	for range 20000 {
		var b strings.Builder
		for range r.Intn(6) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		want := strings.NewReplacer("\n", " ", "\t", " ").Replace(Sanitize(s))
		if got := cleanName(s); got != want {
			t.Fatalf("cleanName(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestHasASCIIPrefixFold checks hasASCIIPrefixFold, which compares bytes
// itself, against its definition with strings.EqualFold, for ASCII
// prefixes and texts with runes that fold to ASCII letters.
func TestHasASCIIPrefixFold(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	parts := []string{"a", "A", "b", "s", "S", "k", "K", " ", ":", "©", "\u212a", "ſ", "é", "É", "\xff", "[", "{", "@", "`"}
	gen := func(n int) string {
		var b strings.Builder
		for range r.Intn(n) {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		return b.String()
	}
	for range 100000 {
		s, p := gen(6), gen(4)
		want := len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
		if !isPrintableASCII(p) {
			continue
		}
		if got := hasASCIIPrefixFold(s, p); got != want {
			t.Fatalf("hasASCIIPrefixFold(%q, %q) = %v, want %v", s, p, got, want)
		}
	}
}

// TestCreditTails checks that a caption ending in each agency's credit is
// one, with or without its closing bracket, past the quick test of its
// last byte, and that ordinary lines are not.
func TestCreditTails(t *testing.T) {
	for _, tail := range creditTails {
		for _, line := range []string{"Smoke rises over the city " + tail, "Smoke rises over the city " + tail + " ", "(Smoke rises over the city " + tail + ")"} {
			if !isCredit(line) {
				t.Errorf("isCredit(%q) = false, want true", line)
			}
		}
	}
	for _, line := range []string{"Smoke rises over the city.", "Talks went on (as planned)", "Getty Images said so on Monday."} {
		if isCredit(line) {
			t.Errorf("isCredit(%q) = true, want false", line)
		}
	}
}

// TestCiteMatchesSearch checks Cite, which searches for a span's last
// segment and last line only when they differ from its first's, against
// the plain version that searches for both, on every seed paragraph and
// spans of many starts and lengths.
func TestCiteMatchesSearch(t *testing.T) {
	docs, _, err := LoadFS(seeds.FS, "seeds", Options{})
	if err != nil {
		t.Fatal(err)
	}
	plain := func(d *Document, p, start, end int) model.Cite {
		para := &d.Paragraphs[p]
		start = min(max(start, 0), len(para.Text)-1)
		end = min(max(end, start+1), len(para.Text))
		for end-1 > start && para.Text[end-1] == ' ' {
			end--
		}
		for start < end-1 && para.Text[start] == ' ' {
			start++
		}
		os, oe := start, end
		if len(para.segs) > 0 {
			os = para.segs[para.segIndex(start)].orig1(start)
			oe = para.segs[para.segIndex(end-1)].origEnd(end - 1)
		}
		oe = max(oe, os+1)
		return model.Cite{Source: d.Meta.ID, Line: d.LineAt(os), EndLine: d.LineAt(oe - 1), Start: os, End: oe}
	}
	r := rand.New(rand.NewSource(6))
	n := 0
	for _, d := range docs {
		for p, para := range d.Paragraphs {
			for range 50 {
				start := r.Intn(len(para.Text)+4) - 2
				end := start + r.Intn(min(len(para.Text), 300)+2)
				if got, want := d.Cite(p, start, end), plain(d, p, start, end); got != want {
					t.Fatalf("%s paragraph %d: Cite(%d, %d) = %+v, want %+v", d.Meta.ID, p, start, end, got, want)
				}
				n++
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d spans checked", n)
	}
}

func TestNextBlock(t *testing.T) {
	for _, tc := range []struct{ last, full, want int }{{0, 64, 8}, {8, 64, 16}, {32, 64, 64}, {64, 64, 64}} {
		if got := nextBlock(tc.last, tc.full); got != tc.want {
			t.Errorf("nextBlock(%d, %d) = %d, want %d", tc.last, tc.full, got, tc.want)
		}
	}
}

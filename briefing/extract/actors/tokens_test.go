package actors

import (
	"math/rand/v2"
	"slices"
	"testing"

	"briefing/briefing/source"
	"briefing/internal/testkit"
	"briefing/seeds"
)

// asciiLettersSlow is asciiLetters8 as a byte loop.
func asciiLettersSlow(s string) (int, uint8) {
	var seen uint8
	n := 0
	for n < len(s) && asciiWord[s[n]]&(kindLower|kindUpper) != 0 {
		seen |= asciiWord[s[n]]
		n++
	}
	return n, seen
}

func TestASCIILetters8(t *testing.T) {
	check := func(s string) {
		t.Helper()
		n, letters := asciiLetters8(load64(s))
		seen := letterKinds(load64(s), letters)
		if wn, wseen := asciiLettersSlow(s); n != wn || seen != wseen {
			t.Fatalf("asciiLetters8(%q) = %d, %b; want %d, %b", s, n, seen, wn, wseen)
		}
	}
	// Every byte at every position, after letters of both cases.
	for c := range 256 {
		for at := range 8 {
			b := []byte("aBcDeFgH")
			b[at] = byte(c)
			check(string(b))
			b = []byte("zzzzZZZZ")
			b[at] = byte(c)
			check(string(b))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	const some = "azAZ09@[`{-.' \x7f\x80\xc3\xe1\xff"
	for range 100000 {
		var b [8]byte
		for i := range b {
			b[i] = some[r.IntN(len(some))]
		}
		check(string(b[:]))
	}
}

// checkTokenize compares tokenize on p with tokenizeRef: the tokens and
// the words each marks for docWords.
func checkTokenize(t *testing.T, p *source.Paragraph) {
	t.Helper()
	var words docWords
	got := tokenize(nil, p, &words)
	var marks refMarks
	want := tokenizeRef(nil, p, &marks)
	if !slices.Equal(got, want) {
		t.Fatalf("%q:\ngot  %v\nwant %v", p.Text, got, want)
	}
	if !slices.Equal(words.lower.words, marks.lower) || !slices.Equal(words.capMid.words, marks.capMid) {
		t.Fatalf("%q: marked lower %v capMid %v\nwant lower %v capMid %v", p.Text,
			words.lower.words, words.capMid.words, marks.lower, marks.capMid)
	}
}

// TestTokenizeRef checks the tokenizer against its plain version over
// the seeds and the BBC corpus.
func TestTokenizeRef(t *testing.T) {
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !testing.Short() {
		if bbc, _, err := source.Load([]string{testkit.Corpus(t, "bbc")}, source.Options{}); err == nil {
			docs = append(docs, bbc...)
		}
	}
	for _, d := range docs {
		for i := range d.Paragraphs {
			checkTokenize(t, &d.Paragraphs[i])
		}
	}
}

func FuzzTokenizeRef(f *testing.F) {
	for _, s := range []string{"Mr. Putin's U.S. trip", "al-Assad’s “forces”", "S-400 (HTS) — ok", "I'd say '",
		"", "The allies' plan. AT&T's O'Neill met Blair. \"Yes,\" said Ms Smith: NATO", "PeÃ±a Nieto, Erdog\u0306an",
		"abcdefgh ABCDEFGH abcdefghi Abcdefg. abcdefg's 2011 x9 9x aBcD"} {
		f.Add(s, uint8(len(s)/2))
	}
	f.Fuzz(func(t *testing.T, s string, cut uint8) {
		p := source.Paragraph{Text: s, Sentences: []source.Span{{Start: 0, End: len(s)}}}
		if c := int(cut); c < len(s) {
			p.Sentences = []source.Span{{Start: 0, End: c}, {Start: c, End: len(s)}}
		}
		checkTokenize(t, &p)
	})
}

// TestLongLetters checks longLetters against wordAt, and that it reads
// the words it is for: eight or more ASCII letters, then a byte that ends
// every word, with room for a load after them.
func TestLongLetters(t *testing.T) {
	g := loadGeo()
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"national team play", true}, {"national team", false}, {"Internationally, yes", true}, {"BROADCAST news today", true},
		{"BROADCASTING! yes", true}, {"McDonalds said this", true}, {"abcdefghijklmnop qrstuvwx", true},
		{"abcdefghijklmnopq rstuvwx", true}, {"Abcdefghijklmnopqrstuvwxyz; and so on", true},
		{"national", false}, {"national.", false}, {"national. Then", false}, {"nationals' team", false},
		{"national's team", false}, {"national-level talks", false}, {"national2 team", false},
		{"nationalé team", false}, {"BROADCASTERS. The end", false}, {"Internationally", false},
	} {
		end, f, ok := longLetters(c.text, 0, load64(c.text))
		if ok != c.ok {
			t.Errorf("longLetters(%q): ok %v, want %v", c.text, ok, c.ok)
		}
		if !ok {
			continue
		}
		if j, wend, wf := wordAt(g, c.text, 0); end != j || end != wend || f != wf {
			t.Errorf("longLetters(%q) = %d, %b; wordAt gives %d, %d, %b", c.text, end, f, j, wend, wf)
		}
	}
}

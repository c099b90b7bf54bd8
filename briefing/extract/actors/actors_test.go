package actors

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefing/briefing/source"
	"briefing/internal/cputime"
	"briefing/internal/testkit"
	"briefing/seeds"
)

// doc makes a one-file document from inline text; the first line is the title.
func doc(t testing.TB, text string) *source.Document {
	t.Helper()
	d, err := source.Parse("t.txt", "t.txt", []byte("Title\n\n"+text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// describe prints the actors of an index one per line, as the goldens hold them.
func describe(ix *Index) string {
	var b strings.Builder
	for _, a := range ix.Actors() {
		fmt.Fprintf(&b, "%s | %s | %s | aliases=%s | role=%s | affiliation=%s | mentions=%d\n",
			a.ID, a.Name, a.Kind, strings.Join(a.Aliases, ", "), a.Role, a.Affiliation, a.Mentions)
	}
	return b.String()
}

func seedDocs(t testing.TB) []*source.Document {
	docs, _, err := source.LoadFS(seeds.FS, "seeds", source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestSeedsGolden(t *testing.T) {
	ix := Build(seedDocs(t))
	testkit.Golden(t, filepath.Join("testdata", "seeds.golden"), []byte(describe(ix)))
	for _, a := range ix.Actors() {
		if len(a.Cites) != a.Mentions {
			t.Errorf("%s: %d cites for %d mentions", a.ID, len(a.Cites), a.Mentions)
		}
	}
}

// TestBBCNoJunk builds each BBC category and checks that no actor is a
// weekday, a month, a common sentence opener or a bare title.
func TestBBCNoJunk(t *testing.T) {
	root := testkit.Corpus(t, "bbc")
	junk := set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
		"February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
		"The", "But", "However", "Those", "These", "Much", "Together", "President", "Minister", "Government",
		"He", "She", "It", "They", "This", "In", "Mr", "Prime Minister", "Chancellor", "Secretary", "Chairman")
	for _, cat := range []string{"business", "politics", "sport", "tech", "entertainment"} {
		docs, _, err := source.Load([]string{filepath.Join(root, cat)}, source.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ix := Build(docs)
		for _, a := range ix.Actors() {
			if has(junk, a.Name) {
				t.Errorf("%s: junk actor %q", cat, a.Name)
			}
			for _, al := range a.Aliases {
				if has(junk, al) {
					t.Errorf("%s: actor %q has junk alias %q", cat, a.Name, al)
				}
			}
			if a.Mentions != len(a.Cites) {
				t.Errorf("%s: %s has %d cites for %d mentions", cat, a.ID, len(a.Cites), a.Mentions)
			}
		}
	}
}

// benchDocs loads the BBC corpus for a benchmark (skipping without it),
// sets its size as the bytes per op, and builds the tables beforehand.
func benchDocs(b *testing.B) []*source.Document {
	docs, _, err := source.Load([]string{testkit.Corpus(b, "bbc")}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Raw)
	}
	loadGeo()
	b.SetBytes(int64(size))
	b.ResetTimer()
	return docs
}

func BenchmarkActors(b *testing.B) {
	docs := benchDocs(b)
	b.ReportAllocs()
	defer cputime.Measure(b, 0)()
	for b.Loop() {
		Build(docs)
	}
}

// BenchmarkTokenize measures pass one's tokenizer alone over the corpus.
func BenchmarkTokenize(b *testing.B) {
	root := testkit.Corpus(b, "bbc")
	docs, _, err := source.Load([]string{root}, source.Options{})
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		for i := range d.Paragraphs {
			size += len(d.Paragraphs[i].Text)
		}
	}
	loadGeo()
	b.SetBytes(int64(size))
	var toks []keptToken
	var words docWords
	defer cputime.Measure(b, int64(size))()
	for b.Loop() {
		for _, d := range docs {
			words.reset()
			for i := range d.Paragraphs {
				toks = tokenize(toks[:0], &d.Paragraphs[i], &words)
			}
		}
	}
}

// TestCourtesyStart checks the quick tests of courtesyStart against trying
// every courtesy title.
func TestCourtesyStart(t *testing.T) {
	plain := func(text string, start int) int {
		for _, c := range courtesyTitles {
			if s := start - len(c); s >= 0 && text[s:start] == c && (s == 0 || !isWordByte(text[s-1])) {
				return s
			}
		}
		return start
	}
	text := "Mr. A, Mrs. B Ms. C (Dr. D) Mr E Mrs F Ms G Dr H Miss I says J Minister K Mrs L's xMr M .Ms N 'Dr O"
	for i := 0; i <= len(text); i++ {
		if got, want := courtesyStart(text, i), plain(text, i); got != want {
			t.Errorf("%q at %d: got %d, want %d", text, i, got, want)
		}
	}
}

// TestFirstField checks firstField against strings.Fields.
func TestFirstField(t *testing.T) {
	for _, s := range []string{
		"", "Putin", "Vladimir Putin", " Putin said", "\tA\nB", "Jos\u00e9 Mar\u00eda", "al\u00a0Qaeda group",
		"Ren\u00e9e\u00a0Fleming", "\u00a0Fleming x", "A\rB", "AB\vC\fD",
	} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[0]
		}
		if got := firstField(s); got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSortKeyed checks the radix sort against sorting by comparison.
func TestSortKeyed(t *testing.T) {
	words := []string{"", "a", "al qaeda", "al qaeda in iraq", "al qaedah", "b", "united kingdom", "united kingdoms",
		"united nations", "united states", "united", "unite", "zz", "\u00e9lys\u00e9e", "ab cd", "abc"}
	var cs []keyedCand
	for k, w := range words {
		cs = append(cs, keyedCand{keyHead(w), w, nil})
		for _, x := range words[k:] {
			if x != "" && w != "" {
				cs = append(cs, keyedCand{keyHead(w + " " + x), w + " " + x, nil})
			}
		}
	}
	// Unique keys, in a scrambled order.
	seen := map[string]bool{}
	cs = slices.DeleteFunc(cs, func(c keyedCand) bool { dup := seen[c.key]; seen[c.key] = true; return dup })
	for i := range cs {
		j := (i*7919 + 13) % len(cs)
		cs[i], cs[j] = cs[j], cs[i]
	}
	want := slices.Clone(cs)
	slices.SortFunc(want, func(a, b keyedCand) int { return strings.Compare(a.key, b.key) })
	sortKeyed(cs)
	for i := range cs {
		if cs[i].key != want[i].key {
			t.Fatalf("at %d: got %q, want %q", i, cs[i].key, want[i].key)
		}
	}
}

// TestArenaSlug checks the arena's slugs against slug, and its keys
// against matchKey, and that those handed out stay as they were when
// later ones fill new chunks.
func TestArenaSlug(t *testing.T) {
	names := []string{"", "'", "-", "Hayat Tahrir al-Sham", "U.N.", "  Mr. X  ", "O'Neill", "AT&T", "3M",
		"--a--", "x.", "Smith-", "A  B", "B-52s", "UK Independence Party (UKIP)", "Sinn Fein's", "E.ON",
		"\u00c9lys\u00e9e", "Jos\u00e9 Mar\u00eda Aznar", "Recep Tayyip Erdo\u011fan", "Caf\u00c3\u00a9 Nero"}
	for k := range 400 { // enough to fill several chunks
		names = append(names, strings.Repeat("Name ", k%40)+fmt.Sprint(k))
	}
	var a keyArena
	got := make([]string, len(names))
	for k, n := range names {
		got[k] = a.slug(n)
	}
	for k, n := range names {
		if want := slug(n); got[k] != want {
			t.Errorf("slug(%q): arena has %q, want %q", n, got[k], want)
		}
	}
	// And its keys against matchKey, likewise.
	var keys keyArena
	for k, n := range names {
		got[k] = keys.key(n)
	}
	for k, n := range names {
		if want := matchKey(n); got[k] != want {
			t.Errorf("matchKey(%q): arena has %q, want %q", n, got[k], want)
		}
	}
}

// TestCarveFields checks carveFields against strings.Fields, over enough
// names to fill several blocks.
func TestCarveFields(t *testing.T) {
	names := []string{"putin", "recep tayyip erdogan", " al  assad ", "jos\u00e9\u00a0mar\u00eda", "a\tb\nc", "x"}
	for k := range 600 {
		names = append(names, strings.Repeat("w ", k%9)+fmt.Sprint(k))
	}
	var block []string
	got := make([][]string, len(names))
	for k, n := range names {
		got[k] = carveFields(&block, n)
	}
	for k, n := range names {
		if want := strings.Fields(n); !slices.Equal(got[k], want) {
			t.Errorf("carveFields(%q) = %q, want %q", n, got[k], want)
		}
	}
}

// TestActorOf checks ActorOf against Actor for every mention of the seeds,
// and for mentions made by hand, which know no entity.
func TestActorOf(t *testing.T) {
	ix := Build(seedDocs(t))
	n := 0
	for d := range ix.mentions {
		for p := range ix.mentions[d] {
			for _, m := range ix.Mentions(d, p) {
				if got, want := ix.ActorOf(m), ix.Actor(m.Actor); got != want || got == nil {
					t.Errorf("mention %+v: ActorOf gives %p, Actor %p", m, got, want)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no mentions")
	}
	for _, a := range ix.Actors() {
		if got := ix.ActorOf(Mention{Actor: a.ID}); got == nil || got.ID != a.ID {
			t.Errorf("ActorOf(Mention{Actor: %q}) = %v", a.ID, got)
		}
	}
	if got := ix.ActorOf(Mention{Actor: "no-such-actor"}); got != nil {
		t.Errorf("ActorOf of an unknown ID = %v, want nil", got)
	}
	if got := (&Index{}).ActorOf(Mention{Actor: "x"}); got != nil {
		t.Errorf("ActorOf on an empty index = %v, want nil", got)
	}
}

// TestAppendCarved checks lists grown by appendCarved, their first slots
// carved from one block, against lists grown by append.
func TestAppendCarved(t *testing.T) {
	var block []int
	got := make([][]int, 3000)
	want := make([][]int, len(got))
	for round := range 3 {
		for k := range got {
			if k%(round+1) == 0 {
				got[k] = appendCarved(&block, got[k], k*10+round)
				want[k] = append(want[k], k*10+round)
			}
		}
	}
	for k := range got {
		if !slices.Equal(got[k], want[k]) {
			t.Fatalf("list %d: %v, want %v", k, got[k], want[k])
		}
	}
}

// TestSpeakerOf checks that a one-word speaker takes the one unclassified
// pair of words it ends, and no pair when several end in it.
func TestSpeakerOf(t *testing.T) {
	b := &builder{unknown: map[string]unknownName{}}
	mirza := &cand{key: "sania mirza", n: 3}
	b.addUnknown(mirza)
	b.addUnknown(&cand{key: "jones", n: 1})
	b.addUnknown(&cand{key: "tom jones", n: 2})
	if got := b.speakerOf(&cand{key: "mirza", report: 1}); got != mirza {
		t.Errorf("speakerOf(mirza) = %v, want %v", got, mirza)
	}
	if got := b.speakerOf(&cand{key: "jones", report: 1}); got != nil {
		t.Errorf("speakerOf(jones), two pairs: %v, want nil", got)
	}
	if got := b.speakerOf(&cand{key: "smith", report: 1}); got != nil {
		t.Errorf("speakerOf(smith), no pair: %v, want nil", got)
	}
}

// TestSortByLength checks the counting sort against a stable sort by
// comparison.
func TestSortByLength(t *testing.T) {
	var cs []*cand
	for k := range 500 {
		cs = append(cs, &cand{key: fmt.Sprint(k), ntok: int32(1 + k*7%11%6)})
	}
	want := slices.Clone(cs)
	slices.SortStableFunc(want, func(a, b *cand) int { return int(b.ntok - a.ntok) })
	sortByLength(cs)
	for k := range cs {
		if cs[k] != want[k] {
			t.Fatalf("at %d: %q (%d tokens), want %q (%d)", k, cs[k].key, cs[k].ntok, want[k].key, want[k].ntok)
		}
	}
	sortByLength(nil)
}

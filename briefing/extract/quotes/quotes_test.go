package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// parse builds the documents of texts through the real loader and actors.
func parse(t testing.TB, texts ...string) ([]*source.Document, *actors.Index) {
	t.Helper()
	var docs []*source.Document
	for _, text := range texts {
		doc, err := source.Parse("t.txt", "t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs, actors.Build(docs)
}

type want struct {
	text, speaker string
	partial       bool
}

func TestFind(t *testing.T) {
	const head = "Talks in the capital\n\n"
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"after cue name said", `"We will rebuild every school in the region," Angela Merkel said on Monday.`,
			[]want{{"We will rebuild every school in the region", "Angela Merkel", false}}},
		{"after cue said name", `"The border stays open for everyone," said Justin Trudeau.`,
			[]want{{"The border stays open for everyone", "Justin Trudeau", false}}},
		{"added", "Angela Merkel spoke in Berlin.\n\n\"We expect an answer within days,\" Merkel added.",
			[]want{{"We expect an answer within days", "Angela Merkel", false}}},
		{"told", `"There is no other way forward for us," Justin Trudeau told a joint briefing with reporters.`,
			[]want{{"There is no other way forward for us", "Justin Trudeau", false}}},
		{"according to", `"The talks have failed completely," according to Justin Trudeau.`,
			[]want{{"The talks have failed completely", "Justin Trudeau", false}}},
		{"colon", `Justin Trudeau said: "We will not sign this agreement."`,
			[]want{{"We will not sign this agreement.", "Justin Trudeau", false}}},
		{"said that partial", `Angela Merkel said that "the whole world is watching us today."`,
			[]want{{"the whole world is watching us today.", "Angela Merkel", true}}},
		{"appositive before verb", `Angela Merkel, standing next to her guest, said it was wrong that troops were "shelling towns every single night."`,
			[]want{{"shelling towns every single night.", "Angela Merkel", true}}},
		{"pronoun", "Angela Merkel met Justin Trudeau on Monday.\n\nAngela Merkel said that \"the plan can still work for all sides.\"\n\n\"I believe the statement gives new hope,\" she added.",
			[]want{{"the plan can still work for all sides.", "Angela Merkel", true}, {"I believe the statement gives new hope", "Angela Merkel", false}}},
		{"continued quote paragraph", "\"We are ready to talk,\" Justin Trudeau said.\n\n\"But we will not wait forever for an answer.\"",
			[]want{{"We are ready to talk", "Justin Trudeau", false}, {"But we will not wait forever for an answer.", "Justin Trudeau", false}}},
		{"multi paragraph", "Justin Trudeau said:\n\n\"The first part of the plan is simple.\n\n\"The second part will take longer, and it will cost more.\"",
			[]want{{"The first part of the plan is simple. The second part will take longer, and it will cost more.", "Justin Trudeau", false}}},
		{"scare quote and title", `Officials want to "normalize" the situation, as the show "Meet the Press" reported.`, nil},
		{"title with comma inside and address", `He said on "State of the Union," a show, and posted "https://example.com/a b c" there.`, nil},
		{"three word partial", `A senior German official said the allies must take steps to "alleviate the problem."`,
			[]want{{"alleviate the problem.", "a senior German official", true}}},
		{"the official back reference", "A senior German official said the talks were hard.\n\n\"The necessary measures need to be taken now,\" the official also said.",
			[]want{{"The necessary measures need to be taken now", "a senior German official", false}}},
		{"curly marks", "“We will rebuild every school in the region,” Angela Merkel said.",
			[]want{{"We will rebuild every school in the region", "Angela Merkel", false}}},
		{"guillemets", "«We will rebuild every school in the region,» Angela Merkel said.",
			[]want{{"We will rebuild every school in the region", "Angela Merkel", false}}},
		{"doubled and mixed marks", `Angela Merkel said troops were "'shelling towns every single night." ''We want peace for everyone,'' she added.`,
			[]want{{"shelling towns every single night.", "Angela Merkel", true}, {"We want peace for everyone", "Angela Merkel", false}}},
		{"unbalanced mark", `Angela Merkel said the "deal is dead and nobody will revive it.`, nil},
		{"inch marks", `The fence is 6'5" tall and "nobody can climb over it," Justin Trudeau said.`,
			[]want{{"nobody can climb over it", "Justin Trudeau", true}}},
		{"split quote", `"We will win," Justin Trudeau said, "and we will win big this time."`,
			[]want{{"We will win", "Justin Trudeau", false}, {"and we will win big this time.", "Justin Trudeau", false}}},
		{"appositive name after description", `Trudeau's campaign chairman, John Podesta, said: "The race is far from over now."`,
			[]want{{"The race is far from over now.", "John Podesta", false}}},
		{"relative clause after name", `"It is a good day for the country," said Angela Merkel, who spoke in Berlin.`,
			[]want{{"It is a good day for the country", "Angela Merkel", false}}},
		{"participle takes main subject", `In an interview, Angela Merkel praised the deal, saying it would "protect every family in Europe."`,
			[]want{{"protect every family in Europe.", "Angela Merkel", true}}},
		{"partial with no speech verb", `Justin Trudeau thanked the mayor for "stepping up when nobody else would."`,
			[]want{{"stepping up when nobody else would.", "Justin Trudeau", true}}},
		{"second quote in paragraph", `"We will win," Justin Trudeau said after meeting Angela Merkel. "Nobody can stop us now."`,
			[]want{{"We will win", "Justin Trudeau", false}, {"Nobody can stop us now.", "Justin Trudeau", false}}},
		{"colon paragraph before quote", "Justin Trudeau said in a statement:\n\n\"We stand with the people of the region today.\"",
			[]want{{"We stand with the people of the region today.", "Justin Trudeau", false}}},
		{"unnamed description", `"Nobody expected the talks to end this way," a senior diplomat said.`,
			[]want{{"Nobody expected the talks to end this way", "a senior diplomat", false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs, ix := parse(t, head+tc.in+"\n")
			got := Find(docs, ix)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d quotes, want %d: %+v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Text != w.text || g.SpeakerName != w.speaker || g.Partial != w.partial {
					t.Errorf("quote %d = (%q, %q, partial %v), want (%q, %q, partial %v)",
						i, g.Text, g.SpeakerName, g.Partial, w.text, w.speaker, w.partial)
				}
				if g.ID != "q"+string(rune('1'+i)) {
					t.Errorf("quote %d has ID %q", i, g.ID)
				}
			}
		})
	}
}

// TestCiteAcrossParagraphs checks that a multi-paragraph quote cites from
// its first line to its last.
func TestCiteAcrossParagraphs(t *testing.T) {
	in := "Title\n\nJustin Trudeau said:\n\n\"The first part of the plan\nis simple.\n\n\"The second part will take longer.\"\n"
	docs, ix := parse(t, in)
	got := Find(docs, ix)
	if len(got) != 1 {
		t.Fatalf("got %+v", got)
	}
	if c := got[0].Cite; c.Line != 5 || c.EndLine != 8 {
		t.Errorf("cite lines %d-%d, want 5-8", c.Line, c.EndLine)
	}
}

// TestAffiliation checks that a description keeps the country it names.
func TestAffiliation(t *testing.T) {
	docs, ix := parse(t, "Title\n\nA senior Turkish official said Russia must take steps to \"alleviate the problem.\"\n")
	got := Find(docs, ix)
	if len(got) != 1 || got[0].Speaker != "" || got[0].SpeakerName != "a senior Turkish official" {
		t.Fatalf("got %+v", got)
	}
	if got[0].Affiliation == "" {
		t.Errorf("no affiliation for %q", got[0].SpeakerName)
	}
}

// FuzzFind checks that any text gives quotes whose pieces come from their
// paragraphs and whose cites stay inside the file, without panicking.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"T\n\n\"We will win,\" he said.",
		"T\n\n“Open\n\n“still open",
		"T\n\n''a b c'' \"'x y z\" «q r s» \"",
		"T\n\nHe said \"\" \"\"\" '' ' \"a",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := source.Parse("f.txt", "f.txt", []byte(in))
		if err != nil {
			return
		}
		docs := []*source.Document{doc}
		ix := actors.Build(docs)
		fds := (&docState{ix: ix}).findDoc(0, doc)
		for _, fd := range fds {
			var parts []string
			for _, pc := range fd.pieces {
				text := doc.Paragraphs[pc.para].Text
				if pc.s < 0 || pc.e > len(text) || pc.s >= pc.e {
					t.Fatalf("piece %+v outside paragraph of %d bytes", pc, len(text))
				}
				parts = append(parts, text[pc.s:pc.e])
			}
			if got := strings.Join(parts, " "); got != fd.q.Text {
				t.Fatalf("text %q is not its pieces %q", fd.q.Text, got)
			}
			checkCite(t, fd.q.Cite, doc.Meta.Lines)
		}
		Find(docs, ix)
	})
}

func checkCite(t *testing.T, c model.Cite, lines int) {
	t.Helper()
	if c.Line < 1 || c.EndLine < c.Line || c.EndLine > lines {
		t.Fatalf("cite lines %d-%d outside 1-%d", c.Line, c.EndLine, lines)
	}
}

// FuzzTokenWindows checks that the tokens made of part of a paragraph are
// those of the whole paragraph: tokensTo gives a prefix holding every token
// before the byte asked for and the next one, sentenceTokens a run from a
// sentence's start to the same end, cueTokens a run from there on as far
// as afterCue reads.
func FuzzTokenWindows(f *testing.F) {
	for _, s := range []string{
		`He said: "We will win," Mr. Sanders' aide told U.S. reporters.`,
		"A  b’s ‘c’  \"d\" O'Neill's al-Assad R-Ky. «e» — f\u00a0g",
		"x  y",
		strings.Repeat("Word after word. ", 40) + `He said "yes" and more ` + strings.Repeat("words ", 100) + `"then," he said`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		whole := tokenize(nil, text, 0, len(text))
		doc := &source.Document{Paragraphs: []source.Paragraph{{Text: text}}}
		// Each state is asked in turn, as quotes ask: one from scratch, one
		// growing its tokens as at moves on.
		grown := &docState{}
		grown.start(0, doc)
		for at := 0; at <= len(text); at++ {
			fresh := &docState{}
			fresh.start(0, doc)
			n := tokIndex(whole, at)
			for _, st := range []*docState{fresh, grown} {
				to := st.tokensTo(0, at)
				if want := min(n+1, len(whole)); len(to) < want || !sameToks(to, whole[:len(to)]) {
					t.Fatalf("tokensTo(%d) = %v, want a prefix of %v with %d tokens", at, to, whole, want)
				}
				checkCueTokens(t, whole, st.cueTokens(0, at), at)
				checkSentenceTokens(t, whole, st.sentenceTokens(0, at), at)
			}
		}
	})
}

func checkSentenceTokens(t *testing.T, whole, ts []tok, at int) {
	t.Helper()
	n := tokIndex(whole, at)
	o := runAt(t, whole, ts)
	if o+len(ts) < min(n+1, len(whole)) {
		t.Fatalf("sentenceTokens(%d) = %v, want a run of %v through token %d", at, ts, whole, n)
	}
	if got, want := beforeCue(ts, at), beforeCue(whole, at); !sameToks(got, want) {
		t.Fatalf("beforeCue(%d) reads %v from sentenceTokens, %v from the whole paragraph", at, got, want)
	}
	if got, want := sentenceSubject(ts, at), sentenceSubject(whole, at); !sameToks(got, want) {
		t.Fatalf("sentenceSubject(%d) reads %v from sentenceTokens, %v from the whole paragraph", at, got, want)
	}
	if o == 0 {
		return
	}
	for k := n - o - 1; k >= 0; k-- {
		if sentenceEnd(ts, k) && sentenceEnd(whole, o+k) {
			return
		}
	}
	t.Fatalf("sentenceTokens(%d) = %v starts past its sentence's start", at, ts)
}

// runAt returns where ts starts in whole, or fails the test when ts is not
// a run of whole.
func runAt(t *testing.T, whole, ts []tok) int {
	t.Helper()
	o := 0
	if len(ts) > 0 {
		for o < len(whole) && !sameTok(whole[o], ts[0]) {
			o++
		}
	}
	if o+len(ts) > len(whole) || !sameToks(ts, whole[o:o+len(ts)]) {
		t.Fatalf("%v is not a run of %v", ts, whole)
	}
	return o
}

// sameTok reports whether a and b are the same token of a text; the lists
// a token has looked up are no part of it.
func sameTok(a, b tok) bool { return a.s == b.s && a.e == b.e && a.w == b.w && a.punct == b.punct }

func sameToks(a, b []tok) bool { return slices.EqualFunc(a, b, sameTok) }

func checkCueTokens(t *testing.T, whole, ts []tok, at int) {
	t.Helper()
	if o := runAt(t, whole, ts); o > tokIndex(whole, at) {
		t.Fatalf("cueTokens(%d) = %v, want a run of %v from token %d on", at, ts, whole, tokIndex(whole, at))
	}
	for _, loose := range []bool{false, true} {
		if got, want := afterCue(ts, at, loose), afterCue(whole, at, loose); !sameToks(got, want) {
			t.Fatalf("afterCue(%d) reads %v from cueTokens, %v from the whole paragraph", at, got, want)
		}
	}
}

// TestMayContainFold checks the text test that lets findIndefinite pass
// over paragraphs: it may say yes wrongly, never no.
func TestMayContainFold(t *testing.T) {
	for _, tt := range []struct {
		text, w string
		want    bool
	}{
		{"A senior OFFICIAL said", "official", true},
		{"an official's view", "official", true},
		{"the officer said", "official", false},
		{"", "official", false},
		{"a \u017Fource said", "source", true}, // ſ folds to s
		{"the \u212Aing", "king", true},        // the Kelvin sign folds to k
		{"a source", "\u017Fource", true},
		{"£5 for the OFFICER", "official", false}, // other runes beyond ASCII fold to no ASCII letter
		{"Bob and Sam", "sam", true},
	} {
		if got := mayContainFold(tt.text, tt.w); got != tt.want {
			t.Errorf("mayContainFold(%q, %q) = %v, want %v", tt.text, tt.w, got, tt.want)
		}
		for _, word := range strings.Fields(tt.text) {
			if strings.EqualFold(strings.TrimSuffix(word, "'s"), tt.w) && !mayContainFold(tt.text, tt.w) {
				t.Errorf("mayContainFold(%q, %q) misses %q", tt.text, tt.w, word)
			}
		}
	}
}

// FuzzLeads checks the places leads finds, stepping on from each as
// appendMarks does, against a test of every byte.
func FuzzLeads(f *testing.F) {
	f.Add("a \"b\" it's ''c'' \u201Cd\u201D \u00ABe\u00BB \u00A3'", 1)
	f.Fuzz(func(t *testing.T, text string, step int) {
		step = 1 + int(uint(step)%3) // 1 to 3 bytes on each time
		starts := func(i int) bool {
			return text[i] == '"' || text[i] == 0xE2 || text[i] == 0xC2 || strings.HasPrefix(text[i:], "''")
		}
		ld := newLeads(text)
		for i := 0; i < len(text); i += step {
			want := i
			for want < len(text) && !starts(want) {
				want++
			}
			if got := ld.next(i); got != want {
				t.Fatalf("next(%d) in %q = %d, want %d", i, text, got, want)
			}
		}
	})
}

// FuzzIndefinite checks that indefiniteIn, reading only the words before
// each place the head is written, finds what the paragraph's tokens hold.
func FuzzIndefinite(f *testing.F) {
	f.Add("An official said so. The OFFICIAL, a senior Turkish official's aide, and a b c d e official", "official", -1)
	f.Add(strings.Repeat("word ", 30)+"a "+strings.Repeat("extraordinarily ", 4)+"spokesman", "spokesman", -1)
	f.Add("a \u017Fource and a source", "source", 20)
	f.Fuzz(func(t *testing.T, text, head string, limit int) {
		if limit < 0 || limit > len(text) {
			limit = len(text) // the whole paragraph, as for those before the description's
		}
		doc := &source.Document{Paragraphs: []source.Paragraph{{Text: text}}}
		st := &docState{}
		st.start(0, doc)
		got := st.indefiniteIn(0, limit, head)
		want := lastIndefinite(tokenize(nil, text, 0, len(text)), limit, head)
		if !sameToks(got, want) {
			t.Fatalf("indefiniteIn(%q, %d, %q) = %v, want %v", text, limit, head, got, want)
		}
	})
}

// FuzzTextScans checks the byte-table scans against the plain ones:
// lastStop against strings.LastIndexAny, hasWords against a test of every
// rune with unicode.
func FuzzTextScans(f *testing.F) {
	f.Add("He said: \"It's a well-known fact.\" Then?", 3)
	f.Add("\u00e9t\u00e9 \u2019 x", 2)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if got, want := lastStop(s), strings.LastIndexAny(s, ".!?"); got != want {
			t.Fatalf("lastStop(%q) = %d, want %d", s, got, want)
		}
		n = int(uint(n) % 6)
		if got, want := hasWords(s, n), hasWordsPlain(s, n); got != want {
			t.Fatalf("hasWords(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

// hasWordsPlain is hasWords with every rune tested by unicode.
func hasWordsPlain(s string, n int) bool {
	in := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if !in {
				if n--; n == 0 {
					return true
				}
				in = true
			}
			continue
		}
		if r == '\'' || r == '’' || r == '-' {
			continue
		}
		in = false
	}
	return n <= 0
}

// TestFirstLetterCase checks isCap and isLowerWord, which answer an ASCII
// first byte themselves, against unicode for every rune of the first
// planes, a byte that is no rune, and nothing.
func TestFirstLetterCase(t *testing.T) {
	words := []string{"", "\xff", "\xc3"}
	for r := rune(0); r < 0x3000; r++ {
		words = append(words, string(r)+"x")
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := isCap(w), unicode.IsUpper(r); got != want {
			t.Errorf("isCap(%q) = %v, want %v", w, got, want)
		}
		if got, want := isLowerWord(w), unicode.IsLower(r); got != want {
			t.Errorf("isLowerWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFoldsToASCII checks what mayContainFold knows of Unicode folding:
// beyond ASCII, only ſ and the Kelvin sign fold to an ASCII letter.
func TestFoldsToASCII(t *testing.T) {
	for c := 'A'; c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if r >= utf8.RuneSelf && r != '\u017F' && r != '\u212A' {
				t.Errorf("%q folds to %q, which mayContainFold does not look for", r, c)
			}
		}
	}
}

// FuzzMayContainFold checks that mayContainFold finds every word of a
// text, in the case written and in lower case.
func FuzzMayContainFold(f *testing.F) {
	f.Add("A senior OFFICIAL said \u017Fource \u212Aing £5")
	f.Fuzz(func(t *testing.T, text string) {
		for _, tk := range tokenize(nil, text, 0, len(text)) {
			for _, w := range []string{tk.w, strings.ToLower(tk.w)} {
				if strings.EqualFold(tk.w, w) && !mayContainFold(text, w) {
					t.Fatalf("mayContainFold(%q, %q) misses the word %q", text, w, tk.w)
				}
			}
		}
	})
}

// TestEntryOf checks entryOf, with its shape table, against the plain
// look-up of the lower-case word: every listed word in three cases, and
// words that share a listed word's shape or miss it by a byte.
func TestEntryOf(t *testing.T) {
	words := []string{"", "x", "Obama", "government", "SAID", "ſaid", "\u212Aing", strings.Repeat("a", 30)}
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "x"+w, w[:len(w)-1]+"z")
	}
	for _, w := range words {
		if got, want := entryOf(w), lexicon[strings.ToLower(w)]; got != want {
			t.Errorf("entryOf(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTokIn checks that a token answers for its lists as in does for its
// word, when it looks them up and when it has them already.
func TestTokIn(t *testing.T) {
	words := []string{"", "x", "Obama", "SAID", "\u212Aing"}
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, w := range words {
		tk := tok{w: w}
		for c := class(1); c < nextList; c <<= 1 {
			for range 2 {
				if got, want := tk.in(c), in(w, c); got != want {
					t.Fatalf("tok %q in list %b: %v, want %v", w, c, got, want)
				}
			}
		}
	}
}

// TestTokenizeReusedBuffer tokenizes into a buffer whose spare room still
// holds tokens of another text, their lists looked up: appendTok stores
// tokens in place, and must leave nothing of the old ones behind.
func TestTokenizeReusedBuffer(t *testing.T) {
	old := "Mr. Smith said the official's 'plan' was fine, he said."
	text := "Hussein said: \"We will not go\", and Mr Cable agreed."
	buf := tokenize(nil, old, 0, len(old))
	for i := range buf {
		buf[i].in(speechVerbs)
	}
	got := tokenize(buf[:0], text, 0, len(text))
	want := tokenize(nil, text, 0, len(text))
	if len(got) != len(want) {
		t.Fatalf("%d tokens, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestIs checks is, which finds words by shape, against the lexicon map
// for every listed word and near misses of each, in several cases.
func TestIs(t *testing.T) {
	words := []string{"", "x", "Obama", "SAID", "ſaid", strings.Repeat("a", 30)}
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", "x"+w, w[:len(w)-1]+"z")
	}
	for _, w := range words {
		for c := class(1); c < nextList; c <<= 1 {
			if got, want := is(w, c), lexicon[w].class&c != 0; got != want {
				t.Fatalf("is(%q, %b) = %v, want %v", w, c, got, want)
			}
		}
	}
}

// TestLexiconRoom checks that lexicon was made big enough never to grow
// while it is filled at start-up: raise lexiconRoom when the lists grow.
func TestLexiconRoom(t *testing.T) {
	if len(lexicon) > lexiconRoom {
		t.Errorf("lexicon holds %d words, lexiconRoom is %d", len(lexicon), lexiconRoom)
	}
}

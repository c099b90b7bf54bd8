package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestSpeakerPhrases checks the speaker-phrase rules one by one, each on
// text written for it.
func TestSpeakerPhrases(t *testing.T) {
	const head = "Talks in the capital\n\n"
	tests := []struct {
		rule, in, speaker string
	}{
		{"verb of saying ends the phrase", `Mr Howard said the police "must be given more powers to act now."`, "Howard"},
		{"finite verb ends the phrase", `Mr Houston is alleged to have said that "the courts are far too soft on crime."`, "Houston"},
		{"past verb after a name ends it", `Mr Kennedy used a speech to say the plan was "a tax on every working family."`, "Kennedy"},
		{"verb after a pronoun", "Angela Merkel spoke first.\n\n\"We will not give up on this plan,\" she said, adding more.", "Angela Merkel"},
		{"leading clause adverb", `However Paris was more subdued, with its minister telling parliament: "We must continue along this path."`, "France"},
		{"trailing adverb", `Lib Dem spokesman Ed Davey meanwhile said: "The plans do not add up at all."`, "Ed Davey"},
		{"lone determiner is no one", `"The whole thing was a complete shambles from start to finish," said the.`, ""},
		{"description keeps its determiner", `"We are very pleased with the result this year," the chairman said.`, "the chairman"},
		{"role and name joined by and", `"Our performance was strong this year," chairman and chief executive Richard Parsons said.`, "Richard Parsons"},
		{"acronym role peeled", `"I have always loved playing the big festivals," DJ Norman Cook said.`, "Norman Cook"},
		{"party and role peeled", `"I don't see why the prime minister is involved," Tory MP Boris Johnson said.`, "Boris Johnson"},
		{"trailing acronym role dropped", `Paul Boateng MP said: "The sums do not add up at all."`, "Paul Boateng"},
		{"month in a name stays", `Theresa May, the shadow secretary, said: "We want courts to be the last resort."`, "Theresa May"},
		{"demonym noun points back", "Andre Agassi won in three sets.\n\n\"I felt pretty good out there today,\" said the American.", "Andre Agassi"},
		{"preposition opens no phrase", `"It would be a disaster for all of us," for a legal system said.`, ""},
		{"sentence-opening gerund", "Doing the work is hard, she said, and doing it well is harder.\n\nDoing said: \"We will finish this job soon enough.\"", ""},
		{"pronoun finds a titled name the index lacks", `The saving would be large, according to Mr Qwertyson. "Buyers are being squeezed out of the market," he said.`, "Qwertyson"},
		{"inverted at sentence start", `Said Wales assistant coach Scott Johnson: "We are positive about him and hope he is ready."`, "Scott Johnson"},
		{"label before a colon", `Brentford boss Martin Allen: "After conceding eight goals I am not very confident."`, "Martin Allen"},
		{"it is the body that spoke last", `"We are very sorry for this problem," said the company. It added: "There was no other way to fix it."`, "the company"},
		{"opening participle phrase before the subject", `Speaking in Harrogate Mr Kennedy said: "People want a credible party."`, "Kennedy"},
		{"the N-year-old points back", "Angela Merkel won the vote easily.\n\n\"Bring it on, I am ready for them,\" said the 63-year-old.", "Angela Merkel"},
		{"name in brackets before told", `"The story this year is all about digital," Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC.`, "Jeff Joseph"},
		{"description after a name is not the verb", `"Vodafone is going to need a lot of money," Tetsuro Tsusaka, a telecoms analyst with Deutsche Bank, told Reuters.`, "Tetsuro Tsusaka"},
		{"verb right after the closing mark", `"The obvious choice is Dawson" said Guscott.`, "Guscott"},
		{"May is a name", `"The show went so incredibly well from our point of view," May wrote.`, "May"},
		{"he is the name that opened a sentence", "Molik played well and won in just 56 minutes.\n\n\"I played pretty well and it was nice to get through,\" she said, and Molik smiled.", "Molik"},
		{"quote paragraphs run together", `McClaren said: "Stewart has tweaked a hamstring. "But I'm delighted with the result."`, "McClaren"},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			docs, ix := parse(t, head+tc.in+"\n")
			got := Find(docs, ix)
			if len(got) == 0 {
				t.Fatalf("no quote found")
			}
			q := got[len(got)-1]
			if q.SpeakerName != tc.speaker {
				t.Errorf("speaker %q, want %q (%q)", q.SpeakerName, tc.speaker, q.Text)
			}
		})
	}
}

// TestRunTogetherQuote checks that `said: "A. "B."` is one quote.
func TestRunTogetherQuote(t *testing.T) {
	docs, ix := parse(t, "T\n\nMcClaren said: \"Stewart has tweaked a hamstring. \"But I'm delighted with the result.\"\n")
	got := Find(docs, ix)
	if len(got) != 1 || got[0].Text != "Stewart has tweaked a hamstring. But I'm delighted with the result." {
		t.Fatalf("got %+v", got)
	}
}

// TestCleanPhrase checks cleanPhrase on phrases as the cues hand them over.
func TestCleanPhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"he said", "he"},
		{"Mr Houston is alleged", "Mr Houston"},
		{"Mr Howard said the police", "Mr Howard"},
		{"calls for a shift", ""},
		{"the", ""},
		{"Those", ""},
		{"Responding", ""},
		{"Lib Dem spokesman Ed Davey meanwhile", "Lib Dem spokesman Ed Davey"},
		{"former member Robert Kilroy-Silk once notoriously", "former member Robert Kilroy-Silk"},
		{"He completely failed", "He"},
		{"I am honoured", "I"},
		{"the 48-year-old actor crossed a bridge", "the 48-year-old actor"},
		{"the accused", "the accused"},
		{"a newly elected official", "a newly elected official"},
		{"a fervent supporter of", "a fervent supporter"},
		{"standing next", ""},
		{"for a legal system", ""},
		{"said Mr. Burr", "Mr. Burr"},
		{"These include", ""},
		{"Saturday", ""},
		{"Among them", ""},
		{"Similarly", ""},
		{"Last season he", "he"},
		{"President Bush led the public", "President Bush"},
		{"the chairman", "the chairman"},
	}
	for _, tc := range tests {
		ts := tokenize(nil, tc.in, 0, len(tc.in))
		got := joinToks(cleanPhrase(ts), tc.in)
		if got != tc.want {
			t.Errorf("cleanPhrase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLongTitle checks that a long title of a work in Title Case is not
// speech, while a long headline ending in a full stop still counts.
func TestLongTitle(t *testing.T) {
	if !isTitle("Practical Solutions to the Problem of Diagonal Dominance in Kernel Document Clustering") {
		t.Error("long paper title read as speech")
	}
	if isTitle("Why Electing Hillary in 2016 is More Important Than Electing Obama in 2008.") {
		t.Error("long headline with a full stop read as a title")
	}
}

// TestPeelRoles checks the role and party words dropped before a name.
func TestPeelRoles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tory MP Boris Johnson", "Boris Johnson"},
		{"Euro MP Robert Kilroy-Silk", "Robert Kilroy-Silk"},
		{"DJ Norman Cook", "Norman Cook"},
		{"Paul Boateng MP", "Paul Boateng"},
		{"But Penny Little", "Penny Little"},
		{"JK Rowling", "JK Rowling"},
		{"Philip Green", "Philip Green"},
		{"Brent Bozell III", "Brent Bozell III"},
		{"Swede Joachim Johansson", "Joachim Johansson"},
		{"American Robby Ginepri", "Robby Ginepri"},
	}
	for _, tc := range tests {
		ts := tokenize(nil, tc.in, 0, len(tc.in))
		if got := joinToks(peelRoles(ts), tc.in); got != tc.want {
			t.Errorf("peelRoles(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzIsTitle checks isTitle, which reads words with nextField, against
// the same test over strings.FieldsFunc's words.
func FuzzIsTitle(f *testing.F) {
	for _, s := range []string{"Saturday Night Live", "The Art of the Deal.", "We will win,", " a,,b\u00a0C\u2003d ", "http://x.y", "\u00c9tat Libre"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var words []string
		for w, i := nextField(text, 0); w != ""; w, i = nextField(text, i) {
			words = append(words, w)
		}
		if want := strings.FieldsFunc(text, isSpaceOrComma); !slices.Equal(words, want) {
			t.Fatalf("nextField splits %q into %q, want %q", text, words, want)
		}
		if got, want := isTitle(text), isTitlePlain(text); got != want {
			t.Fatalf("isTitle(%q) = %v, want %v", text, got, want)
		}
	})
}

func isSpaceOrComma(r rune) bool { return r == ',' || unicode.IsSpace(r) }

// isTitlePlain is isTitle over strings.FieldsFunc's words.
func isTitlePlain(text string) bool {
	if strings.Contains(text, "://") {
		return true
	}
	limit := 24
	if strings.HasSuffix(text, ".") {
		limit = 8
	}
	text = strings.TrimRight(text, ".,;:")
	n := 0
	for _, w := range strings.FieldsFunc(text, isSpaceOrComma) {
		n++
		if n > limit || n == 1 && !isCap(w) {
			return false
		}
		if !isCap(w) && !in(w, smallWords) && unicode.IsLetter(firstLetter(w)) {
			return false
		}
	}
	return n > 0 && !strings.ContainsAny(text, ".;:!?")
}

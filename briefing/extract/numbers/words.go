package numbers

import (
	"maps"
	"slices"
	"strings"
)

// A list of words is a bit of a class: the class of a word is the
// lists it is on, so that one look-up in lexicon answers for all of them.
type class uint32

// set adds the space-separated words to a new list and returns its bit.
func set(words string) class {
	c := nextList
	if c == 0 {
		panic("numbers: more lists than bits in a class")
	}
	nextList <<= 1
	for _, w := range strings.Fields(words) {
		lexicon[w] = lexEntry{w, lexicon[w].class | c}
	}
	return c
}

var nextList class = 1

// lexEntry is a word of this package's lists: the list's own string, so
// lowering "The" or "Million" copies nothing, and the lists it is on.
type lexEntry struct {
	form  string
	class class
}

// lexicon holds every word of this package's lists: set adds its words,
// init those of the other lists (on none of the set lists). It is made
// with room for them all, so that it never grows at start-up.
var lexicon = make(map[string]lexEntry, lexiconRoom)

// lexiconRoom is at least the number of words in lexicon (TestLexiconRoom).
const lexiconRoom = 680

// in reports whether the word w (in lower case) is on one of the lists c.
func in(w string, c class) bool { return lexicon[w].class&c != 0 }

func init() {
	add := func(w string) { lexicon[w] = lexEntry{w, lexicon[w].class} }
	for _, m := range []map[string]float64{scales, spelled, vague} {
		for w := range m {
			add(w)
		}
	}
	for _, m := range []map[string]string{currencyWords, nationalCurrency} {
		for w := range m {
			add(w)
		}
	}
	for _, ph := range approxPhrases {
		for _, w := range strings.Fields(ph) {
			add(w)
		}
	}
	add("hundred") // parseFigure tells it by its form
	// In the map's order: a look-up finds a word wherever probing put it,
	// and sorting the keys first was half of this package's start-up.
	for w, e := range lexicon {
		if x, ok := packASCII(w); ok {
			shortWords.add(x, e)
		}
	}
}

// shortWords holds the words of lexicon of up to eight ASCII bytes, nearly
// all of them, for lexWord.
var shortWords wordTable

// wordTable finds words of up to eight ASCII bytes by their bytes packed
// into a number (packASCII): one multiplication hashes a word, one
// comparison tells it, where a map hashes and compares strings. It is an
// open-addressing table with linear probing, with three slots or more to a
// word so that a word it lacks, as most are, is told in a probe or two.
type wordTable struct {
	keys    [wordSlots]uint64 // packed words, 0 in an empty slot
	entries [wordSlots]lexEntry
}

const wordSlotBits = 11

const wordSlots = 1 << wordSlotBits

// wordSlot returns the first slot to probe for the word packed as x.
func wordSlot(x uint64) int { return int(x * 0x9E3779B97F4A7C15 >> (64 - wordSlotBits)) }

// add adds the entry e of the word packed as x.
func (t *wordTable) add(x uint64, e lexEntry) {
	i := wordSlot(x)
	for t.keys[i] != 0 {
		i = (i + 1) % wordSlots
	}
	t.keys[i], t.entries[i] = x, e
}

// get returns the entry of the word of n bytes packed as x. A word with a
// NUL byte may pack like a shorter one: the length tells them apart.
func (t *wordTable) get(x uint64, n int) (lexEntry, bool) {
	for i := wordSlot(x); ; i = (i + 1) % wordSlots {
		switch t.keys[i] {
		case x:
			e := t.entries[i]
			return e, len(e.form) == n
		case 0:
			return lexEntry{}, false
		}
	}
}

// packASCII returns the bytes of w, little-endian, when w has one to eight
// bytes, all ASCII.
func packASCII(w string) (uint64, bool) {
	if len(w) == 0 || len(w) > 8 {
		return 0, false
	}
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x, x&highBits == 0
}

// lowerASCII returns x, bytes packed by packASCII, with their capitals in
// lower case: 0x20 (a high bit shifted right twice) is added to each byte
// from 'A' to 'Z'.
func lowerASCII(x uint64) uint64 { return x | bytesInRange(x, 'A', 'Z')>>2 }

// The lowest and the highest bit of each byte of a uint64.
const lowBits, highBits = 0x0101010101010101, 0x8080808080808080

// The lists of the maps below, for a look-up in lexicon to tell their
// words (the maps give what each word means).
var (
	scaleWords    = setOf(scales)
	vagueWords    = setOf(vague)
	currencyNames = setOf(currencyWords)
	approxEnds    = set(lastWords(approxPhrases))
)

// setOf adds the keys of m to a new list and returns its bit.
func setOf[V any](m map[string]V) class {
	return set(strings.Join(slices.Collect(maps.Keys(m)), " "))
}

// lastWords returns the last word of each phrase, separated by spaces.
func lastWords(phrases []string) string {
	var b strings.Builder
	for _, ph := range phrases {
		b.WriteString(ph[strings.LastIndexByte(ph, ' ')+1:] + " ")
	}
	return b.String()
}

// scales are the words that multiply a figure ("3.6 million", "$1.2bn").
// "m" and "k" only scale money: "100m" alone is usually metres.
var scales = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "mln": 1e6, "bln": 1e9,
}

var moneyScales = map[string]float64{"m": 1e6, "k": 1e3, "b": 1e9}

// spelled are number words; only those with a scale word become key
// numbers ("two million"), since news style spells out small counts.
var spelled = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}

// vague are plural counts that carry meaning before "of" ("thousands of
// gunmen"); the value is the lower bound the phrase implies.
var vague = map[string]float64{
	"dozens": 24, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
}

// currencySigns maps a sign written before the figure to its ISO code.
var currencySigns = map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₺": "TRY",
}

// currencyWords maps a currency named after the figure to its ISO code.
var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "pounds": "GBP", "sterling": "GBP", "euros": "EUR",
	"euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
	"roubles": "RUB", "rubles": "RUB", "lira": "TRY", "liras": "TRY", "francs": "CHF",
	"shekels": "ILS", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "baht": "THB", "rupiah": "IDR", "ringgit": "MYR", "pesos": "MXN", "rand": "ZAR", "dinars": "DZD",
}

// nationalCurrency names the currency a nationality makes of "dollars",
// "pounds", "francs" or "crowns" written after it.
var nationalCurrency = map[string]string{
	"us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "singapore": "SGD",
	"taiwan": "TWD", "egyptian": "EGP", "swiss": "CHF", "swedish": "SEK", "norwegian": "NOK",
	"danish": "DKK", "mexican": "MXN", "argentine": "ARS", "philippine": "PHP", "lebanese": "LBP",
}

// approxPhrases qualify a figure when written right before it, longest first.
var approxPhrases = []string{
	"in excess of", "as many as", "as much as", "as few as", "upwards of",
	"more than", "less than", "fewer than", "up to", "at least", "at most",
	"close to", "nearly", "almost", "about", "around", "roughly", "approximately",
	"some", "over", "under", "just over", "just under", "well over", "an estimated",
	"estimated", "below", "above", "circa",
}

// timeUnits are counted nouns that make a duration or a date, not a key number
// ("two years ago", "in the past 12 months").
var timeUnits = set(`year years month months week weeks day days hour hours minute minutes
	second seconds decade decades century centuries times time am pm a.m p.m gmt bst est
	yrs mins hrs secs o'clock weekend weekends night nights`)

// months names, with common abbreviations, mark dates ("September 17").
var months = set(`january february march april may june july august september october
	november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// labels are words after which a number names or numbers a thing rather
// than counting ("page 12", "No 10", "article 50", "aged 45").
var labels = set(`page pages p pp chapter section article paragraph clause rule number no
	nos version v vol volume issue line row seat gate platform route highway channel
	radio room flight level grade round stage episode season series game match day week
	aged age ages resolution amendment tier category class division group phase
	squad track term part item step list top figure table exhibit appendix verse
	psalm act scene floor suite unit box code pin ext tel telephone phone fax`)

// irregular are plural nouns that don't end in -s.
var irregular = set(`people children men women police staff personnel cattle sheep fish deer
	aircraft livestock clergy folk offspring crew militia youth feet teeth geese mice
	data media kg km mph mw gw kw kwh mwh gwh ft sq acres hectares tonnes tons litres
	barrels bpd metres meters miles kilometres kilometers`)

// notPlural are -s words that are not plural nouns.
var notPlural = set(`is was has as this thus its his hers ours yours theirs us yes less
	plus across various previous famous serious always perhaps besides whereas unless
	towards afterwards news series species means politics economics`)

// stops end a noun phrase or the phrase that says what a figure counts.
var stops = set(`and or but which who whom whose while whereas because although though
	if when whereupon so than then to as nor yet however said says say told according`)

// auxiliaries are dropped from the phrase that says what a figure counts
// ("people have been uprooted" -> "people uprooted").
var auxiliaries = set(`have has had been be being is are was were will would could may
	might shall should can must do does did`)

// determiners and prepositions can't be part of a counted noun's modifiers.
var function = set(`the a an of in on at by for from with without into onto over under
	about after before since during between among against through per than that this
	these those it its their his her our your my there here not no more most less
	least some any each every all both either neither such only just also very
	up down out off than who which what whom where when why how`)

// plural reports whether w (lower case), on the lists c, looks like a
// plural noun.
func plural(w string, c class) bool {
	if c&irregular != 0 || strings.HasSuffix(w, "men") && len(w) > 4 {
		return true // "gunmen", "policemen"
	}
	if c&notPlural != 0 || len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ous", "'s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// pluralize returns the plural of a singular noun.
func pluralize(w string) string {
	switch {
	case plural(w, lexicon[w].class):
		return w
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

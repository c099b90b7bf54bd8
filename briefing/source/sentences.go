package source

import "strings"

// abbrevs are words whose trailing full stop does not end a sentence when
// a capitalised word follows: titles, ranks, months, and the like.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "cpl": true, "gov": true, "sen": true, "rep": true, "rev": true, "st": true,
	"jr": true, "sr": true, "mt": true, "ft": true, "adm": true, "maj": true, "brig": true, "cmdr": true,
	"hon": true, "pres": true, "supt": true, "det": true, "insp": true, "messrs": true, "mme": true,
	"mlle": true, "sens": true, "reps": true, "gens": true, "amb": true, "fr": true, "pvt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "vs": true, "v": true, "approx": true, "ca": true,
	"cf": true, "fig": true, "vol": true, "pp": true, "ave": true, "blvd": true, "rd": true, "dept": true,
	"univ": true, "mx": true, "op": true,
}

// abbrevsBeforeNumber end no sentence when a number follows ("No. 10").
var abbrevsBeforeNumber = map[string]bool{"no": true, "nos": true, "art": true, "p": true, "para": true, "sec": true, "ch": true}

// abbrevFilter passes every key of abbrevs and abbrevsBeforeNumber (and
// some other words), so most words before a full stop are ruled out
// without hashing them for the map look-ups.
var abbrevFilter = func() (f wordFilter) {
	for w := range abbrevs {
		f.add(w)
	}
	for w := range abbrevsBeforeNumber {
		f.add(w)
	}
	return f
}()

// wordFilter is a set of words by their length and first and last
// bytes: a word not in it is in none of the sets it was built from.
type wordFilter struct{ bits [8 * 32 * 32 / 64]uint64 }

func wordKey(n int, first, last byte) uint {
	return uint(min(n, 7))<<10 | uint(first&31)<<5 | uint(last&31)
}

func (f *wordFilter) add(w string) {
	k := wordKey(len(w), w[0], w[len(w)-1])
	f.bits[k/64] |= 1 << (k % 64)
}

func (f *wordFilter) may(w []byte) bool {
	if len(w) == 0 {
		return true
	}
	k := wordKey(len(w), w[0], w[len(w)-1])
	return f.bits[k/64]&(1<<(k%64)) != 0
}

// starters are words that begin a sentence after an acronym such as
// "U.S.", where a capital alone would not tell.
var starters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "But": true,
	"And": true, "In": true, "This": true, "That": true, "A": true, "An": true, "His": true, "Her": true,
	"Their": true, "There": true, "However": true, "Its": true, "Our": true, "If": true, "When": true,
	"While": true, "As": true, "So": true, "Yet": true, "Still": true, "Now": true, "Then": true,
	"Meanwhile": true, "On": true, "At": true, "For": true, "Some": true, "Many": true, "Most": true,
}

// stops finds the '.', '!' and '?' of a text in order. Full stops are
// frequent and the others rare, so each mark is looked for with
// strings.IndexByte (vectorised), and a rare one's position is kept until
// passed, rather than every byte being tested against all three.
type stops struct {
	t           string
	bang, quest int // the next '!' and '?' found, len(t) if none, -1 before the first search
}

// next returns the position of the first mark at or after i, or -1.
func (s *stops) next(i int) int {
	if s.bang < i {
		s.bang = indexFrom(s.t, i, '!')
	}
	if s.quest < i {
		s.quest = indexFrom(s.t, i, '?')
	}
	p := min(indexFrom(s.t, i, '.'), s.bang, s.quest)
	if p == len(s.t) {
		return -1
	}
	return p
}

// indexFrom returns the position of the first c in t at or after i, or len(t).
func indexFrom(t string, i int, c byte) int {
	if k := strings.IndexByte(t[i:], c); k >= 0 {
		return i + k
	}
	return len(t)
}

// splitSentences returns the sentence spans of t. It ends a sentence at
// '.', '!' or '?' (with any closing quotes and brackets) followed by a space
// and a word that can start one, and knows abbreviations, initials,
// acronyms and decimals.
func splitSentences(t string) []Span {
	return appendSentences(nil, t)
}

// appendSentences appends the sentence spans of t to out.
func appendSentences(out []Span, t string) []Span {
	start := 0
	st := stops{t: t, bang: -1, quest: -1}
	for i := 0; i < len(t); i++ {
		if i = st.next(i); i < 0 {
			break
		}
		j := i + 1
		for j < len(t) && (t[j] == '.' || t[j] == '!' || t[j] == '?') {
			j++
		}
		for j < len(t) && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']') {
			j++
		}
		if j >= len(t) {
			break
		}
		if t[j] != ' ' {
			i = j - 1
			continue
		}
		k := j + 1
		if !endsHere(t, start, i, j, k) {
			i = j - 1
			continue
		}
		out = append(out, Span{start, j})
		start = k
		i = k - 1
	}
	end := len(t)
	for end > start && t[end-1] == ' ' {
		end--
	}
	if end > start {
		out = append(out, Span{start, end})
	}
	return out
}

// endsHere decides whether the punctuation at t[i] (run ending at j, next
// word at k) ends the sentence that began at start.
func endsHere(t string, start, i, j, k int) bool {
	n := k
	for n < len(t) && (t[n] == '"' || t[n] == '\'' || t[n] == '(' || t[n] == '[') {
		n++
	}
	if n >= len(t) {
		return false
	}
	next := t[n]
	if next >= 'a' && next <= 'z' {
		return false // "?" he asked; "Inc. said"
	}
	if t[i] != '.' || i+1 < len(t) && t[i+1] == '.' {
		return true
	}
	lo := max(start, i-40) // words are short; keeps long runs linear
	// The word before the mark: back to a space, quote or bracket (what
	// strings.LastIndexAny(t[lo:i], " \"'([") finds, without its set).
	b := i - 1
	for b >= lo && !(t[b] == ' ' || t[b] == '"' || t[b] == '\'' || t[b] == '(' || t[b] == '[') {
		b--
	}
	w := t[b+1 : i]
	if w == "" {
		return true
	}
	var buf [40]byte
	if lb, ok := lowerASCII(buf[:0], w); ok {
		// The look-ups of string(lb) do not allocate.
		if abbrevFilter.may(lb) && (abbrevs[string(lb)] || isDigit(next) && abbrevsBeforeNumber[string(lb)]) {
			return false
		}
	} else {
		lw := strings.ToLower(w)
		if abbrevs[lw] || isDigit(next) && abbrevsBeforeNumber[lw] {
			return false
		}
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return false // an initial: "R. Aydogan"
	}
	if strings.IndexByte(w, '.') >= 0 {
		// An acronym such as "U.S." ends a sentence only before a word
		// that usually starts one.
		e := n
		for e < len(t) && t[e] != ' ' && t[e] != ',' {
			e++
		}
		return starters[t[n:e]]
	}
	return true
}

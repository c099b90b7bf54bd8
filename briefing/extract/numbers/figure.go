package numbers

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one sentence being scanned: the tokens of that sentence, with
// offsets into its whole paragraph's text.
type para struct {
	text  string // the paragraph
	toks  []token
	lows  []tokWord // the tokens in lower case and their lists, as lex finds them
	arena []int     // backs the lists of token indexes made while reading figures
	words bool      // the text may hold a figure in words ("thousands of", "two million")
}

// ints returns an empty list of token indexes with room for n, taken from
// the sentence's arena: such lists live only while the sentence is read.
func (p *para) ints(n int) []int {
	if cap(p.arena)-len(p.arena) < n {
		p.arena = make([]int, 0, max(n, 2*cap(p.arena), 64)) // the full one stays with its lists
	}
	k := len(p.arena)
	p.arena = p.arena[:k+n]
	return p.arena[k : k : k+n]
}

func (p *para) str(i int) string { return p.text[p.toks[i].start:p.toks[i].end] }

// lower returns token i in lower case ("" past either end), lowering each
// token once.
func (p *para) lower(i int) string {
	e := p.lex(i)
	if e.form == "" && i >= 0 && i < len(p.toks) {
		e.form = strings.ToLower(p.str(i))
		p.lows[i].form = e.form
	}
	return e.form
}

// in reports whether token i, in lower case, is on one of the lists c.
func (p *para) in(i int, c class) bool { return p.lex(i).class&c != 0 }

// tokWord is what lex found of a token.
type tokWord struct {
	lexEntry
	looked bool
}

// lex returns the lists token i is on and, but for a capitalised word of
// none of them, its lower-case form: looked up once per token. Such a word
// ("Reuters") is told apart from the lists' words by its empty form, and
// copied in lower case only when lower asks.
func (p *para) lex(i int) lexEntry {
	if i < 0 || i >= len(p.toks) {
		return lexEntry{}
	}
	if e := p.lows[i]; e.looked {
		return e.lexEntry
	}
	e := lexWord(p.str(i))
	p.lows[i] = tokWord{e, true}
	return e
}

// lexWord returns w in lower case and the lists it is on. A word of this
// package's lists comes back as the list's own string, so lowering "The"
// or "Million" copies nothing; a short ASCII word with capitals and on no
// list comes back with no form.
func lexWord(w string) lexEntry {
	if x, ok := packASCII(w); ok {
		// Most words: found in shortWords without hashing a string.
		low := lowerASCII(x)
		if e, ok := shortWords.get(low, len(w)); ok {
			return e
		}
		if low != x {
			return lexEntry{} // capitals, and on no list
		}
		return lexEntry{form: w}
	}
	return mapLexWord(w)
}

// mapLexWord is lexWord by the lexicon map alone, for every word: what
// lexWord does with the words shortWords cannot hold, and the reference
// its tests compare it with.
func mapLexWord(w string) lexEntry {
	var buf [16]byte
	upper, ascii := false, true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			upper = true
			c += 'a' - 'A'
		}
		ascii = ascii && c < utf8.RuneSelf
		if k < len(buf) {
			buf[k] = c
		}
	}
	if !upper {
		if e, ok := lexicon[w]; ok {
			return e
		}
		return lexEntry{form: w}
	}
	if len(w) <= len(buf) {
		if e, ok := lexicon[string(buf[:len(w)])]; ok {
			return e
		}
	}
	if !ascii || len(w) > len(buf) {
		// Unicode lowering may make a list's word ("WEEK" with a Kelvin sign).
		lw := strings.ToLower(w)
		return lexEntry{lw, lexicon[lw].class}
	}
	return lexEntry{}
}

// is reports whether token i is the punctuation s.
func (p *para) is(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.str(i) == s
}

// adjacent reports whether token i follows token i-1 with no space.
func (p *para) adjacent(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

func (p *para) word(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord }

// capitalized reports whether token i is a word starting with an upper-case letter.
func (p *para) capitalized(i int) bool {
	if !p.word(i) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.str(i))
	return unicode.IsUpper(r)
}

// sentenceStart reports whether token i begins a sentence or the paragraph.
func (p *para) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	if p.toks[i-1].kind != tPunct {
		return false
	}
	switch p.str(i - 1) {
	case ".", "!", "?", "\"", "'", "(", ":", "-", "—", "–":
		return true
	}
	return false
}

// figure is a number as written: its tokens, value and kind.
type figure struct {
	first, last int // token range [first, last] of the figure as written
	value       float64
	currency    string // ISO code when it is money
	percent     string // "percent" or "percentage points" when a share
	scaled      bool   // a scale word applied ("million", "bn")
	vague       string // "hundreds of thousands" and the like
	counted     bool   // must be followed by what it counts ("of civilians")
}

// parseFigure reads the figure starting at token i, or reports false when
// no figure starts there.
func (p *para) parseFigure(i int) (figure, bool) {
	t := p.toks[i]
	switch {
	case t.kind == tNum:
		return p.parseDigits(i, i, "")
	case t.kind == tPunct:
		code, ok := currencySigns[p.str(i)]
		if !ok || i+1 >= len(p.toks) || p.toks[i+1].kind != tNum || !p.adjacent(i+1) {
			return figure{}, false
		}
		if p.adjacent(i) && p.word(i-1) {
			switch p.str(i - 1) {
			case "US":
			case "A", "AU":
				code = "AUD"
			case "C", "CA":
				code = "CAD"
			case "HK":
				code = "HKD"
			case "NZ":
				code = "NZD"
			default:
				return figure{}, false
			}
			return p.parseDigits(i-1, i+1, code)
		}
		return p.parseDigits(i, i+1, code)
	case t.kind == tWord && p.words:
		// Every figure in words goes on with "of" ("thousands of", "tens
		// of thousands of") or a scale ("two million", "a hundred").
		if next := p.lex(i + 1); next.form != "of" && next.form != "hundred" && next.class&scaleWords == 0 {
			return figure{}, false
		}
		if p.in(i, vagueWords) {
			return p.parseVague(i)
		}
		w := p.lower(i)
		if w == "tens" && p.lower(i+1) == "of" && p.in(i+2, vagueWords) {
			return p.parseVague(i)
		}
		if k := strings.IndexByte(w, '-'); k > 0 {
			w = w[:k]
		}
		if _, ok := spelled[w]; ok {
			return p.parseSpelled(i)
		}
	}
	return figure{}, false
}

// parseNumber parses the digits s, which may hold thousands commas, as
// strconv.ParseFloat parses them without the commas. A number of up to 15
// digits and at most one decimal point, nearly every one, is read here: its
// digits make an integer a float64 holds exactly, and dividing it by an
// exact power of ten rounds once, as ParseFloat does.
func parseNumber(s string) (float64, error) {
	var m uint64
	digits, decimals := 0, -1 // decimals: digits after the point, -1 before it
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			m = m*10 + uint64(c-'0')
			digits++
			if decimals >= 0 {
				decimals++
			}
		case c == ',':
		case c == '.' && decimals < 0:
			decimals = 0
		default:
			return parseOtherNumber(s)
		}
	}
	if digits == 0 || digits > 15 || decimals == 0 {
		return parseOtherNumber(s)
	}
	v := float64(m)
	if decimals > 0 {
		v /= exactPowersOf10[decimals]
	}
	return v, nil
}

// exactPowersOf10 are the powers of ten parseNumber divides by, all exact
// in a float64.
var exactPowersOf10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseOtherNumber is parseNumber for any s, copying the digits only when
// it holds commas, and then on the stack.
func parseOtherNumber(s string) (float64, error) {
	if strings.IndexByte(s, ',') < 0 {
		return strconv.ParseFloat(s, 64)
	}
	var buf [32]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	return strconv.ParseFloat(string(b), 64)
}

// parseDigits reads a figure whose digits are token n and whose first
// token (a currency sign, say) is first.
func (p *para) parseDigits(first, n int, code string) (figure, bool) {
	f := figure{first: first, last: n, currency: code}
	s := p.str(n)
	// Codes and phone numbers: "020 7946", "007"; names: "S-400", "MP3", "#5", "+44".
	if len(s) > 1 && s[0] == '0' && s[1] != '.' {
		return f, false
	}
	if p.adjacent(first) {
		prev := p.str(first - 1)
		if p.word(first-1) || strings.ContainsAny(prev, "#+/:-_=@&.\\") || p.toks[first-1].kind == tNum {
			return f, false
		}
	}
	if n+1 < len(p.toks) && p.toks[n+1].kind == tNum && p.toks[n+1].space {
		return f, false
	}
	if first > 0 && p.toks[first-1].kind == tNum {
		return f, false
	}
	// Parsed only once the digits pass the cheaper checks above.
	v, err := parseNumber(s)
	if err != nil {
		return f, false
	}
	f.value = v
	j := n + 1
	if p.adjacent(j) {
		next := p.str(j)
		switch {
		case p.word(j):
			w := strings.ToLower(next)
			if m, ok := moneyScales[w]; ok && (code != "" || currencyWords[p.lower(j+1)] != "") {
				// "$5m", "537m euros"
				f.value *= m
				f.scaled = true
			} else if m, ok := scales[w]; ok {
				f.value *= m
				f.scaled = true
			} else {
				return f, false // "1990s", "17th", "3pm", "4G", "7Image"
			}
			f.last = j
			j++
		case next == "%":
			f.percent = "percent"
			f.last = j
			return f, true
		case next == ":" || next == "/" || next == "-" || next == "–" || next == "." && p.word(j+1) && p.adjacent(j+1):
			return f, false // times, fractions, scores, ranges, "45-year-old", versions
		}
	}
	if !f.scaled && p.in(j, scaleWords) {
		f.value *= scales[p.lower(j)]
		f.scaled = true
		f.last = j
		j++
	}
	if f.currency == "" && p.in(j, currencyNames) {
		f.currency = currencyWords[p.lower(j)]
		f.last = j
		return f, true
	}
	switch w := p.lower(j); {
	case w == "percent" || w == "pc":
		f.percent = "percent"
		f.last = j
	case w == "per" && p.lower(j+1) == "cent":
		f.percent = "percent"
		f.last = j + 1
	case w == "percentage" && p.lower(j+1) == "points":
		f.percent = "percentage points"
		f.last = j + 1
	}
	return f, true
}

// parseVague reads "thousands of", "hundreds of thousands of", "tens of
// thousands of" and the like; they count only when "of" follows.
func (p *para) parseVague(i int) (figure, bool) {
	f := figure{first: i, last: i, value: 1, counted: true}
	if p.lower(i) == "tens" {
		f.value = 10
		i += 2
	}
	v := vague[p.lower(i)]
	f.value *= v
	f.last = i
	if v2, ok := vague[p.lower(i+2)]; ok && p.lower(i+1) == "of" && v2 > v {
		f.value *= v2
		f.last = i + 2
	}
	if p.lower(f.last+1) != "of" {
		return f, false
	}
	f.vague = strings.ToLower(p.text[p.toks[f.first].start:p.toks[f.last].end])
	return f, true
}

// parseSpelled reads a spelled-out number; only those of a hundred or more
// ("two million", "a thousand", "three hundred") are key numbers, because
// news style spells out small counts and idioms ("one of", "the two leaders").
func (p *para) parseSpelled(i int) (figure, bool) {
	f := figure{first: i, last: i}
	v := 0.0
	for part := range strings.SplitSeq(p.lower(i), "-") {
		n, ok := spelled[part]
		if !ok {
			return f, false
		}
		v += n
	}
	j := i + 1
	if p.lower(j) == "hundred" {
		v *= 100
		f.last = j
		j++
	}
	if m, ok := scales[p.lower(j)]; ok {
		v *= m
		f.last = j
		f.scaled = true
	}
	w := p.lower(i)
	if f.last == i || (w == "a" || w == "an") && p.lower(i-1) == "of" {
		return f, false
	}
	f.value = v
	return f, true
}

package numbers

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestTokenizeWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the U.S. economy", "the|U.S.|economy"},
		{"U.S.A. today", "U.S.A.|today"},
		{"in the U.S.", "in|the|U.S."},
		{"al-Qaeda's 3,000 men.", "al-Qaeda's|3,000|men|."},
		{"$1.2bn, 60%", "$|1.2|bn|,|60|%"},
		{"end.Next A.B", "end|.|Next|A.B"},
		{"1,00 9,999.5", "1|,|00|9,999.5"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, 0, len(tt.in), nil)
		got := ""
		for i, tk := range toks {
			if i > 0 {
				got += "|"
			}
			got += tt.in[tk.start:tk.end]
		}
		if got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestScaleWordStems checks that hasScaleWord finds every word a figure in
// words needs, in any case: a sentence it passes over is not tokenized for
// such figures.
func TestScaleWordStems(t *testing.T) {
	words := []string{"hundred"}
	for w := range scales {
		words = append(words, w)
	}
	for w := range vague {
		words = append(words, w)
	}
	for _, w := range words {
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !hasScaleWord("about " + form + " of") {
				t.Errorf("hasScaleWord misses %q", form)
			}
		}
	}
	for _, s := range []string{"two men", "Dozen", "the thousandth", ""} {
		if hasScaleWord(s) != strings.Contains(s, "thousand") {
			t.Errorf("hasScaleWord(%q) = %v", s, hasScaleWord(s))
		}
	}
}

// plainMayHoldNumber is the search mayHoldNumber stands for.
func plainMayHoldNumber(s string) (int, bool) {
	return strings.IndexAny(s, "0123456789"), strings.Contains(s, "illion") || strings.Contains(s, "housand") ||
		strings.Contains(s, "undred") || strings.Contains(s, "ozens")
}

// TestMayHoldNumber checks the paragraph prefilter against the plain
// search it stands for.
func TestMayHoldNumber(t *testing.T) {
	cases := []string{"", "7", "a 7", "million", "x illion", "housand", "hundreds", "dozens 9", "Million", "ll us dr oz", "3 thousand",
		"illio", "ozen", "the ouse", "en ns re nd io"}
	// Longer texts, at every offset of the four bytes between the pairs
	// looked up and of the 32 bytes looked up at once, stems cut short
	// by the end.
	for _, s := range []string{"the tallest house was dry, 7 dozens", "all of us undress, 3 hundred", "a million", "until 2019 we sold thousands",
		"ozens", "undred", "housand", "illion"} {
		for k := range 40 {
			cases = append(cases, strings.Repeat("x", k)+s, s+strings.Repeat(" x", k), strings.Repeat("ab ", k)+s[:len(s)-1])
		}
	}
	for _, s := range cases {
		digit, words := mayHoldNumber(s)
		if wantDigit, wantWords := plainMayHoldNumber(s); digit != wantDigit || words != wantWords {
			t.Errorf("mayHoldNumber(%q) = %d, %v; want %d, %v", s, digit, words, wantDigit, wantWords)
		}
	}
}

func FuzzMayHoldNumber(f *testing.F) {
	for _, s := range []string{"the tallest house was dry, 7 dozens", "all of us undress, 3 hundred", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxmillion"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		digit, words := mayHoldNumber(s)
		if wantDigit, wantWords := plainMayHoldNumber(s); digit != wantDigit || words != wantWords {
			t.Fatalf("mayHoldNumber(%q) = %d, %v; want %d, %v", s, digit, words, wantDigit, wantWords)
		}
	})
}

// TestParseNumber checks parseNumber against the plain parse it stands for.
func TestParseNumber(t *testing.T) {
	for _, s := range []string{"0", "12", "12,000", "3.6", "1,234,567.89", "12,345,678,901,234,567,890,123,456,789,012.5", "1,2", "",
		// Around parseNumber's own reading: 15 and 16 digits, 15 decimals,
		// decimals a float64 holds only rounded, points out of place.
		"999,999,999,999,999", "9,999,999,999,999,999", "0.000000000000001", "0.123456789012345", "0.1", "0.3", "2.675",
		"123456.789", "1100000.1000000021", "007", "0.5", ".5", "5.", "1.2.3", ",", "1,,2", "1e5", "Inf"} {
		v, err := parseNumber(s)
		want, wantErr := plainParseNumber(s)
		if v != want || (err == nil) != (wantErr == nil) {
			t.Errorf("parseNumber(%q) = %v, %v; want %v, %v", s, v, err, want, wantErr)
		}
	}
}

// plainLetterRunEnd is the byte loop letterRunEnd stands for.
func plainLetterRunEnd(text string, i int) int {
	for i < len(text) && isLetterASCII(text[i]) {
		i++
	}
	return i
}

// TestLetterRunEnd checks letterRunEnd against the byte loop from every
// offset, around each byte next to a letter's range ("@[`{", and bytes of
// multi-byte runes, which lowering must not turn into letters).
func TestLetterRunEnd(t *testing.T) {
	for _, s := range []string{
		"", "a", "Zebra", "abcdefgh", "abcdefghijklmnopq", "abcdefghijklmnopq rstuvwx",
		"ab@cd[ef`gh{ij", "AZaz@[`{\x00\x7f", "naïve résumé", "Ça, \xc1\xe1\xdb\xfb",
		"words of 2019, U.S.", "\x80\x81\xc1\xc3abcdefghij\xff",
	} {
		for i := 0; i <= len(s); i++ {
			if got, want := letterRunEnd(s, i), plainLetterRunEnd(s, i); got != want {
				t.Errorf("letterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// plainIndexDigit is the byte loop indexDigit stands for.
func plainIndexDigit(s string, from int) int {
	if k := strings.IndexAny(s[from:], "0123456789"); k >= 0 {
		return from + k
	}
	return -1
}

// TestIndexDigit checks indexDigit against the byte loop from every
// offset, around the bytes next to a digit's range ("/" and ":", and
// bytes of multi-byte runes that are a digit but for their high bit).
func TestIndexDigit(t *testing.T) {
	for _, s := range []string{
		"", "7", "no digits here at all", "a/b:c/d:e/f:g/h:i 9", "\xb0\xb9\xb5\xb0\xb9\xb5\xb0\xb9 and 0",
		"abcdefgh12", "abcdefghijklmnopqrstuvwxyz 3.6 million", "£300m", "ends in 2019",
	} {
		for i := 0; i <= len(s); i++ {
			if got, want := indexDigit(s, i), plainIndexDigit(s, i); got != want {
				t.Errorf("indexDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// FuzzByteScans checks letterRunEnd and indexDigit against their byte
// loops.
func FuzzByteScans(f *testing.F) {
	for _, s := range []string{"abcdefghij", "The Zebra@", "naïve {résumé}", "AZaz@[`{", "a/b:c 9", "\xb0\xb9 12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			if got, want := letterRunEnd(s, i), plainLetterRunEnd(s, i); got != want {
				t.Fatalf("letterRunEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got, want := indexDigit(s, i), plainIndexDigit(s, i); got != want {
				t.Fatalf("indexDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	})
}

// plainParseNumber is the parse parseNumber stands for.
func plainParseNumber(s string) (float64, error) {
	return strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"12,000", "3.6", "0.1", "123456789012345", "1234567890123456", "9,007,199,254,740,993", ".5", "5.", "1.2.3", ",", "1e5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parseNumber(s)
		want, wantErr := plainParseNumber(s)
		if math.Float64bits(v) != math.Float64bits(want) && !(math.IsNaN(v) && math.IsNaN(want)) || (err == nil) != (wantErr == nil) {
			t.Fatalf("parseNumber(%q) = %v, %v; want %v, %v", s, v, err, want, wantErr)
		}
	})
}

// plainURLLike is the search urlLike stands for.
func plainURLLike(run string) bool {
	return strings.Contains(run, "://") || strings.Contains(run, "www.") ||
		strings.ContainsAny(run, "@/\\=") || strings.Contains(run, ".com") || strings.Contains(run, ".htm")
}

func TestURLLike(t *testing.T) {
	for _, s := range []string{"", "500,000", "$1.2bn,", "https://example.com/2026", "http:/x", "a:b", "www", "wwww.x",
		"ww.", "x.co", "x.com", "page.htm", "page.ht", "a@b", "1/2", "a\\b", "a=1", "3.6", "ends.", "ends:", "w"} {
		if got, want := urlLike(s), plainURLLike(s); got != want {
			t.Errorf("urlLike(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzURLLike(f *testing.F) {
	for _, s := range []string{"https://example.com/2026", "wwww.x", "page.htm", "3.6"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := urlLike(s), plainURLLike(s); got != want {
			t.Fatalf("urlLike(%q) = %v, want %v", s, got, want)
		}
	})
}

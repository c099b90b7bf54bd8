package actors

import (
	"math"
	"unicode/utf8"

	"briefing/briefing/source"
)

// refMarks lists the words tokenizeRef marks, as docWords.mark should.
type refMarks struct{ lower, capMid []listWord }

// tokenizeRef is tokenize written plainly, one rune at a time, for the
// tests to compare the tokenizer's fast paths with.
func tokenizeRef(toks []keptToken, p *source.Paragraph, words *refMarks) []keptToken {
	g := loadGeo()
	text := p.Text
	if len(text) > math.MaxInt32 {
		return toks
	}
	base := len(toks)
	sent, nextSent := 0, math.MaxInt
	if len(p.Sentences) > 0 {
		nextSent = p.Sentences[0].Start
	}
	startNext := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		word := isWordRune(r)
		if !word && isSpace(r) {
			i += n
			continue
		}
		if i >= nextSent {
			for sent < len(p.Sentences) && p.Sentences[sent].Start <= i {
				if p.Sentences[sent].Start > 0 || sent == 0 {
					startNext = true
				}
				sent++
			}
			nextSent = math.MaxInt
			if sent < len(p.Sentences) {
				nextSent = p.Sentences[sent].Start
			}
		}
		if !word {
			toks = append(toks, keptToken{start: int32(i), end: int32(i + n)})
			switch r {
			case '.', '?', '!':
				if !abbrevBefore(toks[base:]) {
					startNext = true
				}
			case '"', '“', '‘', ':':
				if len(toks) == base+1 || toks[len(toks)-2].flags&(kSentStart|kWord) != kWord || r == ':' {
					startNext = true
				}
			case '—', '|':
				startNext = true
			}
			i += n
			continue
		}
		joined := false
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) || r2 >= utf8.RuneSelf && inWordMark(text, i, j, r2, n2) {
				j += n2
				continue
			}
			if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '.' || r2 == '&' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if j+n2 < len(text) && isWordRune(r3) {
					j += n2
					joined = true
					continue
				}
			}
			break
		}
		flags := kWord
		if startNext {
			flags |= kSentStart
		}
		startNext = false
		end := j
		if j < len(text) && text[j] == '.' && keepsPeriod(g, text[i:j]) {
			j++
			end = j
		}
		w := text[i:end]
		if k, ok := possessive(w, joined); ok {
			w = w[:k]
			end = i + k
			flags |= kPoss
		} else if j < len(text) && (text[j] == '\'') && (j+1 == len(text) || !isWordRune(rune(text[j+1]))) && w[len(w)-1] == 's' {
			flags |= kPoss
			j++
		}
		flags |= wordShape(w)
		lex := g.lookup(w)
		if words != nil {
			switch {
			case flags&kCap == 0:
				if len(w) > 3 && lex&listed == 0 {
					words.lower = append(words.lower, listWord{wordBits(w), w})
				}
			case flags&kSentStart == 0:
				words.capMid = append(words.capMid, listWord{wordBits(w), w})
			}
		}
		toks = append(toks, keptToken{start: int32(i), end: int32(end), flags: flags | uint32(lex)})
		i = j
	}
	return toks
}

package source

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is a paragraph being assembled from pieces.
type para struct {
	pieces   []int // indices into the pieces
	heading  bool  // markup says heading
	gap      bool  // starts after a blank line or dropped furniture
	gapAfter bool
}

// hardWrapped reports whether the text's lines were wrapped at a fixed
// width, so that lines of one block are one paragraph; otherwise (one
// paragraph per line) every line stands alone.
func hardWrapped(ps []piece) bool {
	// Text wrapped at a fixed width has no line much longer than the rest.
	multi, short, long, total := 0, 0, 0, 0
	for i := range ps {
		if ps[i].drop || ps[i].item {
			continue
		}
		total++
		if ps[i].rawLen > 120 {
			long++
		}
		inBlock := !ps[i].gap || i+1 < len(ps) && !ps[i+1].gap
		if !inBlock {
			continue
		}
		multi++
		if ps[i].rawLen <= 100 {
			short++
		}
	}
	// One overlong line (a table row, a pasted link) in a long text is
	// tolerated.
	return multi >= 2 && short*10 >= multi*8 && (long == 0 || long == 1 && total >= 20)
}

// group gathers the kept pieces into paragraphs. A paragraph starts after a
// blank line, dropped furniture, an indented first line, a list item or a
// markup heading; in text that is not hard-wrapped every line is its own.
func group(sc *scratch, ps []piece, wrapped bool) []para {
	allIndented := true
	kept := 0
	for i := range ps {
		if !ps[i].drop {
			kept++
			if !ps[i].indent {
				allIndented = false
			}
		}
	}
	// Each paragraph's pieces are a run of idx, capped so that an append
	// (rejoin's) copies rather than overwrites the next paragraph's. idx
	// never grows past kept, so the runs stay in one array.
	out := sc.paras[:0]
	idx := slices.Grow(sc.idx[:0], kept)
	from := 0 // where the last paragraph's run of idx starts
	brk := true
	for i := range ps {
		p := &ps[i]
		if p.drop {
			brk = true
			continue
		}
		prev := -1
		if len(out) > 0 {
			pp := out[len(out)-1].pieces
			prev = pp[len(pp)-1]
		}
		newPara := brk || p.gap || p.item || p.heading || !wrapped ||
			p.indent && !allIndented ||
			prev >= 0 && (ps[prev].heading || ps[prev].meta)
		if newPara {
			if len(out) > 0 {
				out[len(out)-1].gapAfter = brk || p.gap
			}
			from = len(idx)
			idx = append(idx, i)
			out = append(out, para{pieces: idx[from:len(idx):len(idx)], heading: p.heading, gap: brk || p.gap})
		} else {
			idx = append(idx, i)
			out[len(out)-1].pieces = idx[from:len(idx):len(idx)]
		}
		brk = false
	}
	if len(out) > 0 {
		out[len(out)-1].gapAfter = true
	}
	sc.paras, sc.idx = out, idx
	return out
}

// rejoin merges paragraphs split by a page break or a stray blank line: one
// that ends mid-sentence followed by one that starts in lower case, or one
// that ends on a word no sentence ends with ("the", "of").
func rejoin(ps []piece, paras []para) []para {
	out := paras[:0]
	for _, p := range paras {
		if len(out) > 0 && !p.heading && !out[len(out)-1].heading {
			last := ps[lastPiece(out[len(out)-1])].text
			first := ps[p.pieces[0]].text
			// HTML has no page breaks: there only a lower-case start says
			// the block goes on the sentence before. Most paragraphs end a
			// sentence, so that is asked first.
			if !endsSentence(last) && (startsLower(first) || endsOnJoiner(last) && startsWordy(first) && !ps[p.pieces[0]].html) {
				out[len(out)-1].pieces = append(out[len(out)-1].pieces, p.pieces...)
				out[len(out)-1].gapAfter = p.gapAfter
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

func lastPiece(p para) int { return p.pieces[len(p.pieces)-1] }

func startsLower(t string) bool {
	t = stripListMark(t)
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func startsWordy(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '\''
}

var joiners = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "and": true, "or": true, "in": true,
	"on": true, "for": true, "with": true, "by": true, "at": true, "from": true, "that": true,
	"as": true, "its": true, "their": true, "his": true, "her": true, "our": true, "but": true,
	"than": true, "into": true, "which": true, "who": true, "was": true, "were": true, "is": true,
	"are": true, "be": true, "has": true, "have": true, "had": true, "said": true, "this": true,
}

// endsOnJoiner reports a text ending in a word that cannot end a sentence.
func endsOnJoiner(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	w := t[i+1:]
	return joiners[w] || strings.HasSuffix(t, ",")
}

// isHeadingText reports a short line without sentence-final punctuation
// that starts with a capital or digit: a subhead when it stands alone.
func isHeadingText(t string) bool {
	if len(t) > 100 || words(t) > 10 || strings.HasSuffix(t, ",") {
		return false
	}
	if endsSentence(t) {
		// A label in capitals ("FULL TEXT.") or a bare time or date
		// ("9:02 p.m.") marks a section, whatever its stop.
		d, whole := parseDate(t)
		return words(t) <= 4 && (isAllCaps(t) || isTime(strings.ToLower(strings.Fields(t)[0]))) || d != "" && whole
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) && words(t) > 1
}

// assemble joins a paragraph's pieces into one Paragraph, with a space (or
// nothing, after a hyphen that wrapped a word) at each line join.
func assemble(ps []piece, p para) Paragraph {
	if len(p.pieces) == 1 {
		pc := &ps[p.pieces[0]]
		return Paragraph{Text: pc.text, Heading: p.heading, segs: pc.segs}
	}
	var out Paragraph
	var buf strings.Builder
	n, nseg := 0, 0
	for _, i := range p.pieces {
		n += len(ps[i].text) + 1
		nseg += len(ps[i].segs) + 1
	}
	buf.Grow(n)
	out.segs = make([]segment, 0, nseg)
	for k, i := range p.pieces {
		pc := &ps[i]
		if k > 0 {
			prev := buf.String()
			if !(strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetterByte(prev[len(prev)-2]) && startsLower(pc.text)) {
				last := out.segs[len(out.segs)-1]
				out.segs = append(out.segs, segment{clean: buf.Len(), orig: segEnd(last, buf.Len()), olen: 1})
				buf.WriteByte(' ')
			}
		}
		base := buf.Len()
		for _, s := range pc.segs {
			s.clean += base
			out.segs = append(out.segs, s)
		}
		buf.WriteString(pc.text)
	}
	out.Text = buf.String()
	out.Heading = p.heading
	return out
}

// segEnd returns the original offset just past the segment s, whose
// cleaned bytes run to cleanEnd.
func segEnd(s segment, cleanEnd int) int {
	if s.olen > 0 {
		return s.orig + s.olen
	}
	return s.orig + cleanEnd - s.clean
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isAllCaps reports text with letters, all of them capitals.
func isAllCaps(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

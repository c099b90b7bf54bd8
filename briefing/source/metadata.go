package source

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// takeMeta finds the title, byline and date at the top of a text document.
// The headline is the first short paragraph, or, when a byline or date
// comes soon after, the first title-like paragraph of four words or more
// before it (shorter ones above it are section labels). Paragraphs made
// only of a date or an author's name are metadata, not body.
func takeMeta(ps []piece, paras []para, meta *metaInfo) {
	// Each of the first paragraphs is read as metadata once, as it reads
	// when a headline is known: titleIndex and the loop below both ask.
	var known [8]metaRead
	n := min(len(paras), len(known))
	for k := range n {
		known[k] = metaPara(ps, paras, k, true)
	}
	titled := meta.title != "" // HTML pages name their headline in markup
	start := 0
	if !titled {
		start = titleIndex(ps, paras, known[:n])
	}
	for k := 0; k < n; k++ {
		p := paras[k]
		m := known[k]
		if !titled {
			m = metaPara(ps, paras, k, false)
		}
		if m.ok {
			meta.take(m)
			markMeta(ps, p)
			continue
		}
		if titled {
			continue // a date line may follow a standfirst
		}
		if k < start {
			markMeta(ps, p) // a section label above the headline
			continue
		}
		if !isTitleText(ps, p) && !isTitleSentence(ps, paras, k) {
			break
		}
		var parts []string
		for _, i := range p.pieces {
			parts = append(parts, ps[i].text)
		}
		// A headline wrapped onto a second line of its own (one line per
		// paragraph text) is still one headline.
		if k+1 < len(paras) && len(p.pieces) == 1 && !paras[k+1].gap && len(paras[k+1].pieces) == 1 {
			first, second := ps[p.pieces[0]].text, ps[paras[k+1].pieces[0]].text
			wrapped := startsLower(second) || endsOnJoiner(first) || titleCase(first) && titleCase(second)
			if wrapped && !endsSentence(first) && isHeadingText(second) && !isMetaPara(ps, paras, k+1, known[:n]) {
				k++
				parts = append(parts, second)
				markMeta(ps, paras[k])
			}
		}
		if meta.title == "" {
			meta.title = strings.TrimRight(strings.Join(parts, " "), ";:, ")
		}
		markMeta(ps, p)
		titled = true
	}
}

// isMetaPara reports whether paragraph k is metadata once a headline is
// known, taking the answer from known when it is there.
func isMetaPara(ps []piece, paras []para, k int, known []metaRead) bool {
	if k < len(known) {
		return known[k].ok
	}
	return metaPara(ps, paras, k, true).ok
}

// titleIndex returns the index of the paragraph that holds the headline
// when a byline or date follows within the first paragraphs; otherwise 0.
// known holds the first paragraphs read as metadata (see takeMeta).
func titleIndex(ps []piece, paras []para, known []metaRead) int {
	m := -1
	for k := range known {
		if known[k].ok {
			m = k
			break
		}
	}
	for k := 0; k < m; k++ {
		if isTitleText(ps, paras[k]) && words(ps[paras[k].pieces[0]].text) >= 4 {
			return k
		}
	}
	return 0
}

// metaInfo is what a document says about itself.
type metaInfo struct {
	title, byline, date, publisher, url string
}

func markMeta(ps []piece, p para) {
	for _, i := range p.pieces {
		ps[i].meta = true
	}
}

// metaRead is what metaPara finds in a paragraph: ok when it is all
// metadata, and the date and byline it names.
type metaRead struct {
	date, by string
	ok       bool
}

// take records the date and byline of m unless they are known already.
func (meta *metaInfo) take(m metaRead) {
	if meta.date == "" {
		meta.date = m.date
	}
	if meta.byline == "" {
		meta.byline = m.by
	}
}

// metaPara reads paragraph k as metadata: whether every line of it is a
// date or a byline, and which. A line that is only a name counts as a
// byline when a date stands in the same paragraph or the next, as sites
// print them.
func metaPara(ps []piece, paras []para, k int, titled bool) metaRead {
	p := paras[k]
	if len(p.pieces) > 3 {
		return metaRead{}
	}
	var date, by string
	bare := false
	for _, i := range p.pieces {
		d, b, ok := metaLine(ps[i].text, titled)
		if !ok {
			return metaRead{}
		}
		if b != "" && d == "" && !hasByPrefix(ps[i].text) {
			bare = true
		}
		if date == "" {
			date = d
		}
		if by == "" {
			by = b
		}
	}
	if bare && date == "" {
		if k+1 >= len(paras) || len(paras[k+1].pieces) != 1 {
			return metaRead{}
		}
		if _, whole := parseDate(ps[paras[k+1].pieces[0]].text); !whole {
			return metaRead{}
		}
	}
	return metaRead{date: date, by: by, ok: true}
}

// metaLine reads a line that holds only a date, a byline, or both
// ("By Jane Doe | Sept. 17, 2018").
func metaLine(t string, titled bool) (date, byline string, ok bool) {
	// Metadata lines are short: most body text is ruled out before any
	// splitting or date parsing.
	if len(t) > 160 {
		return "", "", false
	}
	if n := words(t); n > 16 || n > 10 && !hasByPrefix(t) && !hasDigit(t) {
		return "", "", false
	}
	var partsBuf [4]string
	for _, part := range splitMetaInto(partsBuf[:0], t) {
		// Cheap tests first: a date has a digit, a byline starts with
		// "By" or is a short run of capitalised words.
		digit, by := hasDigit(part), hasByPrefix(part)
		if !digit && !by && !(titled && words(part) <= 5) {
			return "", "", false
		}
		if digit {
			if d, whole := parseDate(part); whole {
				if date == "" {
					date = d
				}
				continue
			}
		}
		// Without "By", bylineOf finds no name in more than ten words (a
		// name and a place or job after it): in cleaned text its fields
		// are the words.
		if by || titled && !wordsOver(part, 10) {
			if b := bylineOf(part, titled); b != "" {
				if byline == "" {
					byline = b
				}
				continue
			}
		}
		return "", "", false
	}
	return date, byline, true
}

// metaSeps are the separators sites put between author, date and publisher.
var metaSeps = []string{" | ", " · ", " — ", " - ", " • "}

// hasDigit reports whether t holds an ASCII digit.
func hasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if isDigit(t[i]) {
			return true
		}
	}
	return false
}

// splitMetaInto is splitMeta that, for a line with no separator (most),
// appends its one part to dst rather than allocating.
func splitMetaInto(dst []string, t string) []string {
	if strings.IndexByte(t, 0) >= 0 {
		return splitMeta(t)
	}
	for _, sep := range metaSeps {
		if strings.Contains(t, sep) {
			return splitMeta(t)
		}
	}
	if p := strings.TrimSpace(t); p != "" {
		dst = append(dst, p)
	}
	return dst
}

// splitMeta splits a metadata line at the separators sites put between
// author, date and publisher.
func splitMeta(t string) []string {
	for _, sep := range metaSeps {
		t = strings.ReplaceAll(t, sep, "\x00")
	}
	parts := strings.Split(t, "\x00")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var byPrefixes = []string{"by ", "written by ", "words by ", "story by ", "author: ", "reporting by "}

func hasByPrefix(t string) bool {
	for _, p := range byPrefixes {
		if hasPrefixFold(t, p) {
			return true
		}
	}
	return false
}

// bylineOf returns the author named by a byline ("By Jane Doe", "By Jane
// Doe and John Roe, Reuters"), or, once the headline has been seen, by a
// line that is only a person's name.
func bylineOf(t string, titled bool) string {
	if p := byPrefixOf(t); p != "" {
		name := strings.TrimSpace(t[len(p):])
		if d, _ := parseDate(name); d != "" {
			if i := strings.LastIndexByte(name, ','); i > 0 {
				name = strings.TrimSpace(name[:i])
			}
		}
		if isNameList(name) {
			return name
		}
		if i := strings.IndexByte(name, ','); i > 0 && isNameList(name[:i]) {
			return name[:i]
		}
		return ""
	}
	if titled && isName(t) {
		return t
	}
	// "Jane Doe in Kyiv", "Jane Doe, Diplomatic Editor": the name is the byline.
	if titled {
		for _, sep := range []string{" in ", ", "} {
			if i := strings.Index(t, sep); i > 0 && isName(t[:i]) && words(t[i:]) <= 5 {
				return t[:i]
			}
		}
	}
	return ""
}

// byPrefixOf returns the first of byPrefixes that strings.ToLower(t)
// starts with, or "". For ASCII text it lowers t on the stack.
func byPrefixOf(t string) string {
	var buf [256]byte
	if lb, ok := lowerASCII(buf[:0], t); ok {
		for _, p := range byPrefixes {
			if bytes.HasPrefix(lb, []byte(p)) {
				return p
			}
		}
		return ""
	}
	l := strings.ToLower(t)
	for _, p := range byPrefixes {
		if strings.HasPrefix(l, p) {
			return p
		}
	}
	return ""
}

// isNameList reports one or more names joined by "and" or commas.
func isNameList(t string) bool {
	t = strings.ReplaceAll(t, " and ", ", ")
	for n := range strings.SplitSeq(t, ", ") {
		if !isName(strings.TrimSpace(n)) {
			return false
		}
	}
	return t != ""
}

var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "al": true, "bin": true, "da": true, "der": true, "la": true, "le": true, "del": true, "di": true, "du": true, "el": true, "ibn": true}

// isName reports a line that looks like a person's name: two to five
// capitalised words (particles like "van" or "al" allowed inside).
func isName(t string) bool {
	// The fields as strings.Fields gives them, without allocating: more
	// than five is already too many.
	var wsBuf [6]string
	ws := wsBuf[:0]
	for w := range strings.FieldsSeq(t) {
		if len(ws) == len(wsBuf) {
			return false
		}
		ws = append(ws, w)
	}
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for k, w := range ws {
		var buf [32]byte
		lb, ascii := lowerASCII(buf[:0], w)
		var lw string
		if !ascii {
			lw = strings.ToLower(w)
		}
		r, _ := utf8.DecodeRuneInString(w)
		if k > 0 && k < len(ws)-1 && (ascii && nameParticles[string(lb)] || !ascii && nameParticles[lw]) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '.' || c == '-' || c == '\'') {
				return false
			}
		}
		if ascii {
			if joiners[string(lb)] || months[string(bytes.TrimSuffix(lb, []byte(".")))] != 0 || dateFiller[string(lb)] {
				return false
			}
		} else if joiners[lw] || months[strings.TrimSuffix(lw, ".")] != 0 || dateFiller[lw] {
			return false
		}
	}
	return true
}

// isTitleText reports a paragraph that can be a headline: a few short
// lines without a final full stop.
func isTitleText(ps []piece, p para) bool {
	if len(p.pieces) > 3 {
		return false
	}
	n := 0
	for _, i := range p.pieces {
		n += len(ps[i].text) + 1
	}
	t := strings.TrimRight(ps[lastPiece(p)].text, "\"' ")
	if n > 250 || strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "...") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ps[p.pieces[0]].text)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSymbol(r) || r == '"' || r == '\''
}

// isTitleSentence reports a first paragraph that is one short line ending
// in a full stop, standing alone before longer text: a headline that some
// archives print with a period.
func isTitleSentence(ps []piece, paras []para, k int) bool {
	p := paras[k]
	if len(p.pieces) != 1 || !p.gapAfter || k+1 >= len(paras) {
		return false
	}
	t := ps[p.pieces[0]].text
	if words(t) > 30 || len(t) > 250 {
		return false
	}
	if titleCase(t) {
		return true
	}
	if words(t) > 20 || len(splitSentences(t)) != 1 {
		return false
	}
	next := 0
	for _, i := range paras[k+1].pieces {
		next += len(ps[i].text)
	}
	r, _ := utf8.DecodeRuneInString(t)
	return next > len(t) && (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'')
}

// titleCase reports text whose longer words mostly start with a capital,
// as headlines are set ("Clinton's Claim Isn't True. Not Yet, At Least.").
func titleCase(t string) bool {
	long, upper := 0, 0
	for w := range strings.FieldsSeq(t) {
		w = strings.TrimLeft(w, "\"'(")
		if len(w) <= 3 {
			continue
		}
		long++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 3 && upper*10 >= long*8
}

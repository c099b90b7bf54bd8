package source

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// markFurniture flags the pieces that are page furniture rather than the
// article: navigation, bare URLs, teasers, captions and photo credits,
// separators, page numbers and running headers repeated down the page.
// counts is scratch space for counting the short lines.
func markFurniture(ps []piece, counts map[string]int) {
	// Only the lines that can be dropped for repeating are counted: short
	// ones that do not end a sentence. Most files have fewer than three,
	// so none can repeat three times and the map is not needed.
	clear(counts)
	short := 0
	for i := range ps {
		if repeatable(ps[i].text) {
			short++
		}
	}
	if short >= 3 {
		for i := range ps {
			if repeatable(ps[i].text) {
				counts[ps[i].text]++
			}
		}
	}
	for i := range ps {
		p := &ps[i]
		t := p.text
		switch {
		case isNav(t), isCrumbs(t), isURLOnly(t), isPageMark(t), isBoilerplate(t), isPromo(t), !hasLetterOrDigit(t):
			p.drop = true
		case p.heading && isSectionLabel(t):
			// "Related", "Most read", "Comments": the heading and what
			// it heads, up to the next heading, are the page's, not the
			// article's. Under a list's heading the short lines go, but
			// prose stops it: the list itself may be gone already and the
			// article go on below its heading.
			p.drop = true
			comments := isCommentsLabel(t)
			// A heading already dropped (a linked headline in the list)
			// does not end the section.
			for j := i + 1; j < len(ps) && (!ps[j].heading || ps[j].drop); j++ {
				if !comments && endsSentence(ps[j].text) && words(ps[j].text) >= 15 {
					break
				}
				ps[j].drop = true
			}
		case short >= 3 && counts[t] >= 3:
			p.drop = true
		case isTeaser(t):
			p.drop = true
			// A teaser wrapped onto the next lines of its block goes too.
			for j := i + 1; j < len(ps) && j <= i+2 && !ps[j].gap && !ps[j].indent; j++ {
				ps[j].drop = true
				if endsSentence(ps[j].text) {
					break
				}
			}
		case isCredit(t):
			p.drop = true
			// The caption just above a credit, in the same block, goes too.
			if i > 0 && !p.gap && !ps[i-1].drop && !endsSentence(ps[i-1].text) && words(ps[i-1].text) <= 25 {
				ps[i-1].drop = true
			}
		}
	}
}

// repeatable reports a line that is dropped when it occurs three times or
// more in a file: a running header or a label, not a sentence.
func repeatable(t string) bool { return len(t) <= 100 && !endsSentence(t) }

// stripListMark returns t without a leading list marker ("1. ", "- ", "• ").
func stripListMark(t string) string {
	if n := listMark([]byte(t)); n > 0 {
		return t[n:]
	}
	if strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "· ") {
		return strings.TrimLeft(t[len("•"):], " ")
	}
	return t
}

var navPrefixes = []string{"skip to ", "jump to ", "next page:", "previous page:", "skip navigation", "go to content", "go to main", "back to top", "toggle navigation", "open menu", "close menu", "main menu"}

// hasPrefixFold reports whether t starts with prefix, ignoring ASCII case,
// without lowering (and copying) the whole text.
func hasPrefixFold(t, prefix string) bool {
	if len(t) < len(prefix) {
		return false
	}
	// Most texts differ at the first byte. When the prefix's is ASCII,
	// t's must be the same letter in either case or the same byte: a
	// non-ASCII rune folding to an ASCII letter (the Kelvin sign) is
	// longer than it, so EqualFold would fail anyway.
	if len(prefix) > 0 && prefix[0] < utf8.RuneSelf && lowerByte(t[0]) != lowerByte(prefix[0]) {
		return false
	}
	return strings.EqualFold(t[:len(prefix)], prefix)
}

// hasASCIIPrefixFold is hasPrefixFold for a prefix all ASCII, without
// calling EqualFold: then t's first len(prefix) bytes must match the
// prefix's one for one, as the same letter in either case or the same
// byte. (A non-ASCII rune folding to an ASCII letter, the Kelvin sign, is
// longer than it, so t's bytes would hold fewer runes than the prefix.)
func hasASCIIPrefixFold(t, prefix string) bool {
	if len(t) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerByte(t[i]) != lowerByte(prefix[i]) {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isNav(t string) bool {
	return navSet.match(stripListMark(t))
}

var navSet = newPrefixSet(navPrefixes)

// prefixSet tells whether a text starts with one of a list of ASCII
// prefixes, ignoring case, as hasPrefixFold does: only the prefixes that
// can match the text's first byte are tried.
type prefixSet struct {
	byFirst [256][]string
}

func newPrefixSet(list []string) *prefixSet {
	s := new(prefixSet)
	for _, p := range list {
		for i := 0; i < len(p); i++ {
			if p[i] >= utf8.RuneSelf {
				panic("prefixSet: not ASCII: " + p) // the gate below holds for ASCII prefixes only
			}
		}
		c := p[0]
		s.byFirst[c] = append(s.byFirst[c], p)
		if o := c ^ 0x20; isLetterByte(c) {
			s.byFirst[o] = append(s.byFirst[o], p)
		}
	}
	return s
}

// match reports whether hasPrefixFold(t, p) holds for a prefix p of the
// list. For an ASCII prefix it can hold only when t's first byte is the
// prefix's first byte in either case: any other rune of t that folds to
// an ASCII letter (the Kelvin sign, the long s) takes two or more bytes,
// so t[:len(p)] would have too few runes.
func (s *prefixSet) match(t string) bool {
	if t == "" {
		return false
	}
	for _, p := range s.byFirst[t[0]] {
		if hasASCIIPrefixFold(t, p) {
			return true
		}
	}
	return false
}

// isCrumbs reports a breadcrumb trail: "Home > News > World > Article",
// short names joined by arrows.
func isCrumbs(t string) bool {
	if len(t) > 200 || endsSentence(t) {
		return false
	}
	for _, sep := range []string{" >> ", " > ", " › ", " » ", ">>"} {
		if strings.Count(t, sep) < 2 {
			continue // fewer than three parts; counted without splitting
		}
		parts := strings.Split(t, sep)
		for _, p := range parts {
			if words(p) > 5 || strings.TrimSpace(p) == "" {
				return false
			}
		}
		return true
	}
	return false
}

// isURLOnly reports a line made only of web addresses.
func isURLOnly(t string) bool {
	l := stripListMark(t)
	if l != "" {
		// Most lines start with a byte that no address starts with, even
		// after the brackets are trimmed: the first field fails.
		switch c := l[0]; {
		case c >= utf8.RuneSelf, c == 'h', c == 'w', asciiSpace(c), strings.IndexByte("<>()[]", c) >= 0:
		default:
			return false
		}
	}
	for f := range strings.FieldsSeq(l) {
		f = strings.Trim(f, "<>()[]")
		if !strings.HasPrefix(f, "http://") && !strings.HasPrefix(f, "https://") && !strings.HasPrefix(f, "www.") {
			return false
		}
	}
	return true
}

// asciiSpace reports the ASCII bytes unicode.IsSpace (and strings.Fields) counts as space.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// isPageMark reports page numbers such as "Page 3", "Page 3 of 10", "- 3 -" or "3/10".
func isPageMark(t string) bool {
	if len(t) > 24 {
		return false
	}
	l := strings.ToLower(strings.Trim(t, "-—[]() "))
	l = strings.TrimPrefix(l, "page ")
	l = strings.TrimPrefix(l, "p. ")
	if l == "" {
		return false
	}
	for _, c := range l {
		if !(c >= '0' && c <= '9' || c == ' ' || c == '/' || c == 'o' || c == 'f') {
			return false
		}
	}
	return l[0] >= '0' && l[0] <= '9'
}

var boilerplate = map[string]bool{
	"advertisement": true, "advertising": true, "share": true, "share this article": true, "share this": true,
	"share on facebook": true, "share on twitter": true, "tweet": true, "email": true, "print": true,
	"comments": true, "comment": true, "close": true, "menu": true, "search": true, "home": true,
	"sign in": true, "log in": true, "subscribe": true, "sign up": true, "newsletter": true,
	"all rights reserved": true, "skip advertisement": true, "continue reading": true, "continue reading below": true, "more": true, "read the terms of use": true, "like loading": true, "slideshow": true,
	"continue reading the main story": true, "story continues below advertisement": true,
	"scroll to continue": true, "listen to this article": true, "loading": true, "loading...": true,
	"follow us": true, "related": true, "related articles": true, "related stories": true,
	"more from": true, "most read": true, "most popular": true, "top stories": true, "trending": true,
	"you may also like": true, "recommended": true, "read more": true, "see also": true,
	"replay": true, "play video": true, "watch video": true, "video": true, "now playing": true,
	"share this page": true, "continue reading the main story share this page": true, "opinion": true,
	"more for you": true, "more stories": true, "related topics": true, "image": true, "photo": true,
	"topics": true, "tags": true, "more about": true, "copy link": true, "link copied": true, "reply": true,
	"published in": true, "share this story": true, "print this page": true, "email this": true,
	"share this post": true, "add a comment": true, "leave your comment": true, "hidden categories": true, "view comments": true, "show comments": true,
}

// isBoilerplateLabel reports boilerplate[strings.ToLower(strings.TrimRight(t,
// " .:!|»>"))], without allocating for ASCII text.
func isBoilerplateLabel(t string) bool {
	for len(t) > 0 {
		switch c := t[len(t)-1]; {
		case c == ' ' || c == '.' || c == ':' || c == '!' || c == '|' || c == '>':
			t = t[:len(t)-1]
			continue
		case strings.HasSuffix(t, "»"):
			t = t[:len(t)-len("»")]
			continue
		}
		break
	}
	var buf [64]byte
	if l, ok := lowerASCII(buf[:0], t); ok {
		return boilerplate[string(l)]
	}
	return boilerplate[strings.ToLower(t)]
}

// trimRightBytes is strings.TrimRight(t, string([]byte{a, b})) for two
// ASCII bytes, without building the cut set on every call.
func trimRightBytes(t string, a, b byte) string {
	for len(t) > 0 && (t[len(t)-1] == a || t[len(t)-1] == b) {
		t = t[:len(t)-1]
	}
	return t
}

// isBoilerplate reports a line that is one of the stock labels of a web page.
func isBoilerplate(t string) bool {
	t = stripListMark(t)
	if len(t) <= 60 && isBoilerplateLabel(t) {
		return true
	}
	if len(t) >= 300 {
		return false
	}
	if hasPrefixFold(t, "copyright ") && len(t) > 14 && isDigit(t[10]) || strings.HasSuffix(t, " min read") && words(t) <= 8 {
		return true // "Copyright 2018 The Associated Press. ..."; "4 min read"
	}
	end := trimRightBytes(t, '.', ' ')
	return strings.HasPrefix(t, "©") || hasPrefixFold(t, "copyright ©") || hasPrefixFold(t, "(c) copyright") ||
		len(end) >= 19 && strings.EqualFold(end[len(end)-19:], "all rights reserved")
}

// sectionLabels are headings of the parts of a page that follow or frame
// the article: lists of other stories, comments, sign-ups, sharing.
var sectionLabels = map[string]bool{
	"related": true, "related articles": true, "related stories": true, "related content": true,
	"related posts": true, "related links": true, "related coverage": true, "related topics": true,
	"related searches": true, "related ads": true, "most read": true, "most popular": true,
	"most viewed": true, "most shared": true, "most popular stories": true, "popular stories": true,
	"popular posts": true, "trending": true, "trending now": true, "trending stories": true,
	"top stories": true, "latest news": true, "latest stories": true, "more stories": true,
	"more for you": true, "recommended": true, "recommended for you": true, "you may like": true,
	"you might like": true, "you may also like": true, "you might also like": true,
	"from around the web": true, "around the web": true, "other people are reading": true,
	"comments": true, "comment": true, "post a comment": true, "leave a comment": true,
	"leave a reply": true, "no comments": true, "join the conversation": true, "discussion": true,
	"share this story": true, "share this article": true, "share this": true, "share": true,
	"get our newsletter": true, "newsletter": true, "sign up for our newsletter": true,
	"subscribe to our newsletter": true, "stay informed": true, "stay connected": true,
	"follow us": true, "sponsored": true, "sponsored content": true, "sponsored stories": true,
	"partner offers": true, "promoted stories": true, "advertisement": true, "read next": true,
	"what to read next": true, "editor's picks": true, "editors' picks": true, "featured": true,
	"similar articles": true, "similar posts": true, "what's next": true, "next article": true,
	"previous article": true, "comment on this article": true, "hidden categories": true,
	"report inappropriate content": true, "read later": true, "more news": true, "more videos": true,
	"latest videos": true, "popular now": true, "also on": true, "elsewhere on the web": true,
	"more on this story": true, "more on this topic": true, "in other news": true, "like this": true,
	"about the author": true, "about the authors": true, "tópicos relacionados": true,
	"comentários": true, "comentarios": true, "commentaires": true, "kommentare": true,
	"mais lidas": true, "las más leídas": true, "lo más leído": true, "lire aussi": true,
	"à lire aussi": true, "noticias relacionadas": true, "notícias relacionadas": true,
	"meistgelesen": true, "das könnte sie auch interessieren": true,
}

var listFirst = map[string]bool{"recommended": true, "other": true, "more": true, "latest": true, "top": true, "popular": true, "related": true, "recent": true, "similar": true, "trending": true, "featured": true}

var listLast = map[string]bool{"stories": true, "articles": true, "columns": true, "posts": true, "headlines": true, "news": true, "videos": true, "reads": true, "galleries": true}

// isSectionLabel reports a heading that opens a part of the page other
// than the article ("More from Example News", "Most read in Sport", "12
// comments").
func isSectionLabel(t string) bool {
	if len(t) > 60 {
		return false
	}
	l := strings.ToLower(strings.Trim(stripListMark(t), " .:!|»>()"))
	if sectionLabels[l] {
		return true
	}
	for _, p := range []string{"more from ", "more in ", "most read in ", "most popular in ", "more stories from ", "latest from ", "sponsored by ", "promoted by "} {
		if strings.HasPrefix(l, p) && words(l) <= 6 {
			return true
		}
	}
	f := strings.Fields(l)
	if len(f) >= 2 && len(f) <= 4 && listFirst[f[0]] && listLast[f[len(f)-1]] {
		return true // "Other opinion columns", "More sport news"
	}
	return len(f) == 2 && isNumber(f[0]) && (f[1] == "comments" || f[1] == "comment" || f[1] == "responses" || f[1] == "replies")
}

// isCommentsLabel reports the heading of readers' comments, under which
// everything up to the next heading is theirs.
func isCommentsLabel(t string) bool {
	l := strings.ToLower(t)
	return strings.Contains(l, "comment") || strings.Contains(l, "about the author") || strings.HasPrefix(l, "coment") || strings.HasPrefix(l, "kommentar") || strings.Contains(l, "repl") || strings.Contains(l, "responses") || strings.Contains(l, "discussion") || strings.Contains(l, "conversation")
}

// isClock reports a time of day such as "6:32" or "12:05".
func isClock(s string) bool {
	h, m, ok := strings.Cut(s, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(m) == 2 && isNumber(h) && isNumber(m)
}

func isNumber(s string) bool {
	s = strings.ReplaceAll(s, ",", "")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

var stampUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "min": true, "mins": true,
	"hour": true, "hours": true, "hr": true, "hrs": true, "day": true, "days": true, "week": true,
	"weeks": true, "month": true, "months": true, "year": true, "years": true,
}

var countLabels = map[string]bool{
	"shares": true, "share": true, "comments": true, "comment": true, "likes": true, "views": true,
	"replies": true, "reply": true, "responses": true, "reads": true,
}

var stampPrefixes = []string{"posted by ", "posted on ", "posted at ", "published on ", "written on ", "first published", "last updated", "updated on ", "published: ", "updated: ", "posted: "}

var labelPrefixes = []string{"tags:", "labels:", "topics:", "filed under:", "categories:", "category:", "posted in:", "keywords:"}

// stampPara reports a paragraph made only of small print (see isStamp).
// It is checked after the metadata is taken, so a dateline still gives the
// document its date.
func stampPara(ps []piece, pa para) bool {
	for _, i := range pa.pieces {
		if !isStamp(ps[i].text, ps[i].html) {
			return false
		}
	}
	return true
}

// isStamp reports the small print around an article: "3 hours ago", "2,192
// shares", "View comments (27)", "Posted by Jo at 12:55 AM", "Tags: a, b",
// and, in HTML, a line that is only a date.
func isStamp(t string, html bool) bool {
	if len(t) > 160 || endsSentence(t) && !strings.HasSuffix(t, ":") && words(t) > 4 {
		return false
	}
	if !html && !hasDigit(t) && strings.IndexByte(t, ':') < 0 {
		return false // outside HTML each kind of stamp has a number, or a label and its ':'
	}
	l := strings.ToLower(stripListMark(t))
	f := strings.Fields(strings.Trim(l, "()[]"))
	switch {
	case len(f) == 3 && isNumber(f[0]) && stampUnits[f[1]] && f[2] == "ago":
		return true
	case len(f) == 2 && isNumber(f[0]) && countLabels[f[1]], len(f) == 2 && isNumber(f[1]) && countLabels[f[0]]:
		return true
	case len(f) == 3 && f[0] == "view" && countLabels[f[1]] && isNumber(strings.Trim(f[2], "()")):
		return true
	case len(f) == 2 && (f[1] == "am" || f[1] == "pm") && isClock(f[0]):
		return true // "6:32 PM", the time of a comment
	case len(f) >= 2 && len(f) <= 12 && isNumber(f[len(f)-2]) && (f[len(f)-1] == "photos" || f[len(f)-1] == "images"):
		return true // "Gallery: Launch day | 14 Photos"
	}
	for _, p := range stampPrefixes {
		if strings.HasPrefix(l, p) && words(l) <= 14 && strings.ContainsAny(l, "0123456789") {
			return true
		}
	}
	for _, p := range labelPrefixes {
		if strings.HasPrefix(l, p) && words(l) <= 20 && !endsSentence(t) {
			return true
		}
	}
	if html && words(t) <= 6 {
		if _, whole := parseDate(t); whole {
			return true
		}
	}
	// "By Jo Reed • Nov 11, 2020", "Published 21 November 2019 · Tagged
	// with ...", "First published February 1, 2016: 1:28 AM ET": a dated
	// line of the page's small print, not a sentence of the story.
	if html && words(t) <= 16 && !endsSentence(strings.TrimRight(t, "|•·- ")) || html && words(t) <= 16 && hasClock(f) {
		if d, _ := parseDate(t); d != "" {
			for _, m := range stampCues {
				if strings.Contains(" "+l+" ", m) {
					return true
				}
			}
		}
	}
	return false
}

var stampCues = []string{" by ", "published", "updated", "posted", " · ", " • ", " | ", "reviewed", " am ", " pm ", " et ", " gmt ", " utc "}

func hasClock(f []string) bool {
	for _, w := range f {
		if isClock(strings.TrimRight(w, ",.;")) {
			return true
		}
	}
	return false
}

var teaserPrefixes = []string{
	"related article:", "related articles:", "related:", "read more:", "read also:", "also read:",
	"see also:", "more:", "recommended:", "related content:", "related story:", "related stories:",
	"related coverage:", "read:", "watch:", "listen:", "more on this story:", "read next:",
	"click here", "sign up for", "sign up to", "subscribe to", "follow us on", "you may also like:", "further reading:",
	"share this with", "share on ", "share via", "image caption", "media caption", "image source", "photo caption",
	"caption:", "(reporting by", "reporting by", "(editing by", "editing by", "(additional reporting",
	"additional reporting by", "this material may not be published", "a version of this article appears in print",
	"retrieved from \"http", "email me when ", "contribute a better translation", "originally published at ",
	"this article originally appeared", "this article was reprinted", "this story originally appeared",
}

var teaserSet = newPrefixSet(teaserPrefixes)

// promoMarks in a short line mark a plug for the site's newsletters,
// alerts and apps ("Get our morning briefing in your inbox").
var promoMarks = []string{
	"in your inbox", "to your inbox", "bloggers like this", "sign up for our", "subscribe to our",
	"download our app", "download the app", "like us on facebook", "follow us on",
	"your video will play", "terms & conditions apply", "terms and conditions apply",
}

// isPromo reports a short plug for the site's own newsletters and apps.
func isPromo(t string) bool {
	if wordsOver(t, 20) {
		return false // most lines: the count stops at the 21st word
	}
	// One pass over t, without lowering it: the marks are tried only where
	// the four bytes there, in lower case, are the head of one. That is
	// strings.Contains(strings.ToLower(t), m) for each mark unless t holds
	// a character that lowers to ASCII, when it is lowered after all. A
	// match found before is right for it too: hasPrefixFold matches ASCII
	// bytes only, lowered alike.
	var high byte // the OR of the bytes read: 0x80 set if one is not ASCII
	i := 0
	for ; i+promoHeads.min <= len(t); i++ {
		high |= t[i]
		if promoHeads.may(t[i:]) && promoSet.match(t[i:]) {
			return true
		}
	}
	for ; i < len(t); i++ {
		high |= t[i]
	}
	if high >= utf8.RuneSelf && lowersToASCII(t) {
		return isPromoLower(strings.ToLower(t), t)
	}
	// "Powered by Example", "This series is supported by": a sponsor's credit.
	if wordsOver(t, 12) {
		return false
	}
	end := trimRightBytes(t, ':', ' ')
	const supported = " supported by"
	return hasPrefixFold(t, "powered by ") || hasPrefixFold(t, "sponsored by ") || hasPrefixFold(t, "presented by ") ||
		len(end) >= len(supported) && strings.EqualFold(end[len(end)-len(supported):], supported)
}

// lowersToASCII reports whether t holds one of the two non-ASCII
// characters that strings.ToLower turns into ASCII (İ into "i", the Kelvin
// sign into "k"): only then can lowering t make a mark that t's ASCII
// bytes, lowered alone, do not.
func lowersToASCII(t string) bool {
	return strings.Contains(t, "\u0130") || strings.Contains(t, "\u212a")
}

var promoSet = newPrefixSet(promoMarks)

var promoHeads = newHeadSet(promoMarks)

// headSet is a filter for the ASCII strings a text can start with, ignoring
// case: a set of hashes of their first four bytes, the bit 0x20 set in
// each (as lower case letters, space and most punctuation have it). A text
// whose first bytes, so marked, hash outside the set starts with none.
type headSet struct {
	bits [64]uint64
	min  int // the length of the shortest string
}

func newHeadSet(list []string) *headSet {
	s := &headSet{min: len(list[0])}
	for _, w := range list {
		if len(w) < 4 || strings.ToLower(w) != w || w[0]&w[1]&w[2]&w[3]&0x20 == 0 {
			panic("headSet: not four lower-case bytes with 0x20 set: " + w)
		}
		k := headKey(w)
		s.bits[k/64] |= 1 << (k % 64)
		s.min = min(s.min, len(w))
	}
	return s
}

func headKey(t string) uint {
	t = t[:4] // one bounds check for the four bytes
	x := uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
	return uint((x|0x20202020)*0x9e3779b1) >> 20 // 12 bits
}

// may reports whether t, at least four bytes long, can start with a
// string of the set.
func (s *headSet) may(t string) bool {
	k := headKey(t)
	return s.bits[k/64]&(1<<(k%64)) != 0
}

// isPromoLower is isPromo's test on l, t in lower case.
func isPromoLower(l, t string) bool {
	for _, m := range promoMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	// "Powered by Example", "This series is supported by": a sponsor's credit.
	return !wordsOver(t, 12) && (strings.HasPrefix(l, "powered by ") || strings.HasPrefix(l, "sponsored by ") || strings.HasPrefix(l, "presented by ") || strings.HasSuffix(strings.TrimRight(l, ": "), " supported by"))
}

// lowerASCII appends s in lower case to dst and reports true when s is
// all ASCII, where that is what strings.ToLower gives; otherwise it
// returns false and the caller lowers s with strings.ToLower. Given a
// buffer on the stack large enough, it does not allocate.
func lowerASCII(dst []byte, s string) ([]byte, bool) {
	if len(s) > cap(dst)-len(dst) {
		return dst, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// isTeaser reports a link to another article ("Read more: ...") or a
// plug for the author's social accounts ("Follow Jane Doe on Twitter @jd").
func isTeaser(t string) bool {
	l := stripListMark(t)
	if teaserSet.match(l) {
		return true
	}
	if hasPrefixFold(l, "follow ") && len(t) < 200 {
		for _, s := range []string{" on twitter", " on facebook", " on instagram", " on x ", "@", "twitter |", "| facebook", "twitter|", "|facebook"} {
			if strings.Contains(strings.ToLower(t), s) {
				return true
			}
		}
	}
	return false
}

// agencies are photo agencies whose bare name on a line is a picture credit.
var agencies = map[string]bool{
	"getty": true, "getty images": true, "ap": true, "ap photo": true, "reuters": true, "afp": true,
	"epa": true, "afp/getty images": true, "pa": true, "pa media": true, "shutterstock": true,
	"alamy": true, "dpa": true, "picture-alliance": true, "xinhua": true, "anadolu agency": true,
}

var creditMarks = []string{"Image:", "Photo:", "Picture:", "Photograph:", "Credit:", "Photo credit:", "Image credit:", "Foto:", "Bild:", "Image source,", "Image caption,"}

var creditTails = []string{"/Getty Images", "Getty Images)", "/AFP", "/Reuters", "/AP", "/EPA", "(AP Photo", "/dpa", "/picture-alliance", "/Shutterstock", "/Alamy"}

// creditTailEnds marks the last bytes of the creditTailsTrimmed.
var creditTailEnds = func() (t [256]bool) {
	for _, s := range creditTailsTrimmed {
		t[s[len(s)-1]] = true
	}
	return t
}()

// creditTailsTrimmed are the creditTails without a closing ')'.
var creditTailsTrimmed = func() (out []string) {
	for _, s := range creditTails {
		out = append(out, strings.TrimRight(s, ")"))
	}
	return out
}()

// isCredit reports an image caption's credit line, also when the credit is
// glued to the end of the caption ("...on September 7Image: AFP/X. Y").
func isCredit(t string) bool {
	if len(t) > 300 {
		return false // captions are short
	}
	if len(t) < 24 && agencies[strings.ToLower(strings.TrimRight(t, ". "))] {
		return true
	}
	// Every credit mark holds a ':' or "Image ": most lines have neither.
	marks := creditMarks
	if strings.IndexByte(t, ':') < 0 && !strings.Contains(t, "Image ") {
		marks = nil
	}
	for _, m := range marks {
		i := strings.Index(t, m)
		if i < 0 {
			continue
		}
		rest := strings.TrimSpace(t[i+len(m):])
		glued := i == 0 || t[i-1] != ' ' || endsSentence(strings.TrimSpace(t[:i]))
		if glued && rest != "" && words(rest) <= 8 && !strings.HasSuffix(rest, ".\"") {
			return true
		}
	}
	if strings.HasPrefix(t, "Photo by ") || strings.HasPrefix(t, "(Photo by ") || strings.HasPrefix(t, "Photo: ") {
		return true
	}
	for _, p := range []string{"Photos by ", "Photographs by ", "Illustration by ", "Illustrations by ", "Top photo by ", "Lead image by ", "Lead photo by ", "Top image by ", "Video by "} {
		if strings.HasPrefix(t, p) && words(t) <= 40 {
			return true
		}
	}
	tt := trimRightBytes(t, ')', ' ')
	if tt == "" || !creditTailEnds[tt[len(tt)-1]] {
		return false // most lines end with a byte no credit ends with
	}
	for _, s := range creditTailsTrimmed {
		if strings.HasSuffix(tt, s) && words(t) <= 40 {
			return true
		}
	}
	return false
}

func hasLetterOrDigit(t string) bool {
	for _, r := range t {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0xc0 && r != 0x2014 && r != 0x2026 {
			return true
		}
	}
	return false
}

// words counts the space-separated words of t: the bytes that are not a
// space and follow a space or the start.
func words(t string) int {
	n, _ := countWords(t, -1)
	return n
}

// wordsOver reports words(t) > n, reading t only up to about its (n+1)th
// word.
func wordsOver(t string, n int) bool {
	_, over := countWords(t, n)
	return over
}

const (
	lo7    = 0x7f7f7f7f7f7f7f7f
	hi1    = 0x8080808080808080
	spaces = 0x2020202020202020
)

// spaceBits returns x with the top bit of each byte set where that byte
// of x is ' ', and every other bit clear (exact: no borrows between bytes).
func spaceBits(x uint64) uint64 {
	y := x ^ spaces
	return ^((y&lo7 + lo7) | y | lo7)
}

// countWords counts the words of t eight bytes at a time: a word starts at
// a byte that is not a space after one that is. With limit >= 0 it stops
// once the count passes limit and reports true.
func countWords(t string, limit int) (int, bool) {
	n := 0
	carry := uint64(1) // 1 when the byte before is a space, or at the start
	i := 0
	for ; i+8 <= len(t); i += 8 {
		w := t[i : i+8] // one bounds check for the eight bytes, and one load
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		sp := spaceBits(x)
		starts := ^sp & hi1 & (sp<<8 | carry<<7)
		n += bits.OnesCount64(starts)
		carry = sp >> 63
		if limit >= 0 && n > limit {
			return n, true
		}
	}
	for ; i < len(t); i++ {
		if t[i] == ' ' {
			carry = 1
		} else {
			n += int(carry)
			carry = 0
		}
	}
	return n, limit >= 0 && n > limit
}

// endsSentence reports whether t ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(t string) bool {
	// strings.TrimRight(t, "\"')]”’ "), without its slow path for a cut
	// set that is not ASCII.
	for len(t) > 0 {
		switch c := t[len(t)-1]; {
		case c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ':
			t = t[:len(t)-1]
			continue
		case strings.HasSuffix(t, "”") || strings.HasSuffix(t, "’"):
			t = t[:len(t)-len("”")]
			continue
		}
		break
	}
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return strings.HasSuffix(t, "…")
}

// bioVerbs follow the author's name in the note about them that closes an
// article ("Jo Reed is a reporter for ...", "Jo Reed has covered ...").
var bioVerbs = []string{" is a ", " is an ", " is the ", " has covered ", " covers ", " writes ", " has written ", " is on twitter", " is based in ", " reported from ", " is a contributing "}

// dropBio removes, among the last three paragraphs, the note about the
// author and how to reach them: a paragraph that opens with the byline's
// name (or "Contact" and the name) and goes on as a biography.
func dropBio(ps []piece, paras []para, byline string) []para {
	if byline == "" {
		return paras
	}
	names := []string{byline}
	if f := strings.Fields(byline); len(f) > 2 {
		names = append(names, f[0]+" "+f[len(f)-1])
	}
	// The window is the last three paragraphs of prose; headings of the
	// page's own sections may follow the note.
	from, n := len(paras), 0
	for from > 0 && n < 3 {
		from--
		if !paras[from].heading {
			n++
		}
	}
	out := paras[:0]
	for k, pa := range paras {
		if k >= from && !pa.heading && isBio(ps[pa.pieces[0]].text, names) {
			continue
		}
		out = append(out, pa)
	}
	return out
}

// roleWords name the trades of the people who write articles.
var roleWords = []string{"reporter", "editor", "writer", "correspondent", "journalist", "columnist", "contributor", "historian", "author of", "producer", "critic", "based in", "twitter"}

func hasRoleWord(l string) bool {
	for _, w := range roleWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func isBio(t string, names []string) bool {
	if wordsOver(t, 80) {
		return false
	}
	l := strings.ToLower(t)
	for _, n := range names {
		n = strings.ToLower(n)
		if strings.HasPrefix(l, "contact "+n) {
			return true
		}
		if !strings.HasPrefix(l, n) {
			continue
		}
		rest := l[len(n):]
		for _, v := range bioVerbs {
			if strings.HasPrefix(rest, v) && (!strings.HasPrefix(v, " is ") || hasRoleWord(rest)) {
				return true
			}
		}
	}
	return false
}

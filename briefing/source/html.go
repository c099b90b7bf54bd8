package source

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// The HTML reader walks the file with golang.org/x/net/html's tokenizer
// rather than a readability library: readability rebuilds a DOM and hands
// back text with no link to the bytes of the file, while the tokenizer's
// Raw() lets every extracted character keep its offset, so citations can
// point at the lines of the HTML file that hold the text.

// skipTags are elements whose whole content is never article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"nav": true, "aside": true, "form": true, "button": true, "select": true, "textarea": true,
	"iframe": true, "figure": true, "figcaption": true, "object": true, "canvas": true, "video": true,
	"audio": true, "menu": true, "dialog": true, "footer": true,
}

// blockTags end one piece of text and start another.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "li": true, "ul": true,
	"ol": true, "dl": true, "dt": true, "dd": true, "blockquote": true, "pre": true, "table": true,
	"tr": true, "td": true, "th": true, "br": true, "hr": true, "header": true, "footer": true,
	"address": true, "center": true, "caption": true, "body": true, "html": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "title": true, "figure": true,
}

var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true, "param": true,
}

// keepTags are never dropped for their class names.
var keepTags = map[string]bool{"html": true, "body": true, "main": true, "article": true}

// furnitureWords in a class, id or role mark page furniture, unless a
// content word is there too.
var furnitureWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true, "sidebar": true,
	"share": true, "sharing": true, "social": true, "related": true, "recommended": true,
	"comments": true, "comment": true, "advert": true, "advertisement": true, "ad": true, "ads": true,
	"promo": true, "newsletter": true, "cookie": true, "cookies": true, "breadcrumb": true,
	"breadcrumbs": true, "subscribe": true, "popup": true, "modal": true, "caption": true,
	"credit": true, "credits": true, "widget": true, "banner": true, "masthead": true, "toolbar": true,
	"tags": true, "paywall": true, "signup": true, "outbrain": true, "taboola": true, "complementary": true,
	"contentinfo": true, "search": true, "skip": true, "dfp": true, "gpt": true, "pagination": true, "pager": true,
}

var contentWords = map[string]bool{"content": true, "article": true, "story": true, "body": true, "main": true, "post": true, "entry": true, "text": true}

// htmlReader holds the state of one pass over an HTML file.
type htmlReader struct {
	b          builder
	out        []piece
	meta       *metaInfo
	skip       string // the element being skipped, or ""
	skipDepth  int
	inArticle  int
	heading    bool
	item       bool
	linkDepth  int
	linkBytes  int
	invalid    int
	captureBy  bool // inside a byline element
	byline     strings.Builder
	inTitle    bool
	hints      bool // class, id and role names may mark furniture
	h1Piece    int  // index of the piece of the first <h1>, or -1
	inH1       bool
	titleTag   string
	ogTitle    string
	articled   []bool // per piece: inside <article>/<main>
	bodyTag    string // the element marked itemprop=articleBody, if any
	bodyDepth  int
	anyArticle bool
	ldAuthor   string // the author's name in the page's JSON-LD, if a person
}

// htmlPieces extracts the article text of an HTML file as pieces, one per
// block of text, and fills meta from the head and the byline elements.
func htmlPieces(sc *scratch, raw []byte, meta *metaInfo) ([]piece, int) {
	r := readHTML(sc, raw, meta, true)
	kept := 0
	for i := range r.out {
		if !r.out[i].drop {
			kept += len(r.out[i].text)
		}
	}
	if kept < 500 {
		// Class names misled us (a wrapper called "layout-with-sidebar"):
		// read again trusting only the tags, and keep the better harvest.
		var m2 metaInfo
		r2 := readHTML(sc, raw, &m2, false)
		kept2 := 0
		for i := range r2.out {
			if !r2.out[i].drop {
				kept2 += len(r2.out[i].text)
			}
		}
		if kept2 > kept {
			*meta = m2
			r = r2
			r.meta = meta
		}
	}
	r.finishMeta()
	return r.out, r.invalid
}

// readHTML makes one pass over the page; hints says whether class, id and
// role names may mark furniture.
func readHTML(sc *scratch, raw []byte, meta *metaInfo, hints bool) *htmlReader {
	r := &htmlReader{meta: meta, hints: hints, h1Piece: -1}
	r.b.keep(&sc.store, raw)
	z := html.NewTokenizer(bytes.NewReader(raw))
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		rawTok := z.Raw()
		start := off
		off += len(rawTok)
		switch tt {
		case html.TextToken:
			r.text(rawTok, start)
		case html.StartTagToken, html.SelfClosingTagToken:
			r.start(z, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(string(name))
		}
	}
	r.flush()
	// Keep only the text inside <article>/<main> when that is where the
	// story is; some pages wrap just a teaser in <article>.
	in, all := 0, 0
	for i := range r.out {
		if !r.out[i].drop {
			all += len(r.out[i].text)
			if r.articled[i] {
				in += len(r.out[i].text)
			}
		}
	}
	if r.anyArticle && (in >= 1000 || in*10 >= all*4) {
		for i := range r.out {
			if !r.articled[i] {
				r.out[i].drop = true
			}
		}
	}
	// Short labels above the headline are section names and kickers.
	for i := 0; i < r.h1Piece; i++ {
		if words(r.out[i].text) <= 6 {
			r.out[i].drop = true
		}
	}
	return r
}

func (r *htmlReader) text(raw []byte, start int) {
	if r.skip != "" {
		if r.captureBy {
			r.byline.WriteString(html.UnescapeString(string(raw)))
		}
		if r.skip == "script" && r.meta.date == "" {
			r.meta.date = ldDate(raw)
		}
		if r.skip == "script" && r.ldAuthor == "" {
			r.ldAuthor = ldAuthor(raw)
		}
		return
	}
	if r.inTitle {
		r.titleTag += string(raw)
		return
	}
	before := len(r.b.buf)
	r.invalid += feedHTML(&r.b, raw, start)
	if r.linkDepth > 0 {
		r.linkBytes += len(r.b.buf) - before
	}
}

func (r *htmlReader) start(z *html.Tokenizer, selfClosing bool) {
	nameB, hasAttr := z.TagName()
	name := string(nameB)
	var attrs map[string]string
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		if attrs == nil {
			attrs = map[string]string{}
		}
		attrs[string(k)] = string(v)
	}
	if r.meta.date == "" && strings.EqualFold(attrs["itemprop"], "datePublished") {
		// <span itemprop="datePublished" content="2017-01-18">, read
		// also inside a skipped header.
		r.meta.date, _ = parseDate(attrs["content"] + " " + attrs["datetime"])
	}
	if r.skip != "" {
		if name == r.skip && !selfClosing && !voidTags[name] {
			r.skipDepth++
		}
		return
	}
	switch name {
	case "meta":
		r.metaTag(attrs)
		return
	case "link":
		if strings.Contains(" "+attrs["rel"]+" ", " canonical ") && r.meta.url == "" {
			r.meta.url = Sanitize(attrs["href"])
		}
		return
	case "time":
		if r.meta.date == "" && attrs["datetime"] != "" {
			r.meta.date, _ = parseDate(attrs["datetime"])
		}
	case "title":
		r.inTitle = true
		return
	}
	if blockTags[name] {
		r.flush()
	}
	if voidTags[name] || selfClosing {
		return
	}
	if len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && attrs["id"] != "" {
		// A heading's id is an anchor made from its text ("Social_impact"),
		// no hint of furniture.
		delete(attrs, "id")
	}
	if skipTags[name] || name == "header" && r.inArticle == 0 || r.hints && !keepTags[name] && isFurniture(attrs) {
		if isBylineElem(attrs) && r.byline.Len() == 0 {
			r.captureBy = true
		}
		r.skip, r.skipDepth = name, 1
		return
	}
	switch name {
	case "article", "main":
		r.inArticle++
	case "h1", "h2", "h3", "h4", "h5", "h6":
		r.heading = true
		r.inH1 = name == "h1" && r.h1Piece < 0
	case "li":
		r.item = true
	case "a":
		r.linkDepth++
	}
	if r.bodyTag == name {
		r.bodyDepth++
	} else if r.bodyTag == "" && strings.EqualFold(attrs["itemprop"], "articleBody") {
		r.bodyTag, r.bodyDepth = name, 1
	}
}

func (r *htmlReader) end(name string) {
	if r.skip != "" {
		if name == r.skip {
			r.skipDepth--
			if r.skipDepth == 0 {
				r.skip = ""
				if r.captureBy {
					r.captureBy = false
				}
			}
		}
		return
	}
	if name == "title" {
		r.inTitle = false
		return
	}
	if blockTags[name] {
		r.flush()
	}
	if name == r.bodyTag && r.bodyDepth > 0 {
		r.bodyDepth--
	}
	switch name {
	case "article", "main":
		r.inArticle = max(r.inArticle-1, 0)
	case "a":
		r.linkDepth = max(r.linkDepth-1, 0)
	}
}

// flush ends the current piece of text.
func (r *htmlReader) flush() {
	t, segs := r.b.text()
	if t != "" {
		p := piece{text: t, segs: segs, start: segs[0].orig, gap: true, heading: r.heading && words(t) <= 20, item: r.item, html: true}
		// A short block that is nearly all link text is navigation.
		if r.linkBytes*10 >= len(t)*8 && words(t) <= 20 {
			p.drop = true
		}
		if r.inH1 {
			r.h1Piece = len(r.out)
		}
		r.out = append(r.out, p)
		in := r.inArticle > 0 || r.bodyDepth > 0
		r.articled = append(r.articled, in)
		if in {
			r.anyArticle = true
		}
	}
	r.b.reset()
	r.heading, r.item, r.linkBytes, r.inH1 = false, false, 0, false
}

// metaTag reads the document's own metadata from a <meta> element.
func (r *htmlReader) metaTag(a map[string]string) {
	key := strings.ToLower(a["property"] + a["name"] + a["itemprop"])
	v := strings.TrimSpace(Sanitize(a["content"]))
	if v == "" {
		return
	}
	m := r.meta
	switch key {
	case "og:title", "twitter:title":
		if r.ogTitle == "" {
			r.ogTitle = v
		}
	case "og:site_name", "application-name":
		if m.publisher == "" {
			m.publisher = v
		}
	case "og:url":
		if m.url == "" {
			m.url = v
		}
	case "article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate",
		"publish-date", "publishdate", "sailthru.date", "parsely-pub-date", "og:published_time":
		if d, _ := parseDate(v); d != "" && m.date == "" {
			m.date = d
		}
	case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author":
		if m.byline == "" && !strings.Contains(v, "://") && !strings.HasPrefix(v, "www.") {
			if b := bylineOf(v, true); b != "" {
				m.byline = b
			} else {
				m.byline = v
			}
		}
	}
}

// finishMeta settles the title (h1, then og:title, then <title> less the
// site's name) and the byline found in the page, and drops the body copy
// of the headline.
func (r *htmlReader) finishMeta() {
	m := r.meta
	clean := func(s string) string {
		var b builder
		b.reset()
		feedHTML(&b, []byte(s), 0)
		t, _ := b.text()
		return t
	}
	if r.h1Piece >= 0 {
		// An <h1> holding the site's name or a section's, while the page
		// title names a heading printed further down: that heading is the
		// headline.
		h1 := r.out[r.h1Piece].text
		for _, c := range []string{dropSiteName(clean(r.ogTitle), []string{" | ", " - ", " — ", " :: ", " @ "}), dropSiteName(clean(r.titleTag), []string{" | ", " - ", " — ", " :: ", " @ "})} {
			if c == "" || strings.EqualFold(c, h1) || words(c) < 3 {
				continue
			}
			if k := r.headingPiece(c); k >= 0 {
				if r.h1Piece < k {
					r.out[r.h1Piece].meta = true // the label above the headline
				}
				r.h1Piece = k
				break
			}
		}
	}
	switch {
	case r.h1Piece >= 0:
		m.title = r.out[r.h1Piece].text
		r.out[r.h1Piece].meta = true
	case r.ogTitle != "":
		m.title = dropSiteName(clean(r.ogTitle), []string{" | "})
	default:
		m.title = dropSiteName(clean(r.titleTag), []string{" | ", " - ", " — ", " :: "})
	}
	if m.byline == "" {
		var b builder
		b.reset()
		b.feedBytes([]byte(r.byline.String()), 0)
		t, _ := b.text()
		if by := bylineOf(t, true); by != "" {
			m.byline = by
		}
	}
	if strings.EqualFold(m.byline, m.publisher) {
		m.byline = "" // the site named as its own author
	}
	if m.byline == "" && r.ldAuthor != "" {
		m.byline = r.ldAuthor
	}
	m.byline = dropRole(m.byline)
	if m.publisher == m.title {
		m.publisher = ""
	}
	if m.publisher != "" {
		for _, sep := range []string{" - ", " | ", " — "} {
			if strings.HasSuffix(strings.ToLower(m.title), strings.ToLower(sep+m.publisher)) {
				m.title = strings.TrimSpace(m.title[:len(m.title)-len(sep+m.publisher)])
			}
		}
	}
	// The headline may be printed more than once (a hidden copy for
	// search engines); none of the copies is body text.
	// So is "Section|Headline", a kicker glued to a copy of it.
	for i := range r.out {
		t := r.out[i].text
		if t == m.title || m.title != "" && strings.HasSuffix(t, m.title) && strings.HasSuffix(strings.TrimRight(t[:len(t)-len(m.title)], " "), "|") && words(t[:len(t)-len(m.title)]) <= 4 {
			r.out[i].meta = true
		}
	}
}

// dropSiteName removes the site's and section's names that follow the
// headline in a page title ("Headline | Section | Site"), keeping at least
// three words of headline once a name is gone.
func dropSiteName(t string, seps []string) string {
	for _, sep := range seps {
		for n := 0; ; n++ {
			i := strings.LastIndex(t, sep)
			if i <= 0 || words(t[i:]) > 5 || n > 0 && words(t[:i]) < 3 {
				break
			}
			t = t[:i]
		}
	}
	return t
}

// roleEnds end a byline that goes on past the name to the author's job
// ("Ben Stone Games Editor", "Jo Reed, MA Example Health News").
var roleEnds = map[string]bool{
	"editor": true, "reporter": true, "writer": true, "correspondent": true, "columnist": true,
	"contributor": true, "news": true, "staff": true, "producer": true, "critic": true, "director": true,
}

// dropRole keeps only the name of a byline that names the author's job too.
func dropRole(b string) string {
	f := strings.Fields(b)
	if len(f) < 3 || !roleEnds[strings.ToLower(f[len(f)-1])] {
		return b
	}
	if i := strings.IndexByte(b, ','); i > 0 && words(b[:i]) >= 2 {
		return b[:i]
	}
	if len(f) < 4 {
		return b
	}
	n := 2
	if strings.HasSuffix(f[1], ".") && len(f) >= 5 {
		n = 3 // "Nelson D. Schwartz Economics Reporter"
	}
	return strings.Join(f[:n], " ")
}

// ldDate returns the "datePublished" of a page's JSON-LD (schema.org)
// script, or "".
func ldDate(raw []byte) string {
	i := bytes.Index(raw, []byte(`"datePublished"`))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(raw[i+len(`"datePublished"`):], " \t\r\n")
	if len(rest) == 0 || rest[0] != ':' {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' {
		return ""
	}
	end := bytes.IndexByte(rest[1:], '"')
	if end < 0 || end > 64 {
		return ""
	}
	d, _ := parseDate(string(rest[1 : 1+end]))
	return d
}

// ldAuthor returns the name of the first author of a page's JSON-LD script
// when that author is a person ({"author": {"@type": "Person", "name":
// "Jo Reed"}}), or "".
func ldAuthor(raw []byte) string {
	i := bytes.Index(raw, []byte(`"author"`))
	if i < 0 {
		return ""
	}
	rest := raw[i+len(`"author"`):]
	if len(rest) > 300 {
		rest = rest[:300]
	}
	if end := bytes.IndexAny(rest, "}]"); end >= 0 {
		rest = rest[:end]
	}
	if !bytes.Contains(rest, []byte(`"Person"`)) {
		return ""
	}
	j := bytes.Index(rest, []byte(`"name"`))
	if j < 0 {
		return ""
	}
	v := bytes.TrimLeft(rest[j+len(`"name"`):], " \t\r\n:")
	if len(v) == 0 || v[0] != '"' {
		return ""
	}
	end := 1
	for end < len(v) && v[end] != '"' {
		if v[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(v) {
		return ""
	}
	name, err := strconv.Unquote(string(v[:end+1]))
	if err != nil || !isName(strings.TrimSpace(name)) {
		return ""
	}
	return strings.TrimSpace(name)
}

// headingPiece returns the index of the kept heading whose text is t, or -1.
func (r *htmlReader) headingPiece(t string) int {
	for i := range r.out {
		if r.out[i].heading && !r.out[i].drop && strings.EqualFold(r.out[i].text, t) {
			return i
		}
	}
	return -1
}

func isFurniture(a map[string]string) bool {
	if a == nil {
		return false
	}
	if a["hidden"] != "" || a["aria-hidden"] == "true" {
		return true
	}
	if isBylineElem(a) {
		return true
	}
	hint := strings.ToLower(a["class"] + " " + a["id"] + " " + a["role"])
	bad := false
	for w := range strings.FieldsFuncSeq(hint, func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if contentWords[w] {
			return false
		}
		if furnitureWords[w] {
			bad = true
		}
	}
	// Run-together names are read only in class, not in id: ids are often
	// made from the heading's text ("Social_impact").
	for w := range strings.FieldsFuncSeq(strings.ToLower(a["class"]), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if furniturePrefix(w) {
			bad = true
		}
	}
	return bad
}

// furnitureStems start run-together class names ("sharebar",
// "relatedposts", "newsletterbox") of furniture.
var furnitureStems = []string{"share", "social", "newsletter", "related", "sponsor", "disqus", "outbrain", "taboola", "breadcrumb", "cookie", "comments", "commentlist", "popular", "trending", "recirc", "subscribe", "signup",
	"advert", "adslot", "adunit", "adwrap", "adcontainer", "paywall", "subscription", "recommend", "morestories", "authorbio", "printonly"}

func furniturePrefix(w string) bool {
	for _, s := range furnitureStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// isBylineElem reports an element that holds the author's name.
func isBylineElem(a map[string]string) bool {
	if a["rel"] == "author" || a["itemprop"] == "author" {
		return true
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(a["class"]), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if w == "byline" || w == "author" {
			return true
		}
	}
	return false
}

// feedHTML feeds raw HTML text into b, decoding character references so
// each decoded character maps to the whole reference in the file.
func feedHTML(b *builder, raw []byte, orig int) (invalid int) {
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '&')
		if j < 0 {
			invalid += b.feedBytes(raw[i:], orig+i)
			break
		}
		invalid += b.feedBytes(raw[i:i+j], orig+i)
		i += j
		n := entityLen(raw[i:])
		if n == 0 {
			b.feed('&', orig+i, 1, true)
			i++
			continue
		}
		dec := html.UnescapeString(string(raw[i : i+n]))
		if dec == string(raw[i:i+n]) {
			invalid += b.feedBytes(raw[i:i+n], orig+i)
			i += n
			continue
		}
		for _, c := range dec {
			b.feed(c, orig+i, n, false)
		}
		i += n
	}
	return invalid
}

// entityLen returns the length of the character reference ("&amp;",
// "&#163;") at the start of s, or 0.
func entityLen(s []byte) int {
	for k := 1; k < len(s) && k < 33; k++ {
		c := s[k]
		if c == ';' {
			if k == 1 {
				return 0
			}
			return k + 1
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
			return 0
		}
	}
	return 0
}

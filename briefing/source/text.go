package source

import (
	"bytes"
	"strings"
)

// piece is one cleaned line of a text or Markdown file, or one text block
// of an HTML file, with its map back to the original bytes.
type piece struct {
	text    string
	segs    []segment
	start   int  // original offset of the first byte
	rawLen  int  // length of the original line, for telling hard-wrapped text
	gap     bool // a blank line or block boundary comes before it
	indent  bool // the line starts with white space
	item    bool // a list item
	heading bool // markup says it is a heading
	drop    bool // page furniture
	meta    bool // taken as the title, byline or date
	html    bool // a block of an HTML page: only markup makes it a heading
}

// textPieces splits a plain text file into cleaned lines, kept in sc. It
// returns the pieces, the number of bytes that were not valid UTF-8, and
// the start of every line as indexLines gives them when the file has no
// '\r' and no front matter (then its lines are those read here), else nil.
func textPieces(sc *scratch, raw []byte, markdown bool, meta *metaInfo) ([]piece, int, []int) {
	var (
		out     = sc.pieces[:0]
		starts  = sc.starts[:0]
		b       builder
		invalid int
		gap     = true
		fence   []byte
		md      mdLine
		unlike  bool // the lines read may not be indexLines' (a '\r', front matter)
	)
	// Each line is built in the scratch buffer, then kept in its store.
	b.keep(&sc.store, raw)
	b.buf = sc.line[:0]
	// The next '\r' at or after off, len(raw) if none, -1 before the first
	// search: most files have none, so it is looked for once, and each
	// line's end is found with IndexByte rather than IndexAny.
	cr := -1
	for off := 0; off < len(raw); {
		starts = append(starts, off)
		// Lines end at "\n", "\r\n" or a lone "\r" (old Mac files).
		if cr < off {
			cr = len(raw)
			if k := bytes.IndexByte(raw[off:], '\r'); k >= 0 {
				cr = off + k
				unlike = true
			}
		}
		end := cr
		if k := bytes.IndexByte(raw[off:cr], '\n'); k >= 0 {
			end = off + k
		}
		next := 0
		if end == len(raw) {
			next = end
		} else {
			next = end + 1
			if raw[end] == '\r' && next < len(raw) && raw[next] == '\n' {
				next++
			}
		}
		line := raw[off:end]
		start := off
		off = next
		if start == 0 {
			line, start = skipBOM(line, start)
		}
		b.reset()
		p := piece{start: start, rawLen: len(line)}
		if markdown && start <= 3 && isFrontMatterFence(line) {
			off = frontMatter(raw, off, meta)
			unlike = true
			gap = true
			continue
		}
		if markdown {
			if fence != nil {
				if bytes.HasPrefix(bytes.TrimLeft(line, " "), fence) {
					fence = nil
				}
				gap = true
				continue
			}
			if f := codeFence(line); f != nil {
				fence = f
				gap = true
				continue
			}
			if isSetextUnderline(line) && !gap && len(out) > 0 {
				out[len(out)-1].heading = true
				gap = true
				continue
			}
			md.parse(line)
			if md.skip {
				gap = true
				continue
			}
			p.heading, p.item = md.heading, md.item
			for _, r := range md.keep {
				invalid += feedHTML(&b, line[r[0]:r[1]], start+r[0])
			}
		} else {
			invalid += feedHTML(&b, line, start)
		}
		p.text, p.segs = b.text()
		if p.text == "" {
			gap = true
			continue
		}
		if len(p.segs) > 0 {
			p.start = p.segs[0].orig
		}
		p.indent = len(line) > 0 && (line[0] == ' ' || line[0] == '\t')
		p.gap = gap
		gap = false
		out = append(out, p)
	}
	sc.pieces, sc.line, sc.starts = out, b.buf, starts
	if unlike {
		starts = nil
	}
	return out, invalid, starts
}

func skipBOM(line []byte, start int) ([]byte, int) {
	if bytes.HasPrefix(line, []byte("\xef\xbb\xbf")) {
		return line[3:], start + 3
	}
	return line, start
}

func isFrontMatterFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}

// frontMatter reads a Markdown file's YAML front matter from off (just
// past its opening "---") into meta and returns the offset past its
// closing "---". Without a closing fence nothing is taken.
func frontMatter(raw []byte, off int, meta *metaInfo) int {
	var m metaInfo
	for p := off; p < len(raw); {
		end := bytes.IndexByte(raw[p:], '\n')
		if end < 0 {
			end = len(raw)
		} else {
			end += p
		}
		line := raw[p:end]
		if isFrontMatterFence(line) {
			if meta.title == "" {
				*meta = m
			}
			return min(end+1, len(raw))
		}
		if k := bytes.IndexByte(line, ':'); k > 0 {
			key := strings.ToLower(strings.TrimSpace(string(line[:k])))
			val := cleanValue(line[k+1:])
			switch key {
			case "title", "headline":
				m.title = val
			case "author", "byline", "authors":
				if !strings.Contains(val, "://") {
					m.byline = strings.TrimPrefix(val, "By ")
				}
			case "date", "published", "pubdate", "published_at", "date_published":
				m.date, _ = parseDate(val)
			case "publisher", "source", "site", "site_name":
				m.publisher = val
			case "url", "canonical", "canonical_url", "link":
				m.url = val
			}
		}
		p = end + 1
	}
	return off
}

// cleanValue turns a front-matter value into plain text: quotes and
// control characters removed, spaces and marks normalised.
func cleanValue(v []byte) string {
	var b builder
	b.reset()
	b.feedBytes(v, 0)
	t, _ := b.text()
	return strings.Trim(t, "\"' []")
}

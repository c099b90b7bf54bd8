package source

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"path"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"briefing/briefing/model"
)

// Parse turns one file's bytes into a Document. id is the file's citation
// name, p where it was read from; the format follows p's extension. The
// Document keeps raw (paragraph texts may share its bytes): it must not be
// changed afterwards.
func Parse(id, p string, raw []byte) (*Document, error) {
	doc, _, err := parse(id, p, raw)
	return doc, err
}

// errBinary marks a file that is not text.
var errBinary = errors.New("binary file, not text")

// parse is Parse that also returns a note on a file used only in part.
func parse(id, p string, raw []byte) (*Document, string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, "", errors.New("empty file")
	}
	note := ""
	if isUTF16(raw) {
		// Lines survive the conversion, so cited lines stay right; byte
		// offsets then count the converted text.
		raw = fromUTF16(raw)
		note = "UTF-16 text read as UTF-8 (cited byte offsets count the converted text)"
	}
	if isBinary(raw) {
		return nil, "", errBinary
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	format := formatOf(p)
	doc := &sc.docs.make(1)[0]
	doc.Raw = raw
	doc.Meta = model.Source{ID: cleanName(id), Path: cleanName(p), Lines: countLines(raw), Format: format}
	var (
		ps      []piece
		invalid int
	)
	// Kept in the scratch: the HTML reader holds a pointer to it, which
	// would move a local to the heap (an allocation a file).
	sc.meta = metaInfo{}
	meta := &sc.meta
	switch format {
	case "html":
		ps, invalid = htmlPieces(sc, raw, meta)
	default:
		var starts []int
		ps, invalid, starts = textPieces(sc, raw, format == "md", meta)
		if starts != nil {
			doc.lineStarts = sc.ints.make(len(starts))
			copy(doc.lineStarts, starts)
		}
	}
	if doc.lineStarts == nil {
		doc.lineStarts = indexLines(raw)
	}
	markFurniture(ps, sc.counts)
	paras := group(sc, ps, hardWrapped(ps))
	takeMeta(ps, paras, meta)
	kept := paras[:0]
	for _, pa := range paras {
		if !ps[pa.pieces[0]].meta && !stampPara(ps, pa) {
			kept = append(kept, pa)
		}
	}
	kept = rejoin(ps, kept)
	kept = dropBio(ps, kept, meta.byline)
	if len(kept) > 0 {
		doc.Paragraphs = sc.paragraphs.make(len(kept))[:0]
	}
	// The sentences of all paragraphs are gathered in scratch space, then
	// copied to one slice of the right size that the paragraphs share.
	spans, ends := sc.spans[:0], sc.ends[:0]
	for _, pa := range kept {
		par := assemble(ps, pa)
		if !par.Heading && len(pa.pieces) == 1 && pa.gap && pa.gapAfter && !ps[pa.pieces[0]].html && isHeadingText(par.Text) {
			par.Heading = true
		}
		if par.Heading {
			spans = append(spans, Span{0, len(par.Text)})
		} else {
			spans = appendSentences(spans, par.Text)
		}
		ends = append(ends, len(spans))
		doc.Paragraphs = append(doc.Paragraphs, par)
	}
	all := sc.sentences.make(len(spans))
	copy(all, spans)
	from := 0
	for i, e := range ends {
		if e > from {
			// Capped: an append to one paragraph's sentences copies them.
			doc.Paragraphs[i].Sentences = all[from:e:e]
		}
		from = e
	}
	sc.spans, sc.ends = spans, ends
	doc.Meta.Title = meta.title
	doc.Meta.Byline = meta.byline
	doc.Meta.Date = meta.date
	doc.Meta.Publisher = meta.publisher
	doc.Meta.URL = meta.url
	if len(doc.Paragraphs) == 0 && doc.Meta.Title == "" {
		*doc = Document{} // not kept: the block need not hold its text
		return nil, "", errors.New("no article text found")
	}
	if invalid > 0 {
		note = fmt.Sprintf("%d bytes of invalid UTF-8 read as Windows-1252", invalid)
	}
	return doc, note, nil
}

// scratch holds the working slices of one parse, reused from file to file
// so that only what the Document keeps is allocated.
type scratch struct {
	pieces []piece
	line   []byte // the line being cleaned
	starts []int  // the lines' start offsets (see textPieces)
	paras  []para
	idx    []int // the pieces of the paragraphs, in runs (see group)
	spans  []Span
	ends   []int
	counts map[string]int // how often each short line occurs (see markFurniture)
	meta   metaInfo       // what the file says about itself
	// What the documents keep, cut from blocks shared by many of them
	// (the pool keeps the last blocks).
	store      pieceStore // the pieces' texts and segments
	docs       slab[Document]
	paragraphs slab[Paragraph]
	sentences  slab[Span]
	ints       slab[int] // the documents' line starts
}

// slab hands out slices cut from blocks of a few dozen files' worth: one
// allocation for many of the small slices a document keeps. Each slice is
// capped, so an append to it copies it rather than writing into the next.
type slab[T any] struct {
	free     []T
	blockLen int // the length of the last block taken (see nextBlock)
	fullLen  int // the length of a full-sized block
}

func newSlab[T any](fullLen int) slab[T] { return slab[T]{fullLen: fullLen} }

func (s *slab[T]) make(n int) []T {
	if n > len(s.free) {
		if n > s.fullLen/4 {
			return make([]T, n) // a large one alone, not to waste a block's end
		}
		s.blockLen = nextBlock(s.blockLen, s.fullLen)
		s.free = make([]T, max(s.blockLen, n))
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// nextBlock returns the size of the block to take after one of size last
// (0 before the first): blocks double from an eighth of full size up to
// full size, so that a few small files take little memory.
func nextBlock(last, full int) int {
	if last == 0 {
		return full / 8
	}
	return min(2*last, full)
}

// The slabs' full-sized blocks are about 64 KiB.
var scratchPool = sync.Pool{New: func() any {
	return &scratch{
		counts:     make(map[string]int),
		docs:       newSlab[Document](256),
		paragraphs: newSlab[Paragraph](1024),
		sentences:  newSlab[Span](4096),
		ints:       newSlab[int](8192),
	}
}}

// release returns sc to the pool, first dropping its references to the
// file's text so that the pool does not keep it alive.
func (sc *scratch) release() {
	clear(sc.pieces)
	clear(sc.paras)
	sc.meta = metaInfo{}
	if len(sc.counts) > 1024 {
		sc.counts = make(map[string]int) // clearing a map costs its size: don't keep a huge one
	} else {
		clear(sc.counts)
	}
	scratchPool.Put(sc)
}

func formatOf(p string) string {
	switch extLower(p) {
	case ".md", ".markdown":
		return "md"
	case ".html", ".htm":
		return "html"
	}
	return "txt"
}

// extLower returns strings.ToLower(path.Ext(p)), without allocating for
// the usual short ASCII extensions.
func extLower(p string) string {
	ext := path.Ext(p)
	var buf [16]byte
	if l, ok := lowerASCII(buf[:0], ext); ok {
		for _, e := range knownExts {
			if string(l) == e {
				return e
			}
		}
	}
	return strings.ToLower(ext)
}

var knownExts = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// isBinary reports a file that is not text: a NUL byte or many control
// bytes near its start, or the signature of a common binary format.
func isBinary(raw []byte) bool {
	head := raw[:min(len(raw), binaryHead)]
	for _, sig := range []string{"%PDF-", "\x89PNG", "PK\x03\x04", "\x1f\x8b", "GIF8", "\xff\xd8\xff"} {
		if bytes.HasPrefix(head, []byte(sig)) {
			return true
		}
	}
	// A NUL is counted as so many control bytes that one is enough, so
	// the bytes are read once for both tests.
	ctl := 0
	i := 0
	for ; i+32 <= len(head); i += 32 {
		// Most runs of 32 bytes hold no byte below 0x20: the test
		// (x - 0x20..) & ^x & 0x80.. is non-zero exactly when a word x
		// holds one. Only those that do are counted byte by byte.
		h := head[i : i+32]
		x0, x1 := binary.LittleEndian.Uint64(h), binary.LittleEndian.Uint64(h[8:])
		x2, x3 := binary.LittleEndian.Uint64(h[16:]), binary.LittleEndian.Uint64(h[24:])
		const c20, hi = 0x20 * 0x0101010101010101, 0x80 * 0x0101010101010101
		if ((x0-c20)&^x0|(x1-c20)&^x1|(x2-c20)&^x2|(x3-c20)&^x3)&hi == 0 {
			continue
		}
		ctl += countCtl(h)
	}
	ctl += countCtl(head[i:])
	return ctl*20 > len(head)
}

// binaryHead is how much of a file isBinary reads.
const binaryHead = 8192

// countCtl counts the control bytes of b that text files do not use (all
// below 0x20 but line and page breaks, tabs and ESC), a NUL as enough of
// them to mark any head binary, without a branch a byte: a line break in
// the block is not a surprise.
func countCtl(b []byte) int {
	n := 0
	for _, c := range b {
		n += int(ctlBytes[c])
	}
	return n
}

var ctlBytes = func() (t [256]uint16) {
	for c := range 0x20 {
		if c != '\n' && c != '\r' && c != '\t' && c != 0x1b && c != '\f' {
			t[c] = 1
		}
	}
	t[0] = binaryHead/20 + 1
	return t
}()

func isUTF16(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte("\xff\xfe")) || bytes.HasPrefix(raw, []byte("\xfe\xff"))
}

// fromUTF16 converts UTF-16 text with a byte-order mark to UTF-8; unpaired
// surrogates become U+FFFD.
func fromUTF16(raw []byte) []byte {
	be := raw[0] == 0xfe
	units := make([]uint16, 0, len(raw)/2)
	for i := 2; i+1 < len(raw); i += 2 {
		if be {
			units = append(units, uint16(raw[i])<<8|uint16(raw[i+1]))
		} else {
			units = append(units, uint16(raw[i+1])<<8|uint16(raw[i]))
		}
	}
	out := make([]byte, 0, len(units)+len(units)/2)
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out
}

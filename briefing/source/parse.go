package source

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"briefing/briefing/model"
)

// Parse turns one file's bytes into a Document. id is the file's citation
// name, p where it was read from; the format follows p's extension.
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
	format := formatOf(p)
	doc := &Document{Raw: raw, lineStarts: indexLines(raw)}
	doc.Meta = model.Source{ID: cleanName(id), Path: cleanName(p), Lines: countLines(raw), Format: format}
	var (
		ps      []piece
		invalid int
		meta    metaInfo
	)
	switch format {
	case "html":
		ps, invalid = htmlPieces(raw, &meta)
	default:
		ps, invalid = textPieces(raw, format == "md", &meta)
	}
	markFurniture(ps)
	paras := group(ps, hardWrapped(ps))
	takeMeta(ps, paras, &meta)
	kept := paras[:0]
	for _, pa := range paras {
		if !ps[pa.pieces[0]].meta && !stampPara(ps, pa) {
			kept = append(kept, pa)
		}
	}
	kept = rejoin(ps, kept)
	kept = dropBio(ps, kept, meta.byline)
	for _, pa := range kept {
		par := assemble(ps, pa)
		if !par.Heading && len(pa.pieces) == 1 && pa.gap && pa.gapAfter && !ps[pa.pieces[0]].html && isHeadingText(par.Text) {
			par.Heading = true
		}
		if par.Heading {
			par.Sentences = []Span{{0, len(par.Text)}}
		} else {
			par.Sentences = splitSentences(par.Text)
		}
		doc.Paragraphs = append(doc.Paragraphs, par)
	}
	doc.Meta.Title = meta.title
	doc.Meta.Byline = meta.byline
	doc.Meta.Date = meta.date
	doc.Meta.Publisher = meta.publisher
	doc.Meta.URL = meta.url
	if len(doc.Paragraphs) == 0 && doc.Meta.Title == "" {
		return nil, "", errors.New("no article text found")
	}
	if invalid > 0 {
		note = fmt.Sprintf("%d bytes of invalid UTF-8 read as Windows-1252", invalid)
	}
	return doc, note, nil
}

func formatOf(p string) string {
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown":
		return "md"
	case ".html", ".htm":
		return "html"
	}
	return "txt"
}

// isBinary reports a file that is not text: a NUL byte or many control
// bytes near its start, or the signature of a common binary format.
func isBinary(raw []byte) bool {
	head := raw[:min(len(raw), 8192)]
	for _, sig := range []string{"%PDF-", "\x89PNG", "PK\x03\x04", "\x1f\x8b", "GIF8", "\xff\xd8\xff"} {
		if bytes.HasPrefix(head, []byte(sig)) {
			return true
		}
	}
	ctl := 0
	for _, c := range head {
		if c >= 0x20 {
			continue // most bytes: one test
		}
		if c == 0 {
			return true
		}
		if c != '\n' && c != '\r' && c != '\t' && c != 0x1b && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head)
}

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

// Package export writes a briefing as JSON (the stable contract other tools
// read) or as Markdown (for people).
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"briefing/briefing/model"
)

// JSON writes b as one indented JSON object. Lists are never null.
//
// The object is written one list item at a time rather than marshalled
// whole: a large briefing's JSON is several times its source text, and
// holding it (twice, for indenting) would double the process's peak memory.
// The bytes are those of json.Encoder with two-space indent and no HTML
// escaping.
func JSON(w io.Writer, b *model.Briefing) error {
	sw := &streamer{w: bufio.NewWriterSize(w, 64<<10)}
	sw.enc = json.NewEncoder(&sw.item)
	sw.enc.SetIndent("    ", "  ")
	sw.enc.SetEscapeHTML(false)
	sw.str("{\n")
	list(sw, "sources", b.Sources, false)
	list(sw, "actors", b.Actors, false)
	list(sw, "quotes", b.Quotes, false)
	list(sw, "numbers", b.Numbers, false)
	list(sw, "positions", b.Positions, false)
	list(sw, "warnings", b.Warnings, true)
	sw.str("}\n")
	if sw.err != nil {
		return sw.err
	}
	return sw.w.Flush()
}

// streamer writes JSON piece by piece and keeps the first error.
type streamer struct {
	w    *bufio.Writer
	item bytes.Buffer // one encoded list item, reused
	enc  *json.Encoder
	err  error
}

func (s *streamer) str(x string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(x)
	}
}

// list writes `  "name": [ items ]` with each item indented as a member of
// the top-level object's list.
func list[T any](s *streamer, name string, items []T, last bool) {
	s.str(`  "` + name + `": `)
	if len(items) == 0 {
		s.str("[]")
	} else {
		s.str("[\n")
		for i := range items {
			if s.err != nil {
				return
			}
			s.item.Reset()
			if s.err = s.enc.Encode(&items[i]); s.err != nil {
				return
			}
			s.str("    ")
			_, s.err = s.w.Write(bytes.TrimSuffix(s.item.Bytes(), []byte("\n")))
			if i < len(items)-1 {
				s.str(",\n")
			} else {
				s.str("\n")
			}
		}
		s.str("  ]")
	}
	if last {
		s.str("\n")
	} else {
		s.str(",\n")
	}
}

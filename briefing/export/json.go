// Package export writes a briefing as JSON (the stable contract other tools
// read) or as Markdown (for people).
package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"

	"briefing/briefing/model"
)

// JSON writes b as one indented JSON object. Lists are never null.
//
// The bytes are those of json.Encoder with two-space indent and no HTML
// escaping, but the object is written a chunk of list items at a time: a
// large briefing's JSON is several times its source text, and holding it
// whole (twice, for indenting) would double the process's peak memory.
// Chunks are encoded on every core, a bounded number ahead of the writer,
// and written in order.
func JSON(w io.Writer, b *model.Briefing) error {
	var segs []segment
	segs = append(segs, segment{lit: "{\n"})
	segs = list(segs, "sources", b.Sources, false)
	segs = list(segs, "actors", b.Actors, false)
	segs = list(segs, "quotes", b.Quotes, false)
	segs = list(segs, "numbers", b.Numbers, false)
	segs = list(segs, "positions", b.Positions, false)
	segs = list(segs, "warnings", b.Warnings, true)
	segs = append(segs, segment{lit: "}\n"})
	return write(w, segs)
}

// chunk is how many list items one encoding job takes.
const chunk = 128

// segment is a piece of the output: literal text, or list items to encode.
type segment struct {
	lit string
	enc func(e *itemEncoder) // appends the encoded items to e.out
}

// list appends the segments of `  "name": [ items ]`, each item indented
// as a member of the top-level object's list.
func list[T any](segs []segment, name string, items []T, last bool) []segment {
	end := ",\n"
	if last {
		end = "\n"
	}
	if len(items) == 0 {
		return append(segs, segment{lit: `  "` + name + `": []` + end})
	}
	segs = append(segs, segment{lit: `  "` + name + `": [` + "\n"})
	for lo := 0; lo < len(items); lo += chunk {
		hi := min(lo+chunk, len(items))
		segs = append(segs, segment{enc: func(e *itemEncoder) {
			for i := lo; i < hi; i++ {
				e.item(&items[i], i == len(items)-1)
			}
		}})
	}
	return append(segs, segment{lit: "  ]" + end})
}

// itemEncoder encodes list items one by one; each worker has its own.
type itemEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
	out []byte
	err error
}

func newItemEncoder() *itemEncoder {
	e := &itemEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	// Indented by appendIndented: json.Encoder's own indenting pass took
	// most of the export's time.
	return e
}

func (e *itemEncoder) item(v any, last bool) {
	if e.err != nil {
		return
	}
	e.buf.Reset()
	if e.err = e.enc.Encode(v); e.err != nil {
		return
	}
	e.out = append(e.out, "    "...)
	e.out = appendIndented(e.out, bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")), "    ", "  ")
	if last {
		e.out = append(e.out, '\n')
	} else {
		e.out = append(e.out, ",\n"...)
	}
}

type encoded struct {
	b   []byte
	err error
}

// write encodes the segments' items on GOMAXPROCS workers, at most a few
// chunks ahead of the writer, and writes everything in order.
func write(w io.Writer, segs []segment) error {
	workers := runtime.GOMAXPROCS(0)
	ahead := make(chan struct{}, 2*workers) // bounds memory held in encoded chunks
	// Written chunks' buffers go back to the workers: growing a fresh
	// buffer for every chunk allocated several times the output.
	spare := make(chan []byte, 3*workers)
	jobs := make(chan int)
	results := make([]chan encoded, len(segs))
	for i, s := range segs {
		if s.enc != nil {
			results[i] = make(chan encoded, 1)
		}
	}
	for range workers {
		go func() {
			e := newItemEncoder()
			for i := range jobs {
				e.out, e.err = nil, nil
				select {
				case b := <-spare:
					e.out = b[:0]
				default:
				}
				segs[i].enc(e)
				results[i] <- encoded{e.out, e.err}
			}
		}()
	}
	go func() {
		for i, s := range segs {
			if s.enc != nil {
				ahead <- struct{}{}
				jobs <- i
			}
		}
		close(jobs)
	}()
	bw := bufio.NewWriterSize(w, 64<<10)
	var err error
	for i, s := range segs {
		if s.enc == nil {
			if err == nil {
				_, err = bw.WriteString(s.lit)
			}
			continue
		}
		r := <-results[i] // always received, so that no worker is left blocked
		<-ahead
		if err == nil {
			err = r.err
		}
		if err == nil {
			_, err = bw.Write(r.b)
		}
		select {
		case spare <- r.b:
		default:
		}
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

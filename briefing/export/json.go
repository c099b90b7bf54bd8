// Package export writes a briefing as JSON (the stable contract other tools
// read) or as Markdown (for people).
package export

import (
	"bufio"
	"io"
	"runtime"

	"briefing/briefing/model"
)

// JSON writes b as one indented JSON object: the bytes of json.Encoder with
// two-space indent and no HTML escaping (see items.go). Lists are never
// null.
//
// The object is written a chunk of list items at a time: a large
// briefing's JSON is several times its source text, and holding it whole
// would double the process's peak memory. Chunks are encoded on every
// core, a bounded number ahead of the writer, and written in order.
func JSON(w io.Writer, b *model.Briefing) error {
	var segs []segment
	segs = append(segs, segment{lit: "{\n"})
	segs = list(segs, "sources", b.Sources, appendSource, false)
	segs = list(segs, "actors", b.Actors, appendActor, false)
	segs = list(segs, "quotes", b.Quotes, appendQuote, false)
	segs = list(segs, "numbers", b.Numbers, appendNumber, false)
	segs = list(segs, "positions", b.Positions, appendPosition, false)
	segs = list(segs, "warnings", b.Warnings, appendWarning, true)
	segs = append(segs, segment{lit: "}\n"})
	return write(w, segs)
}

// chunk is how many list items one encoding job takes.
const chunk = 128

// segment is a piece of the output: literal text, or list items to encode.
type segment struct {
	lit string
	enc func(out []byte) ([]byte, error) // appends the encoded items to out
}

// list appends the segments of `  "name": [ items ]`, each item indented
// as a member of the top-level object's list.
func list[T any](segs []segment, name string, items []T, item func([]byte, *T) ([]byte, error), last bool) []segment {
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
		segs = append(segs, segment{enc: func(out []byte) ([]byte, error) {
			var err error
			for i := lo; i < hi; i++ {
				out = append(out, "    "...)
				if out, err = item(out, &items[i]); err != nil {
					return out, err
				}
				if i == len(items)-1 {
					out = append(out, '\n')
				} else {
					out = append(out, ",\n"...)
				}
			}
			return out, nil
		}})
	}
	return append(segs, segment{lit: "  ]" + end})
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
			for i := range jobs {
				var out []byte
				select {
				case b := <-spare:
					out = b[:0]
				default:
				}
				out, err := segs[i].enc(out)
				results[i] <- encoded{out, err}
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

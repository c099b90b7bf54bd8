//go:build !linux

package source

import (
	"io"
	"os"
)

// fileReader reads the files of one worker.
type fileReader struct{}

func (r *fileReader) close() {}

// read reads the file at p, never more than limit bytes of it.
func (r *fileReader) read(p string, limit int64) ([]byte, error) {
	return readLimited(func() (io.ReadCloser, error) { return os.Open(p) }, limit)
}

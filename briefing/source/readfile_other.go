//go:build !linux

package source

import (
	"io"
	"os"
)

// readFile reads the file at p, never more than limit bytes of it.
func readFile(p string, limit int64) ([]byte, error) {
	return readLimited(func() (io.ReadCloser, error) { return os.Open(p) }, limit)
}

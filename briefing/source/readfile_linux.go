package source

import (
	"errors"
	"io/fs"
	"path/filepath"
	"syscall"
)

// fileReader reads the files of one worker. It keeps the folder of the
// last file read open, so the next file of that folder is opened by its
// name alone (the kernel looks up one name, not the whole path), and
// reads files into blocks shared by many of them (one allocation every
// hundred articles or so).
type fileReader struct {
	dir      string // the folder dirFD is open on, with its final separator
	dirFD    int    // -1 when dir could not be opened
	block    []byte // the unused rest of the block files are read into
	blockLen int    // the size of the last block taken (see nextBlock)
}

// Files are read into blocks of up to readBlock bytes, a hundred
// articles or so; a new block is taken when less than minRoom is left
// (so at most that much of a block goes unused).
const (
	readBlock = 256 << 10
	minRoom   = 16 << 10
)

// close closes the folder held open, if any.
func (r *fileReader) close() {
	if r.dir != "" && r.dirFD >= 0 {
		syscall.Close(r.dirFD)
	}
	r.dir = ""
}

// open opens the file at p for reading, relative to its folder when the
// folder can be opened.
func (r *fileReader) open(p string) (int, error) {
	dir, name := filepath.Split(p)
	if dir == "" {
		return openRetry(func() (int, error) { return syscall.Open(p, readFlags, 0) })
	}
	if dir != r.dir {
		r.close()
		r.dir, r.dirFD = dir, -1
		if fd, err := openRetry(func() (int, error) { return syscall.Open(dir, readFlags|syscall.O_DIRECTORY, 0) }); err == nil {
			r.dirFD = fd
		}
	}
	if r.dirFD < 0 {
		return openRetry(func() (int, error) { return syscall.Open(p, readFlags, 0) })
	}
	return openRetry(func() (int, error) { return syscall.Openat(r.dirFD, name, readFlags, 0) })
}

const readFlags = syscall.O_RDONLY | syscall.O_CLOEXEC

// openRetry calls open again while a signal interrupts it.
func openRetry(open func() (int, error)) (int, error) {
	for {
		fd, err := open()
		if err != syscall.EINTR {
			return fd, err
		}
	}
}

// read reads the file at p, never more than limit bytes of it, as
// readLimited does with os.Open, but in fewer system calls: open, a read
// into the free part of the current block, the read that meets EOF,
// close. Only a file larger than that room is asked its size (fstat), to
// read the rest in one go or refuse it as too big. (os.Open would add the
// file to the network poller: fcntl and epoll_ctl calls that fail for a
// regular file.) The bytes returned may share a block with other files'
// but never overlap them (they are capped).
func (r *fileReader) read(p string, limit int64) ([]byte, error) {
	fd, err := r.open(p)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	defer syscall.Close(fd)
	if len(r.block) < minRoom {
		r.blockLen = nextBlock(r.blockLen, readBlock)
		r.block = make([]byte, r.blockLen)
	}
	room := r.block[:0]
	if limit < int64(len(r.block)) {
		room = r.block[: 0 : limit+1] // one more byte tells a file over the limit
	}
	buf := room
	statted := false
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) > limit {
				return nil, tooBig(limit)
			}
			// Out of the block, to an array for the whole file when
			// its size is known.
			size := int64(2 * cap(buf))
			if !statted {
				statted = true
				var st syscall.Stat_t
				if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
					if st.Size > limit {
						return nil, tooBig(limit)
					}
					size = max(size, st.Size+1) // one more byte to meet EOF without growing
				}
			}
			if size > limit {
				size = limit + 1
			}
			buf = append(make([]byte, 0, size), buf...)
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EISDIR {
			return nil, errors.New("is a folder")
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: p, Err: err}
		}
		if n == 0 {
			break
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, tooBig(limit)
		}
	}
	if cap(buf) == cap(room) {
		r.block = r.block[len(buf):] // still in the block: those bytes are the file's
	}
	return buf[:len(buf):len(buf)], nil
}

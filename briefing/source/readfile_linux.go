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
// few dozen files).
type fileReader struct {
	dir   string // the folder dirFD is open on, with its final separator
	dirFD int    // -1 when dir could not be opened
	block []byte // the unused rest of the block files are read into
}

// readBlock is the size of the blocks files are read into: a few dozen
// articles.
const readBlock = 64 << 10

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
// readLimited does with os.Open, but in the fewest system calls: open,
// fstat, one read of a regular file's whole size, close. os.Open would add
// the file to the network poller (fcntl and epoll_ctl calls that fail for a
// regular file), and a read loop would make one more read to meet EOF.
// The bytes returned may share a block with other files' but never
// overlap them (they are capped).
func (r *fileReader) read(p string, limit int64) ([]byte, error) {
	fd, err := r.open(p)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	defer syscall.Close(fd)
	size, whole := 512, int64(-1)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err == nil {
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			return nil, errors.New("is a folder")
		}
		if st.Size > limit {
			return nil, tooBig(limit)
		}
		size = int(st.Size) + 1 // one more byte to meet EOF without growing
		if st.Mode&syscall.S_IFMT == syscall.S_IFREG {
			whole = st.Size // a regular file's size is what it holds
		}
	}
	if size > len(r.block) {
		r.block = make([]byte, max(readBlock, size))
	}
	room := r.block[:0:size]
	buf := room
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // out of the block, to a larger array
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: p, Err: err}
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, tooBig(limit)
		}
		if n == 0 || int64(len(buf)) == whole {
			break
		}
	}
	if cap(buf) == cap(room) {
		r.block = r.block[len(buf):] // still in the block: those bytes are the file's
	}
	return buf[:len(buf):len(buf)], nil
}

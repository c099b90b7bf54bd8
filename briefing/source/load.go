package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"briefing/briefing/model"
)

// DefaultMaxSize is the largest file read unless Options.MaxSize says otherwise.
const DefaultMaxSize = 20 << 20

// Options tune loading.
type Options struct {
	MaxSize int64 // files larger than this are skipped with a warning; 0 means DefaultMaxSize
	// Progress, if set, is called after each file is read and parsed with
	// the number done so far and the total. Calls are serialised (never
	// two at once) and done rises by one each call, but they may come
	// from different goroutines.
	Progress func(done, total int)
	Workers  int // files parsed at once; 0 means runtime.NumCPU()
}

// job is one file to read: its citation id and the path shown, which is
// also the path read unless the file is fsys's file id.
type job struct {
	id, path string
	fsys     fs.FS
}

// result is what became of one job.
type result struct {
	doc  *Document
	warn []model.Warning
}

// LoadFS loads every article file in fsys (the embedded seeds); prefix is
// what Source.Path is prefixed with.
func LoadFS(fsys fs.FS, prefix string, opt Options) ([]*Document, []model.Warning, error) {
	var jobs []job
	var warns []model.Warning
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			warns = append(warns, model.Warning{Path: path.Join(prefix, p), Problem: errText(err)})
			return nil
		}
		if p != "." && isHidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		shown := path.Join(prefix, p)
		if !isArticle(p) {
			warns = append(warns, skipWarning(shown))
			return nil
		}
		jobs = append(jobs, job{id: p, path: shown, fsys: fsys})
		return nil
	})
	if err != nil {
		return nil, warns, fmt.Errorf("%s: %w", prefix, err)
	}
	return run(jobs, warns, prefix, opt)
}

// Load reads the given files and folders (recursively). Hidden files and
// folders are skipped silently, other files that are not articles with a
// warning; symbolic links are followed, and a link back into a folder
// already being read is reported, not followed.
func Load(paths []string, opt Options) ([]*Document, []model.Warning, error) {
	var jobs []job
	var warns []model.Warning
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, warns, fmt.Errorf("%s: %s", root, errText(err))
		}
		if !info.IsDir() {
			jobs = append(jobs, job{id: filepath.Base(root), path: root})
			continue
		}
		w := walker{seen: map[string]bool{}}
		w.walk(root, 0)
		jobs = append(jobs, w.jobs...)
		warns = append(warns, w.warns...)
	}
	if len(paths) > 1 {
		// One folder's walk names each file once, by a path of its own
		// and an id of its own: only files from several can clash.
		jobs = uniqueIDs(jobs)
	}
	return run(jobs, warns, strings.Join(paths, ", "), opt)
}

// uniqueIDs drops a file named twice (a folder and a file inside it) and,
// when two folders hold files of the same relative name, cites those files
// by the path as given so every citation names one file.
func uniqueIDs(jobs []job) []job {
	seen := make(map[string]bool, len(jobs))
	ids := make(map[string]int, len(jobs))
	out := jobs[:0]
	for _, j := range jobs {
		abs, err := filepath.Abs(j.path)
		if err != nil {
			abs = j.path
		}
		if seen[abs] {
			continue
		}
		seen[abs] = true
		ids[j.id]++
		out = append(out, j)
	}
	for i := range out {
		if ids[out[i].id] > 1 {
			out[i].id = filepath.ToSlash(out[i].path)
		}
	}
	return out
}

// walker gathers the article files under one folder given on the command line.
type walker struct {
	seen  map[string]bool // real paths of the folders entered
	jobs  []job
	warns []model.Warning
}

func (w *walker) warn(p, problem string) {
	w.warns = append(w.warns, model.Warning{Path: p, Problem: problem})
}

// walk gathers the files under dir, whose path from the root (its id)
// is relLen bytes long, 0 for the root.
func (w *walker) walk(dir string, relLen int) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.warn(dir, errText(err))
		return
	}
	if w.seen[real] {
		w.warn(dir, "symbolic link loop; not followed")
		return
	}
	w.seen[real] = true
	defer delete(w.seen, real) // only the folders above this one count as a loop
	ents, err := os.ReadDir(dir)
	if err != nil {
		w.warn(dir, errText(err))
		return
	}
	for _, e := range ents {
		if isHidden(e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		// The file's id is filepath.Rel from the root to p, with '/': as
		// Join cleans only the root's part of p (a name holds no
		// separator and is not ".."), that is the end of p holding the
		// names below the root.
		idLen := len(e.Name())
		if relLen > 0 {
			idLen += relLen + 1
		}
		id := filepath.ToSlash(p[len(p)-idLen:])
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(p) // follow the link
			if err != nil {
				w.warn(p, errText(err))
				continue
			}
			mode = info.Mode().Type()
		}
		if mode.IsDir() {
			w.walk(p, idLen)
			continue
		}
		if !mode.IsRegular() {
			w.warn(p, "not a regular file")
			continue
		}
		if !isArticle(p) {
			w.warn(p, skipWarning(p).Problem)
			continue
		}
		w.jobs = append(w.jobs, job{id: id, path: p})
	}
}

func tooBig(limit int64) error {
	return fmt.Errorf("larger than %d bytes (--max-size); skipped", limit)
}

// readLimited reads a file but never more than limit bytes of it. The
// buffer is sized from the file's own size, so a read is one allocation.
func readLimited(open func() (io.ReadCloser, error), limit int64) ([]byte, error) {
	f, err := open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(512)
	if st, err := f.(fs.File).Stat(); err == nil {
		if st.IsDir() {
			return nil, errors.New("is a folder")
		}
		if st.Size() > limit {
			return nil, tooBig(limit)
		}
		size = st.Size() + 1 // one more byte to meet EOF without growing
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, tooBig(limit)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// run reads and parses the jobs on opt.Workers goroutines and returns the
// documents sorted by id, so the order never depends on timing.
func run(jobs []job, warns []model.Warning, what string, opt Options) ([]*Document, []model.Warning, error) {
	results := make([]result, len(jobs))
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = max(min(workers, len(jobs)), 1)
	var (
		mu   sync.Mutex
		done int
		wg   sync.WaitGroup
		next atomic.Int64 // the index of the next job to take
	)
	for range workers {
		wg.Go(func() {
			var r fileReader
			defer r.close()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(jobs) {
					return
				}
				results[i] = runJob(&r, jobs[i], opt.maxSize())
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(jobs))
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	var docs []*Document
	for _, r := range results {
		if r.doc != nil {
			docs = append(docs, r.doc)
		}
		warns = append(warns, r.warn...)
	}
	for i := range warns {
		warns[i].Path = cleanName(warns[i].Path)
		warns[i].Problem = cleanName(warns[i].Problem)
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Meta.ID < docs[j].Meta.ID })
	sort.SliceStable(warns, func(i, j int) bool { return warns[i].Path < warns[j].Path })
	if len(docs) == 0 {
		if len(jobs) == 0 {
			return nil, warns, fmt.Errorf("%s: no .txt, .md or .html articles found", what)
		}
		return nil, warns, fmt.Errorf("%s: nothing readable", what)
	}
	return docs, warns, nil
}

// runJob reads and parses one file, turning any failure (even a panic in
// the cleaner) into a warning so one bad file never stops the rest.
func runJob(fr *fileReader, j job, limit int64) (r result) {
	defer func() {
		if e := recover(); e != nil {
			r = result{warn: []model.Warning{{Path: j.path, Problem: fmt.Sprintf("could not be parsed (%v)", e)}}}
		}
	}()
	var raw []byte
	var err error
	if j.fsys != nil {
		raw, err = readLimited(func() (io.ReadCloser, error) { return j.fsys.Open(j.id) }, limit)
	} else {
		raw, err = fr.read(j.path, limit)
	}
	if err != nil {
		return result{warn: []model.Warning{{Path: j.path, Problem: errText(err)}}}
	}
	doc, note, err := parse(j.id, j.path, raw)
	if err != nil {
		return result{warn: []model.Warning{{Path: j.path, Problem: err.Error()}}}
	}
	if note != "" {
		r.warn = []model.Warning{{Path: j.path, Problem: note}}
	}
	r.doc = doc
	return r
}

// errText is an error's message without the path, which the warning
// already names.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func isHidden(name string) bool { return strings.HasPrefix(name, ".") && name != "." && name != ".." }

func isArticle(p string) bool {
	switch extLower(p) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

func skipWarning(p string) model.Warning {
	ext := path.Ext(p)
	if ext == "" {
		return model.Warning{Path: p, Problem: "skipped: no file extension (want .txt, .md or .html)"}
	}
	return model.Warning{Path: p, Problem: "skipped: " + ext + " is not a supported article type (.txt, .md, .html)"}
}

// cleanName makes a file name or message safe to print on one line: no
// control sequences, no line breaks or tabs.
func cleanName(s string) string {
	if isPrintableASCII(s) {
		return s // most names: nothing to clean
	}
	s = Sanitize(s)
	if strings.ContainsAny(s, "\n\t") {
		s = strings.NewReplacer("\n", " ", "\t", " ").Replace(s)
	}
	return s
}

// isPrintableASCII reports whether every byte of s is a printable ASCII
// character or a space.
func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

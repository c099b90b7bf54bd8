package source

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"briefing/briefing/model"
)

// DefaultMaxSize is the largest file read unless Options.MaxSize says otherwise.
const DefaultMaxSize = 20 << 20

// Options tune loading.
type Options struct {
	MaxSize  int64                 // files larger than this are skipped with a warning; 0 means DefaultMaxSize
	Progress func(done, total int) // called after each file, if set
}

// LoadFS loads every article file in fsys (the embedded seeds); path is
// what Source.Path is prefixed with.
func LoadFS(fsys fs.FS, prefix string, opt Options) ([]*Document, []model.Warning, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && isArticle(p) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(names)
	var docs []*Document
	var warns []model.Warning
	for i, n := range names {
		raw, err := fs.ReadFile(fsys, n)
		if err != nil {
			warns = append(warns, model.Warning{Path: n, Problem: err.Error()})
			continue
		}
		doc, err := Parse(n, path.Join(prefix, n), raw)
		if err != nil {
			warns = append(warns, model.Warning{Path: n, Problem: err.Error()})
			continue
		}
		docs = append(docs, doc)
		if opt.Progress != nil {
			opt.Progress(i+1, len(names))
		}
	}
	if len(docs) == 0 {
		return nil, warns, fmt.Errorf("%s: nothing readable", prefix)
	}
	return docs, warns, nil
}

// Load reads the given files and folders (recursively).
func Load(paths []string, opt Options) ([]*Document, []model.Warning, error) {
	var docs []*Document
	var warns []model.Warning
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, warns, fmt.Errorf("%s: %w", root, err)
		}
		if !info.IsDir() {
			raw, err := os.ReadFile(root)
			if err != nil {
				warns = append(warns, model.Warning{Path: root, Problem: err.Error()})
				continue
			}
			doc, err := Parse(filepath.Base(root), root, raw)
			if err != nil {
				warns = append(warns, model.Warning{Path: root, Problem: err.Error()})
				continue
			}
			docs = append(docs, doc)
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				warns = append(warns, model.Warning{Path: p, Problem: err.Error()})
				return nil
			}
			if d.IsDir() || !isArticle(p) {
				return nil
			}
			raw, err := os.ReadFile(p)
			if err != nil {
				warns = append(warns, model.Warning{Path: p, Problem: err.Error()})
				return nil
			}
			rel, _ := filepath.Rel(root, p)
			doc, err := Parse(filepath.ToSlash(rel), p, raw)
			if err != nil {
				warns = append(warns, model.Warning{Path: p, Problem: err.Error()})
				return nil
			}
			docs = append(docs, doc)
			return nil
		})
		if err != nil {
			return nil, warns, err
		}
	}
	if len(docs) == 0 {
		return nil, warns, fmt.Errorf("%s: nothing readable", strings.Join(paths, ", "))
	}
	return docs, warns, nil
}

func isArticle(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".md", ".html", ".htm":
		return true
	}
	return false
}

// Parse turns one file's bytes into a Document. id is the file's citation
// name, path where it was read from.
func Parse(id, p string, raw []byte) (*Document, error) {
	doc := &Document{Raw: raw, lineStarts: indexLines(raw)}
	doc.Meta = model.Source{ID: id, Path: p, Lines: len(doc.lineStarts), Format: strings.TrimPrefix(strings.ToLower(path.Ext(p)), ".")}
	// Naive placeholder: blank-line separated paragraphs, lines joined by spaces.
	var cur *Paragraph
	off := 0
	for _, line := range strings.SplitAfter(string(raw), "\n") {
		t := strings.TrimSpace(line)
		if t == "" {
			cur = nil
			off += len(line)
			continue
		}
		lead := strings.Index(line, t)
		if doc.Meta.Title == "" {
			doc.Meta.Title = Sanitize(t)
			off += len(line)
			continue
		}
		if cur == nil {
			doc.Paragraphs = append(doc.Paragraphs, Paragraph{})
			cur = &doc.Paragraphs[len(doc.Paragraphs)-1]
		} else {
			cur.Text += " "
		}
		cur.segs = append(cur.segs, segment{clean: len(cur.Text), orig: off + lead})
		cur.Text += t
		off += len(line)
	}
	for i := range doc.Paragraphs {
		p := &doc.Paragraphs[i]
		p.Sentences = []Span{{0, len(p.Text)}}
	}
	return doc, nil
}

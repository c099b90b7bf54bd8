package source

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"briefing/internal/cputime"
	"briefing/internal/testkit"
)

func TestBBCLoadsWithoutWarnings(t *testing.T) {
	dir := testkit.Corpus(t, "bbc")
	docs, warns, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		t.Errorf("warning: %s", w)
	}
	if len(docs) < 2225 {
		t.Errorf("loaded %d documents, want at least 2225", len(docs))
	}
	for _, d := range docs {
		if filepath.Ext(d.Meta.ID) == ".TXT" {
			continue // the corpus README
		}
		if d.Meta.Title == "" {
			t.Errorf("%s: no title", d.Meta.ID)
		}
		if len(d.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs", d.Meta.ID)
		}
		checkDoc(t, d)
	}
}

// corpusBytes returns the total size of the article files under dir.
func corpusBytes(tb testing.TB, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isArticle(p) {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// BenchmarkLoadBBC measures reading and cleaning the BBC corpus on one
// worker, in MB/s of article text.
func BenchmarkLoadBBC(b *testing.B) {
	dir := testkit.Corpus(b, "bbc")
	size := corpusBytes(b, dir)
	b.SetBytes(size)
	b.ReportAllocs()
	defer cputime.Measure(b, size)()
	for b.Loop() {
		if _, _, err := Load([]string{dir}, Options{Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseBBC measures cleaning alone (files already in memory).
func BenchmarkParseBBC(b *testing.B) {
	dir := testkit.Corpus(b, "bbc")
	var files [][]byte
	var names []string
	var total int64
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && isArticle(p) {
			raw, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files = append(files, raw)
			names = append(names, p)
			total += int64(len(raw))
		}
		return nil
	})
	b.SetBytes(total)
	defer cputime.Measure(b, total)()
	for b.Loop() {
		for i, raw := range files {
			if _, err := Parse(names[i], names[i], raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

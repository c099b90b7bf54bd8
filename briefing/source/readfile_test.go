package source

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFileReader reads files of several folders in turn (so the folder
// held open changes), of the working folder, larger than a block, empty
// and over the limit, and checks each read against os.ReadFile, also
// after the later reads that share its block.
func TestFileReader(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"a/1.txt":   []byte("one"),
		"a/2.txt":   []byte("two\n"),
		"b/1.txt":   bytes.Repeat([]byte("larger than a block "), 20000),
		"b/2.txt":   {},
		"a/3.txt":   []byte(strings.Repeat("three ", 100)),
		"big.txt":   bytes.Repeat([]byte("x"), 2000),
		"c/d/4.txt": []byte("four"),
	})
	t.Chdir(dir)
	paths := []string{"a/1.txt", "a/2.txt", "b/1.txt", "b/2.txt", "a/3.txt", "c/d/4.txt", "big.txt",
		filepath.Join(dir, "a", "1.txt"), filepath.Join(dir, "c", "d", "4.txt")}
	var r fileReader
	defer r.close()
	var got [][]byte
	for _, p := range paths {
		b, err := r.read(p, 10<<20)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if cap(b) != len(b) {
			t.Errorf("%s: cap %d, len %d: an append would write into the next file", p, cap(b), len(b))
		}
		got = append(got, b)
	}
	for i, p := range paths {
		want, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got[i], want) {
			t.Errorf("%s: read %d bytes %.20q, want %d bytes %.20q", p, len(got[i]), got[i], len(want), want)
		}
	}
	for _, tc := range []struct {
		p     string
		limit int64
	}{{"big.txt", 1999}, {"b/1.txt", 300000}, {"b/1.txt", 20}} {
		if _, err := r.read(tc.p, tc.limit); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("larger than %d bytes", tc.limit)) {
			t.Errorf("%s over the limit %d: err %v", tc.p, tc.limit, err)
		}
	}
	if b, err := r.read("big.txt", 2000); err != nil || len(b) != 2000 {
		t.Errorf("big.txt at the limit: %d bytes, err %v", len(b), err)
	}
	if _, err := r.read("a/missing.txt", 100); !os.IsNotExist(err) {
		t.Errorf("missing file: err %v", err)
	}
	if _, err := r.read("c/d", 100); err == nil {
		t.Error("a folder was read as a file")
	}
}

// TestWalkIDs checks that each file's id, built by the walker from its
// path's end, is filepath.Rel from the root given to its path, with '/',
// for roots written in several ways.
func TestWalkIDs(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"top.txt":          []byte(article),
		"a/one.txt":        []byte(article),
		"a/b/two.md":       []byte(article),
		"a/b/c/three.html": []byte("<html><body><article><h1>Deep</h1><p>Nested folders are read too.</p></article></body></html>"),
	})
	t.Chdir(dir)
	sep := string(filepath.Separator)
	for _, root := range []string{dir, dir + sep, dir + sep + "." + sep, ".", "." + sep, "a", "a" + sep + "b" + sep + "..", filepath.Join("a", "b")} {
		docs, _, err := Load([]string{root}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", root, err)
		}
		for _, d := range docs {
			rel, err := filepath.Rel(root, d.Meta.Path)
			if err != nil {
				t.Fatal(err)
			}
			if want := filepath.ToSlash(rel); d.Meta.ID != want {
				t.Errorf("root %q: %s has id %q, want %q", root, d.Meta.Path, d.Meta.ID, want)
			}
		}
		if root == "." && len(docs) != 4 {
			t.Errorf("root %q: %d documents, want 4", root, len(docs))
		}
	}
}

// TestOneRootNeedsNoUniqueIDs checks what Load relies on to skip uniqueIDs
// for a single folder: its walk names each file by a path and an id of
// its own, even when links lead to the same files twice.
func TestOneRootNeedsNoUniqueIDs(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"x.txt":     []byte(article),
		"a/x.txt":   []byte(article),
		"a/b/x.txt": []byte(article),
	})
	if err := os.Symlink("a", filepath.Join(dir, "link")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join("a", "x.txt"), filepath.Join(dir, "y.txt")); err != nil {
		t.Fatal(err)
	}
	w := walker{seen: map[string]bool{}}
	w.walk(dir, 0)
	if len(w.jobs) != 6 {
		t.Fatalf("walk found %d files, want 6: %v", len(w.jobs), w.jobs)
	}
	walked := slices.Clone(w.jobs)
	if got := uniqueIDs(w.jobs); !slices.Equal(got, walked) {
		t.Errorf("uniqueIDs changed one folder's jobs:\n got %v\nwant %v", got, walked)
	}
}

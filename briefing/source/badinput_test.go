package source

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode/utf16"

	"briefing/briefing/model"
)

const article = "Talks resume in Geneva\n\nDiplomats met again on Tuesday, officials said.\n"

// writeFiles creates the named files under a new temporary folder.
func writeFiles(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// warningFor returns the problem reported for the file whose path ends in
// name, or "".
func warningFor(ws []model.Warning, name string) string {
	for _, w := range ws {
		if strings.HasSuffix(filepath.ToSlash(w.Path), name) {
			return w.Problem
		}
	}
	return ""
}

func TestBadInputs(t *testing.T) {
	big := bytes.Repeat([]byte("Word after word. "), 100)
	dir := writeFiles(t, map[string][]byte{
		"good.txt":         []byte(article),
		"binary.txt":       {'T', 'i', 't', 'l', 'e', 0, 1, 2, 3, 0, 0xff, 0xfe},
		"empty.txt":        {},
		"blank.md":         []byte("  \n\n\t\n"),
		"latin1.txt":       []byte("Caf\xe9 owners protest\n\nThe caf\xe9 owners said \x93enough\x94 on Monday.\n"),
		"crlf.txt":         []byte("Vote delayed\r\n\r\nThe vote was delayed,\r\nthe speaker said.\r\n"),
		"escapes.txt":      []byte("Hack\x1b]0;owned\x07 title\n\nText \x1b[31mred\x1b[0m and \x1b]52;c;ZXZpbA==\x07clip \x07bell \xc2\x9b2Jc1 \xc2\x9d8;;x\xc2\x9c done.\n"),
		"big.txt":          big,
		"notes.pdf":        []byte("%PDF-1.4"),
		".hidden.txt":      []byte(article),
		".git/config.txt":  []byte(article),
		"sub/deep/ok.html": []byte("<html><body><article><h1>Deep</h1><p>Nested folders are read too.</p></article></body></html>"),
		"utf16.txt":        utf16LE("Vote \u201cdelayed\u201d\r\n\r\nThe vote was delayed, the speaker said.\r\n"),
	})
	if err := os.Symlink(".", filepath.Join(dir, "sub", "loop")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink("self.txt", filepath.Join(dir, "self.txt")); err != nil {
		t.Fatal(err)
	}
	docs, warns, err := Load([]string{dir}, Options{MaxSize: int64(len(big) - 1)})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.Meta.ID)
		checkDoc(t, d)
	}
	wantIDs := []string{"crlf.txt", "escapes.txt", "good.txt", "latin1.txt", "sub/deep/ok.html", "utf16.txt"}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("loaded %v, want %v", ids, wantIDs)
	}
	for name, want := range map[string]string{
		"binary.txt": "binary", "empty.txt": "empty", "blank.md": "empty", "big.txt": "larger than",
		"notes.pdf": "not a supported", "latin1.txt": "invalid UTF-8", "sub/loop": "loop", "self.txt": "",
		"utf16.txt": "UTF-16",
	} {
		got := warningFor(warns, name)
		if got == "" || !strings.Contains(got, want) {
			t.Errorf("warning for %s = %q, want it to mention %q", name, got, want)
		}
	}
	for _, w := range warns {
		if strings.Contains(w.Path, ".git") || strings.Contains(w.Path, ".hidden") {
			t.Errorf("hidden file reported: %s", w)
		}
	}
	byID := map[string]*Document{}
	for _, d := range docs {
		byID[d.Meta.ID] = d
	}
	if d := byID["latin1.txt"]; d != nil {
		if d.Meta.Title != "Café owners protest" || d.Paragraphs[0].Text != `The café owners said "enough" on Monday.` {
			t.Errorf("latin1: %q / %q", d.Meta.Title, d.Paragraphs[0].Text)
		}
	}
	if d := byID["utf16.txt"]; d != nil {
		if d.Meta.Title != `Vote "delayed"` || d.Paragraphs[0].Text != "The vote was delayed, the speaker said." || d.Meta.Lines != 3 {
			t.Errorf("utf16: %q / %q / %d lines", d.Meta.Title, d.Paragraphs[0].Text, d.Meta.Lines)
		}
		if c := d.Cite(0, 0, 3); c.Line != 3 {
			t.Errorf("utf16 cite %+v, want line 3", c)
		}
	}
	if d := byID["crlf.txt"]; d != nil {
		if got := d.Paragraphs[0].Text; got != "The vote was delayed, the speaker said." {
			t.Errorf("crlf paragraph %q", got)
		}
		if c := d.Cite(0, 0, len(d.Paragraphs[0].Text)); c.Line != 3 || c.EndLine != 4 {
			t.Errorf("crlf cite %+v, want lines 3-4", c)
		}
		if d.Meta.Lines != 4 {
			t.Errorf("crlf lines %d, want 4", d.Meta.Lines)
		}
	}
	if d := byID["escapes.txt"]; d != nil {
		if d.Meta.Title != "Hack title" {
			t.Errorf("escapes title %q", d.Meta.Title)
		}
		if got := d.Paragraphs[0].Text; got != "Text red and clip bell c1 done." {
			t.Errorf("escapes paragraph %q", got)
		}
		for _, l := range d.Lines() {
			if controlChar(l) >= 0 {
				t.Errorf("control character in Lines(): %q", l)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	if _, _, err := Load([]string{"/no/such/path"}, Options{}); err == nil || !strings.Contains(err.Error(), "/no/such/path") {
		t.Errorf("missing path: err = %v", err)
	}
	dir := writeFiles(t, map[string][]byte{"a.txt": {}, "b.bin": {0, 1}})
	if _, warns, err := Load([]string{dir}, Options{}); err == nil || !strings.Contains(err.Error(), dir) || len(warns) != 2 {
		t.Errorf("nothing readable: err = %v, warns = %v", err, warns)
	}
	empty := t.TempDir()
	if _, _, err := Load([]string{empty}, Options{}); err == nil || !strings.Contains(err.Error(), empty) {
		t.Errorf("empty folder: err = %v", err)
	}
}

func TestUnreadableFile(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("permissions do not stop this user")
	}
	dir := writeFiles(t, map[string][]byte{"good.txt": []byte(article), "locked.txt": []byte(article)})
	if err := os.Chmod(filepath.Join(dir, "locked.txt"), 0); err != nil {
		t.Fatal(err)
	}
	docs, warns, err := Load([]string{dir}, Options{})
	if err != nil || len(docs) != 1 || !strings.Contains(warningFor(warns, "locked.txt"), "permission") {
		t.Errorf("docs %d, warns %v, err %v", len(docs), warns, err)
	}
}

// TestWorkersOrderAndProgress checks that the result does not depend on
// the number of workers and that progress counts every file once.
func TestWorkersOrderAndProgress(t *testing.T) {
	files := fstest.MapFS{}
	for _, n := range []string{"b.txt", "a.txt", "c/d.md", "c/a.txt", "e.html", "z.txt", "y.txt", "x.txt"} {
		files[n] = &fstest.MapFile{Data: []byte(article)}
	}
	files["skip.jpg"] = &fstest.MapFile{Data: []byte{0xff, 0xd8}}
	var first string
	for _, w := range []int{1, 2, 8} {
		var mu sync.Mutex
		var calls []int
		total := 0
		docs, warns, err := LoadFS(files, "seeds", Options{Workers: w, Progress: func(done, n int) {
			mu.Lock()
			calls = append(calls, done)
			total = n
			mu.Unlock()
		}})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.Meta.ID+"="+d.Meta.Path)
		}
		got := strings.Join(ids, ",")
		if first == "" {
			first = got
		} else if got != first {
			t.Errorf("workers %d: order %s, want %s", w, got, first)
		}
		if len(warns) != 1 || warns[0].Path != "seeds/skip.jpg" {
			t.Errorf("warnings %v", warns)
		}
		if total != 8 || !slices.Equal(calls, []int{1, 2, 3, 4, 5, 6, 7, 8}) {
			t.Errorf("workers %d: progress calls %v of %d", w, calls, total)
		}
	}
	if !strings.HasPrefix(first, "a.txt=seeds/a.txt,b.txt=seeds/b.txt,c/a.txt=seeds/c/a.txt") {
		t.Errorf("order %s", first)
	}
}

func TestNamesAndDuplicates(t *testing.T) {
	a := writeFiles(t, map[string][]byte{"x.txt": []byte(article), "evil\x1b]52;c;eA==\x07.txt": []byte(article)})
	b := writeFiles(t, map[string][]byte{"x.txt": []byte(article)})
	docs, _, err := Load([]string{a, b, filepath.Join(a, "x.txt")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Fatalf("got %d documents, want 3 (one file named twice)", len(docs))
	}
	ids := map[string]bool{}
	for _, d := range docs {
		if controlChar(d.Meta.ID) >= 0 || controlChar(d.Meta.Path) >= 0 {
			t.Errorf("control character in %q / %q", d.Meta.ID, d.Meta.Path)
		}
		if ids[d.Meta.ID] {
			t.Errorf("duplicate id %q", d.Meta.ID)
		}
		ids[d.Meta.ID] = true
	}
}

// utf16LE encodes s as UTF-16 little-endian with a byte-order mark.
func utf16LE(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

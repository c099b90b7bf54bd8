package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportSurvivesBadFolder is issue 3's acceptance case: good articles
// mixed with a binary file, invalid UTF-8, CRLF, an empty file, a file full
// of escape sequences and a symlink loop still export valid JSON, with a
// warning naming each skipped file and no control character anywhere.
func TestExportSurvivesBadFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "Turkey opens border\n\nTurkey now hosts 3.6 million Syrian refugees, officials said.\n")
	write("crlf.txt", "Russia and Iran talk\r\n\r\n\"We will talk again next week about the border,\" the minister said.\r\n")
	write("binary.txt", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00\x01\x00\x00\x00")
	write("latin1.txt", "Caf\xe9 owners protest\n\nOwners of caf\xe9s in Paris said the new tax was unfair.\n")
	write("empty.txt", "")
	write("escapes.txt", "Escape \x1b]52;c;ZXZpbA==\x07headline\n\nThe \x1b[31mred\x1b[0m text \x1b]0;title\x07 and a bell\x07 here.\n")
	write("notes.pdf", "%PDF-1.4")
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}

	out, stderr, err := runCLI(t, "export", "--format", "json", dir)
	if err != nil {
		t.Fatalf("export failed: %v\n%s", err, stderr)
	}
	var got struct {
		Sources []struct {
			ID string `json:"id"`
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	ids := map[string]bool{}
	for _, s := range got.Sources {
		ids[s.ID] = true
	}
	for _, want := range []string{"good.txt", "crlf.txt", "latin1.txt", "escapes.txt"} {
		if !ids[want] {
			t.Errorf("source %s missing from export: %v", want, ids)
		}
	}
	for _, skipped := range []string{"binary.txt", "empty.txt", "notes.pdf"} {
		if ids[skipped] {
			t.Errorf("%s should have been skipped", skipped)
		}
		if !strings.Contains(stderr, skipped) {
			t.Errorf("no warning names %s; stderr:\n%s", skipped, stderr)
		}
	}
	for _, c := range out {
		if (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0) {
			t.Fatalf("export holds control character %U", c)
		}
	}
	if strings.Contains(out, `\u001b`) || strings.Contains(out, `\u0007`) {
		t.Fatal("export holds an escaped control character")
	}
}

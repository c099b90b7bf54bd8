// Package testkit holds what the project's tests share: golden files with an
// -update flag, and the shared corpus beside the repository, which tests
// skip without. Only tests import it.
package testkit

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files from the current output")

// Updating reports whether the test run was asked to rewrite its golden files.
func Updating() bool { return *update }

// Golden compares got with the golden file at path (relative to the test's
// package), or rewrites the file when the run was given -update.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run the test with -update and review git diff\n--- got ---\n%s", path, got)
	}
}

// Corpus returns the folder sub of the shared corpus beside the repository
// (../shared/corpus/sub), or skips the test when it is absent.
func Corpus(t testing.TB, sub string) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Skip("cannot locate the repository")
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus absent: %v", err)
	}
	return dir
}

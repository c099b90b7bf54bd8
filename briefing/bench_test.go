package briefing_test

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"briefing/briefing"
	"briefing/briefing/export"
	"briefing/internal/cputime"
	"briefing/internal/testkit"
	"briefing/seeds"
)

// corpus returns the shared BBC corpus beside the module root (or the
// folder BRIEFING_BENCH_CORPUS names) and its size in bytes, skipping when
// it is absent.
func corpus(tb testing.TB) (string, int64) {
	tb.Helper()
	bbc := os.Getenv("BRIEFING_BENCH_CORPUS") // e.g. a folder of several copies, to check growth
	if bbc == "" {
		bbc = testkit.Corpus(tb, "bbc")
	}
	var size int64
	err := filepath.WalkDir(bbc, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			if info, err := d.Info(); err == nil {
				size += info.Size()
			}
		}
		return nil
	})
	if err != nil || size == 0 {
		tb.Skip("corpus absent: ", bbc)
	}
	return bbc, size
}

// BenchmarkBuild measures the whole engine over the BBC corpus: read,
// clean and extract. Run with -cpu 1 for the one-core figure.
func BenchmarkBuild(b *testing.B) {
	dir, size := corpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	defer cputime.Measure(b, size)()
	for b.Loop() {
		if _, err := briefing.Open([]string{dir}, nil, briefing.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildExportJSON adds the JSON export to the engine, as
// `briefing export --format json` does.
func BenchmarkBuildExportJSON(b *testing.B) {
	dir, size := corpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	defer cputime.Measure(b, size)()
	for b.Loop() {
		br, err := briefing.Open([]string{dir}, nil, briefing.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := export.JSON(io.Discard, &br.Briefing); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeeds measures the engine and JSON export on the seed articles.
func BenchmarkSeeds(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		br, err := briefing.Open(nil, seeds.FS, briefing.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := export.JSON(io.Discard, &br.Briefing); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWorkersSameOutput builds the corpus with one worker and with four and
// expects byte-identical JSON: concurrency must never change the result.
func TestWorkersSameOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir, _ := corpus(t)
	var outs [2]bytes.Buffer
	for i, workers := range []int{1, 4} {
		br, err := briefing.Open([]string{dir}, nil, briefing.Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if err := export.JSON(&outs[i], &br.Briefing); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Fatalf("JSON differs between 1 and 4 workers (%d vs %d bytes)", outs[0].Len(), outs[1].Len())
	}
}

// BenchmarkExportJSON measures the JSON export alone of the corpus briefing.
func BenchmarkExportJSON(b *testing.B) {
	dir, _ := corpus(b)
	br, err := briefing.Open([]string{dir}, nil, briefing.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.JSON(&buf, &br.Briefing); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := export.JSON(io.Discard, &br.Briefing); err != nil {
			b.Fatal(err)
		}
	}
}

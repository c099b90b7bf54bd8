package briefing_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"briefing/briefing"
	"briefing/briefing/export"
	"briefing/internal/testkit"
	"briefing/seeds"
)

// TestSeedExportGolden pins the whole briefing of the seeds, in both export
// formats: every source, actor, quote, number and position.
func TestSeedExportGolden(t *testing.T) {
	b, err := briefing.Open(nil, seeds.FS, briefing.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var js, md bytes.Buffer
	if err := export.JSON(&js, &b.Briefing); err != nil {
		t.Fatal(err)
	}
	if err := export.Markdown(&md, &b.Briefing); err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, filepath.Join("testdata", "seeds.golden.json"), js.Bytes())
	testkit.Golden(t, filepath.Join("testdata", "seeds.golden.md"), md.Bytes())
}

// TestSeedExportDeterministic builds the seed briefing twice and expects
// byte-identical JSON.
func TestSeedExportDeterministic(t *testing.T) {
	var outs [2]bytes.Buffer
	for i := range outs {
		b, err := briefing.Open(nil, seeds.FS, briefing.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := export.JSON(&outs[i], &b.Briefing); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(outs[0].Bytes(), outs[1].Bytes()) {
		t.Fatal("two builds of the seeds exported different JSON")
	}
}

// TestSeedCitesContainText checks the contract's promise: the cited lines of
// the file on disk contain the cited text's first words.
func TestSeedCitesContainText(t *testing.T) {
	b, err := briefing.Open(nil, seeds.FS, briefing.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	if err := export.JSON(&js, &b.Briefing); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Quotes []struct {
			Text string `json:"text"`
			Cite cite   `json:"cite"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, q := range doc.Quotes {
		raw, err := os.ReadFile(filepath.Join("..", "seeds", q.Cite.Source))
		if err != nil {
			t.Fatal(err)
		}
		lines := bytes.Split(raw, []byte("\n"))
		if q.Cite.Line < 1 || q.Cite.EndLine < q.Cite.Line || q.Cite.EndLine > len(lines) {
			t.Errorf("quote %q: cite %+v out of the file", q.Text, q.Cite)
			continue
		}
		cited := string(bytes.Join(lines[q.Cite.Line-1:q.Cite.EndLine], []byte(" ")))
		if first := firstWords(q.Text, 3); !containsFold(normalise(cited), normalise(first)) {
			t.Errorf("quote %q: cited lines %d-%d do not contain %q", q.Text, q.Cite.Line, q.Cite.EndLine, first)
		}
	}
}

type cite struct {
	Source  string `json:"source"`
	Line    int    `json:"line"`
	EndLine int    `json:"end_line"`
}

package source

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefing/internal/testkit"

	"golang.org/x/tools/txtar"
)

// TestClean runs each testdata/clean/*.txtar case: its first file is the
// input (the name's extension gives the format), its "want" section the
// metadata and the paragraphs with their cited lines.
func TestClean(t *testing.T) {
	files, err := filepath.Glob("testdata/clean/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			in := ar.Files[0]
			doc, err := Parse(in.Name, in.Name, in.Data)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc)
			got := render(doc)
			for i := range ar.Files {
				if ar.Files[i].Name == "want" {
					if testkit.Updating() {
						ar.Files[i].Data = []byte(got)
						if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
							t.Fatal(err)
						}
						return
					}
					if want := string(ar.Files[i].Data); got != want {
						t.Errorf("got:\n%s\nwant:\n%s", got, want)
					}
					return
				}
			}
			t.Fatalf("no want section")
		})
	}
}

// render prints a document for comparison: metadata, then one line per
// paragraph with its cited lines ("H" marks a heading, "|" separates
// sentences).
func render(d *Document) string {
	var b strings.Builder
	m := d.Meta
	fmt.Fprintf(&b, "title: %s\nbyline: %s\ndate: %s\npublisher: %s\nurl: %s\nlines: %d\n",
		m.Title, m.Byline, m.Date, m.Publisher, m.URL, m.Lines)
	for i, p := range d.Paragraphs {
		c := d.Cite(i, 0, len(p.Text))
		kind := "P"
		if p.Heading {
			kind = "H"
		}
		var ss []string
		for _, s := range p.Sentences {
			ss = append(ss, p.Text[s.Start:s.End])
		}
		fmt.Fprintf(&b, "%s %d-%d: %s\n", kind, c.Line, c.EndLine, strings.Join(ss, " | "))
	}
	return b.String()
}

package actors

import (
	"testing"

	"briefing/briefing/source"
)

// TestJunkRules checks the rules that keep places and titles from
// becoming actors: each case says which actors must and must not be found.
func TestJunkRules(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		present []string // IDs that must be actors
		absent  []string // IDs or names that must not be
	}{
		{"a US state among states is not the country",
			"Clinton won Alabama, Georgia and Tennessee on Tuesday.",
			nil, []string{"georgia"}},
		{"a US state near domestic politics is not the country",
			"The Republican primary in Georgia drew record crowds.",
			nil, []string{"georgia"}},
		{"the country, with its nationality in the document, stays",
			"Georgia and Russia fought a war in 2008. Georgian officials said the Republican senator visited.",
			[]string{"georgia", "russia"}, nil},
		{"the country alone stays",
			"Georgia is offering a tax amnesty to boost its economy.",
			[]string{"georgia"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := source.Parse("t.txt", "t.txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			ix := Build([]*source.Document{d})
			for _, id := range tc.present {
				if ix.Actor(id) == nil {
					t.Errorf("no actor %q; got:\n%s", id, describe(ix))
				}
			}
			for _, a := range ix.Actors() {
				for _, bad := range tc.absent {
					if a.ID == bad || slug(a.Name) == bad {
						t.Errorf("junk actor %q (%s)", a.Name, a.Kind)
					}
				}
			}
		})
	}
}

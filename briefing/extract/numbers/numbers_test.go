package numbers

import (
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/model"
	"briefing/briefing/source"
)

// find runs Find over one article whose body is body.
func find(t testing.TB, body string) ([]model.Number, *source.Document) {
	t.Helper()
	doc, err := source.Parse("t.txt", "t.txt", []byte("A headline\n\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	docs := []*source.Document{doc}
	return Find(docs, actors.Build(docs)), doc
}

func TestFindKeyNumbers(t *testing.T) {
	tests := []struct {
		name, body            string
		raw                   string
		value                 float64
		unit, approx, whatHas string
	}{
		{"scale word", "Turkey now hosts 3.6 million Syrian refugees.", "3.6 million", 3.6e6, "refugees", "", "Syrian refugees"},
		{"thousands separator", "The United Nations says more than 500,000 people have been uprooted since the army began its offensive in late April, most of them fleeing north.",
			"500,000", 500000, "people", "more than", "people uprooted since the army began its offensive in late April"},
		{"plain count", "The Turkish military has 12 observation posts surrounding Idlib province, established last year.", "12", 12, "posts", "", "observation posts surrounding Idlib province"},
		{"antecedent", "The military observation post near the town is one of 12 that Ankara established in the north.", "12", 12, "posts", "", "military observation posts that Ankara established"},
		{"percent word", "About 60 percent of Idlib is controlled by the group.", "60 percent", 60, "percent", "about", "Idlib controlled by the group"},
		{"percent sign", "Sales rose 5% last year.", "5%", 5, "percent", "", ""},
		{"per cent", "Turnout was nearly 40 per cent in the north.", "40 per cent", 40, "percent", "nearly", ""},
		{"percentage points", "Rates rose by 0.5 percentage points in May.", "0.5 percentage points", 0.5, "percentage points", "", ""},
		{"dollars bn", "The firm paid $1.2bn for the network.", "$1.2bn", 1.2e9, "USD", "", "network"},
		{"pounds m", "The council will spend £300m on schools.", "£300m", 3e8, "GBP", "", "schools"},
		{"euros word", "Brussels set aside 1.2 billion euros for farmers.", "1.2 billion euros", 1.2e9, "EUR", "", "farmers"},
		{"US dollar sign", "It raised US$40m from investors.", "US$40m", 4e7, "USD", "", "investors"},
		{"hundreds of thousands", "The offensive could send hundreds of thousands of civilians pouring across its border.", "hundreds of thousands", 1e5, "civilians", "hundreds of thousands", "civilians pouring across its border"},
		{"thousands of", "It could send thousands of gunmen and many others.", "thousands", 1e3, "gunmen", "thousands", "gunmen"},
		{"tens of thousands", "Tens of thousands of protesters marched on Sunday.", "Tens of thousands", 1e4, "protesters", "tens of thousands", "protesters marched on Sunday"},
		{"spelled with scale", "Almost two million people voted.", "two million", 2e6, "people", "almost", "people voted"},
		{"a million", "They sold a million copies.", "a million", 1e6, "copies", "", "copies"},
		{"at least", "At least 40 soldiers were killed.", "40", 40, "soldiers", "at least", "soldiers killed"},
		{"up to", "The plant will cut up to 900 jobs.", "900", 900, "jobs", "up to", "jobs"},
		{"fewer than", "Fewer than 300 members turned up.", "300", 300, "members", "fewer than", "members turned up"},
		{"gunmen plural", "Police said 15 gunmen attacked the base.", "15", 15, "gunmen", "", "gunmen attacked the base"},
		{"of the", "Twelve of the 15 judges agreed.", "15", 15, "judges", "", "judges agreed"},
		{"bare large", "The index closed at 10,360 on Friday.", "10,360", 10360, "", "", ""},
		{"possessive before", "Britain's 3 million pensioners face a rise.", "3 million", 3e6, "pensioners", "", "pensioners face a rise"},
		{"year with approx", "Nearly 1500 workers walked out.", "1500", 1500, "workers", "nearly", "workers walked out"},
		{"vague money", "It cost billions of dollars in lost trade.", "billions", 1e9, "USD", "billions", "dollars in lost trade"},
		{"hyphenated name", "Hundreds of pro-Sanders voters marched.", "Hundreds", 100, "voters", "hundreds", "pro-Sanders voters marched"},
		{"money when", "The company lost $1.5 billion in the quarter.", "$1.5 billion", 1.5e9, "USD", "", "company lost"},
		{"percent when", "Inflation hit 2.1% in October, its highest since 2014.", "2.1%", 2.1, "percent", "", "Inflation hit"},
		{"count when", "Police arrested 27 suspects on Monday, the ministry said.", "27", 27, "suspects", "", "suspects"},
		{"initialism in what", "Firms paid billions of dollars in U.S. taxes.", "billions", 1e9, "USD", "billions", "dollars in U.S. taxes"},
		{"national currency", "It costs 10 Canadian dollars a tonne.", "10", 10, "CAD", "", "Canadian dollars"},
		{"currency head", "They paid 500 million US dollars for it.", "500 million", 5e8, "USD", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, doc := find(t, tt.body)
			if len(got) != 1 {
				t.Fatalf("got %d numbers, want 1: %+v", len(got), got)
			}
			n := got[0]
			if n.Raw != tt.raw || n.Value != tt.value || n.Unit != tt.unit || n.Approx != tt.approx {
				t.Errorf("got raw %q value %v unit %q approx %q; want %q %v %q %q", n.Raw, n.Value, n.Unit, n.Approx, tt.raw, tt.value, tt.unit, tt.approx)
			}
			if !strings.Contains(n.What, tt.whatHas) {
				t.Errorf("what = %q, want it to contain %q", n.What, tt.whatHas)
			}
			if n.ID != "n1" || n.Text == "" {
				t.Errorf("id %q text %q", n.ID, n.Text)
			}
			cited := string(doc.Raw[n.Cite.Start:n.Cite.End])
			if !strings.Contains(cited, n.Raw) {
				t.Errorf("cite %q does not hold %q", cited, n.Raw)
			}
		})
	}
}

func TestFindNotKeyNumbers(t *testing.T) {
	tests := []struct{ name, body string }{
		{"year as date", "Turkey opened its border at the start of the conflict in 2011."},
		{"year alone", "The 2018 summit was held in Sochi."},
		{"year adjective", "2004 sales were flat."},
		{"year after some", "It split some 2016 presidential candidates."},
		{"decade", "Prices rose in the 1990s."},
		{"date month first", "They last met in Tehran on September 7."},
		{"date day first", "They met on 7 September in Tehran."},
		{"date abbreviated", "The deal was signed on Sept. 17 in Sochi."},
		{"time", "The talks began at 10:30 local time."},
		{"time pm", "The talks began at 3pm."},
		{"list marker", "1. Skip to content"},
		{"model name hyphen", "Turkey bought S-400 missile systems."},
		{"fighter jet", "The F-35 jets were delayed."},
		{"product name", "Users of Windows 95 computers were warned."},
		{"address", "He spoke outside No 10 yesterday."},
		{"url", "Read it at https://example.com/2026/04/17/story-123 today."},
		{"email", "Write to editor2026@example.com for details."},
		{"score", "Chelsea won 2-1 at home."},
		{"phone", "Call 020 7946 0000 for tickets."},
		{"page", "The figures are on page 12 of the report."},
		{"age", "The man, aged 45, was arrested."},
		{"year old", "A 45-year-old man was arrested."},
		{"duration", "The deal was struck two years ago."},
		{"digit duration", "Prices rose over the past 12 months."},
		{"small spelled", "Turkey has carved out two enclaves in the north."},
		{"the two leaders", "As the two leaders were meeting, deliveries began."},
		{"one of", "It is one of the largest."},
		{"ordinal", "It was the second battery of the system."},
		{"ordinal digits", "It finished 3rd in the race."},
		{"bare small", "He scored 12 in the first half, then 7."},
		{"one item", "They found 1 problem."},
		{"vague without of", "Thousands marched on Sunday."},
		{"compound adjective", "A 24-hour strike began."},
		{"fraction", "About 1/2 of them left."},
		{"ratio", "Nine out of 10 voters agreed."},
		{"code with zero", "The code 007 was used."},
		{"list marker in brackets", "(1) Skip to content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := find(t, tt.body)
			if len(got) != 0 {
				t.Errorf("want no key number, got %+v", got)
			}
		})
	}
}

func TestFindIDsAndOrder(t *testing.T) {
	got, _ := find(t, "At least 40 soldiers died.\n\nSome 3,000 people fled and 12 villages burned.")
	var ids, raws []string
	for _, n := range got {
		ids = append(ids, n.ID)
		raws = append(raws, n.Raw)
	}
	if strings.Join(ids, " ") != "n1 n2 n3" || strings.Join(raws, " ") != "40 3,000 12" {
		t.Errorf("ids %v raws %v", ids, raws)
	}
	if got[2].Cite.Line != 5 {
		t.Errorf("third number cited at line %d, want 5", got[2].Cite.Line)
	}
}

func TestFindNilIndex(t *testing.T) {
	doc, _ := source.Parse("t.txt", "t.txt", []byte("Title\n\nIt cost $5m.\n"))
	if got := Find([]*source.Document{doc}, nil); len(got) != 1 || got[0].Actor != "" {
		t.Errorf("got %+v", got)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The United Nations says more than 500,000 people fled.",
		"About 60 percent of Idlib; $1.2bn, £300m and 1.2 billion euros.",
		"hundreds of thousands of civilians, tens of thousands of",
		"one of 12 that Ankara established. S-400 1. 2-1 020 7946",
		"US$ 5, $, £., 1,00,000 1.2.3 ,000 9,999,999.99bn%",
		"Twenty-one thousand people; a hundred million; of 12",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc, err := source.Parse("t.txt", "t.txt", []byte(body))
		if err != nil {
			return
		}
		docs := []*source.Document{doc}
		for _, n := range Find(docs, actors.Build(docs)) {
			c := n.Cite
			if c.Start < 0 || c.End > len(doc.Raw) || c.Start > c.End || c.Line < 1 || c.EndLine < c.Line || c.EndLine > doc.Meta.Lines {
				t.Fatalf("cite %+v outside the %d-byte, %d-line file", c, len(doc.Raw), doc.Meta.Lines)
			}
			found := false
			for _, p := range doc.Paragraphs {
				if strings.Contains(p.Text, n.Raw) {
					found = true
				}
			}
			if !found || n.Raw == "" {
				t.Fatalf("raw %q is not in any paragraph", n.Raw)
			}
		}
	})
}

package numbers

import (
	"strings"
	"testing"

	"briefing/briefing/extract/actors"
	"briefing/briefing/source"
	"briefing/internal/testkit"
)

// TestWhatShareOrMoney pins the phrase saying what a percentage or a sum
// of money counts, one rule per case (see what.go).
func TestWhatShareOrMoney(t *testing.T) {
	tests := []struct{ name, text, raw, what string }{
		// A verb of change or level: the subject and the verb, not the
		// phrase after the figure.
		{"change verb, after clause", "Shares in Australian budget airline Virgin Blue plunged 20% after it warned of a steep fall in profits.", "20%", "Shares in Australian budget airline Virgin Blue plunged"},
		{"down, trade phrase", "The weak data preyed on shares with the Nikkei down 1% in afternoon trade.", "1%", "Nikkei down"},
		{"was up, on the day", "At 1300 GMT, the euro was up 0.9% on the day.", "0.9%", "euro up"},
		{"stayed at", "The unemployment rate stayed at 5.4% in December.", "5.4%", "unemployment rate stayed"},
		{"rose by", "Retail sales rose by 2.5% over the period.", "2.5%", "Retail sales rose"},
		{"subject with a phrase", "Turnover for the quarter was up 4.3% in London.", "4.3%", "Turnover for the quarter up"},
		{"verb after a relative pronoun", "It is a club that is growing by 13% annually.", "13%", "club that growing"},
		{"comparison after", "Oil prices are roughly 45% higher than a year ago.", "45%", "Oil prices are higher"},
		{"year inside the subject", "Pre-tax profits for 2004 rose 56% to £800m.", "56%", "Pre-tax profits for 2004 rose"},
		{"relative clause subject", "It made a loss on sales which fell 8% last year.", "8%", "sales which fell"},
		{"money lost", "Shareholders lost about $180bn in the collapse.", "$180bn", "Shareholders lost"},
		// "N% of X": the noun phrase after "of".
		{"of noun phrase", "About 13% of cases concerned fraud.", "13%", "cases concerned fraud"},
		{"of a figure", "Sony took 47% of the £1.34bn spent on games.", "47%", "spent on games"},
		// A noun or participle after the figure.
		{"participle", "The £1.34bn spent on games was a record.", "£1.34bn", "spent on games"},
		{"relative clause", "Of the £35bn he has earmarked from savings, most goes to schools.", "£35bn", "he earmarked from savings"},
		{"of, then predicate", "More than 70% of people would reveal their password.", "70%", "people"},
		{"of, passive", "About 60 percent of the province is controlled by rebels.", "60 percent", "province controlled by rebels"},
		{"rate", "The average selling price was just £1.18 per gigajoule.", "£1.18", "average selling price per gigajoule"},
		{"rate alone", "The euro rose to 1.3187 euros per US dollar.", "1.3187 euros", "euro rose"},
		{"noun after", "It reported a 6% rise in profits.", "6%", "rise in profits"},
		// A preposition after a sum: the verb and the phrase.
		{"money purpose", "The council will spend £300m on new schools.", "£300m", "council spend on new schools"},
		{"money source", "The start-up raised $40m from investors.", "$40m", "start-up raised from investors"},
		// A preposition after a share with nothing before: the place named.
		{"gapped list", "Of the bondholders, 38.4% reside in Argentina, 15.6% in Italy.", "15.6%", "Italy"},
		{"compared with place", "The rate is low, compared with 12.1% in Germany.", "12.1%", "Germany"},
		// Comparison bases and conversions take the figure before's phrase.
		{"comparison base", "Consumer spending grew 4.2% in the final quarter, down from the third quarter's 5.1%.", "5.1%", "Consumer spending grew"},
		{"second of a pair", "Retail sales rose 0.6% on the month and 6.1% on the year.", "6.1%", "Retail sales rose"},
		{"conversion", "Net income fell to €537m ($701m) during 2004.", "$701m", "Net income fell"},
		{"to after change", "Turnover was up 4.3% to £1.97bn.", "£1.97bn", "Turnover up"},
		{"from and to", "The surcharge was raised from £2.50 to £4 a leg.", "£4", "surcharge raised"},
		{"conversion in brackets", "The film took $22m (£11.7m) at the box office.", "£11.7m", "film took"},
		{"scale before currency word", "Net income fell to 537m euros in 2004.", "537m euros", "Net income fell"},
		// Never opens on a preposition or "to".
		{"no leading to", "It is likely to report a slight drop in profits to £170m.", "£170m", "likely to report a slight drop in profits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := find(t, tt.text) // under a headline
			found := false
			for _, n := range got {
				if n.Raw != tt.raw {
					continue
				}
				found = true
				if n.What != tt.what {
					t.Errorf("%s: what = %q, want %q", n.Raw, n.What, tt.what)
				}
			}
			if !found {
				t.Errorf("no key number %q", tt.raw)
			}
		})
	}
}

// TestCorpusBBCWhat checks the phrases of every share and sum of money in
// the BBC articles: rarely empty, never opening on a preposition other
// than "of", at most a dozen words, and made of whole words of the
// sentence.
func TestCorpusBBCWhat(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	docs, _, err := source.Load([]string{testkit.Corpus(t, "bbc")}, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bad, empty, total := 0, 0, 0
	for _, n := range Find(docs, actors.Build(docs)) {
		if n.Unit != "percent" && n.Unit != "percentage points" && !currencyUnit(n.Unit) {
			continue
		}
		total++
		if n.What == "" {
			empty++
			continue
		}
		ws := strings.Fields(n.What)
		problem := ""
		switch first := strings.ToLower(ws[0]); {
		case first != "of" && first != "per" && (in(first, function) || first == "to"):
			problem = "opens on " + first
		case len(ws) > 12:
			problem = "longer than 12 words"
		}
		for _, w := range ws {
			if !wholeWordIn(n.Text, w) {
				problem = "word " + w + " not whole in the sentence"
			}
		}
		if problem != "" {
			bad++
			if bad <= 20 {
				t.Errorf("%s:%d %s what %q: %s (%s)", n.Cite.Source, n.Cite.Line, n.Raw, n.What, problem, n.Text)
			}
		}
	}
	// Today 199 of 4249 (a bare figure in a list or a table row); was 594.
	if empty*100 > total*6 {
		t.Errorf("%d of %d shares and sums say nothing of what they count", empty, total)
	}
}

// wholeWordIn reports whether w occurs in s with no letter or digit right
// before or after it.
func wholeWordIn(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		if (a == 0 || !isWordByte(s[a-1])) && (b == len(s) || !isWordByte(s[b])) {
			return true
		}
		i = a + 1
	}
}

func isWordByte(c byte) bool { return isLetterASCII(c) || isDigit(c) }

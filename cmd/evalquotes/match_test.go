package main

import "testing"

func TestQuotedRuns(t *testing.T) {
	tests := []struct {
		raw  string
		want []string
	}{
		{`he said “we will win” today`, []string{"we will win"}},
		{"“first part\n\n“second part”", []string{"first part\n\n“second part"}},
		{`''Most people agree,'' he said`, []string{"Most people agree,"}},
		{`rest of a quote,” he said`, []string{"rest of a quote,"}},
		{`no marks at all`, nil},
	}
	for _, tc := range tests {
		runs := quotedRuns([]byte(tc.raw), []segment{{0, len(tc.raw)}})
		if len(runs) != len(tc.want) {
			t.Fatalf("%q: got %d runs, want %d", tc.raw, len(runs), len(tc.want))
		}
		for i, r := range runs {
			if got := tc.raw[r[0]:r[1]]; got != tc.want[i] {
				t.Errorf("%q: run %d = %q, want %q", tc.raw, i, got, tc.want[i])
			}
		}
	}
}

func TestNamed(t *testing.T) {
	tests := map[string]string{
		"Paul Begala, a former political adviser": "begala",
		"Florida's attorney general, Pam Bondi,":  "bondi",
		"Mujtaba Rahman of the Eurasia Group":     "rahman",
		"Hillary Clinton’s":                       "clinton",
		"he":                                      "",
		"a campaign spokesman":                    "",
	}
	for in, want := range tests {
		if got := named(&span{Text: in}); got != want {
			t.Errorf("named(%q) = %q, want %q", in, got, want)
		}
	}
}

package numbers

import "testing"

func TestTokenizeWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"the U.S. economy", "the|U.S.|economy"},
		{"U.S.A. today", "U.S.A.|today"},
		{"in the U.S.", "in|the|U.S."},
		{"al-Qaeda's 3,000 men.", "al-Qaeda's|3,000|men|."},
		{"$1.2bn, 60%", "$|1.2|bn|,|60|%"},
		{"end.Next A.B", "end|.|Next|A.B"},
		{"1,00 9,999.5", "1|,|00|9,999.5"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, 0, len(tt.in), nil)
		got := ""
		for i, tk := range toks {
			if i > 0 {
				got += "|"
			}
			got += tt.in[tk.start:tk.end]
		}
		if got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

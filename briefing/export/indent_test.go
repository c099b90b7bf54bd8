package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestAppendIndented checks the indenter against json.Indent on compact
// JSON with nesting, empty containers and strings holding JSON syntax.
func TestAppendIndented(t *testing.T) {
	deep := strings.Repeat(`{"a":[`, 40) + "1" + strings.Repeat("]}", 40)
	for _, src := range []string{
		deep,
		`{}`, `[]`, `1`, `"x"`, `{"a":[]}`, `{"a":{},"b":[1,2,{}]}`, `[[],[[]],{"k":[{}]}]`,
		`{"s":"a, b: [c] {d}","t":"quote \" and \\","u":"\\\"","v":"\u2028<&>"}`,
		`{"id":"q1","n":-1.5e+06,"ok":true,"no":null,"cite":{"source":"a.txt","line":3}}`,
	} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(src), "    ", "  "); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := appendIndented([]byte("pre"), []byte(src), "    ", "  "); string(got) != "pre"+want.String() {
			t.Errorf("%s:\ngot  %s\nwant %s", src, got[3:], want.Bytes())
		}
	}
}

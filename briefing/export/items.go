package export

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"

	"briefing/briefing/model"
)

// The items of the export's lists, appended as JSON laid out exactly as
// json.Encoder with SetIndent("", "  ") and SetEscapeHTML(false) lays them
// out inside the top-level object (TestItemsMatchEncoder and FuzzItems hold
// the two together). Writing the few model types directly spares
// encoding/json's reflection and a second pass to indent: together about
// two thirds of the export's time on a large briefing.

// itemDepth is the nesting of a list item: the top-level object, its list.
const itemDepth = 2

// obj builds one JSON object: open, then a field at a time, then close.
type obj struct {
	b     []byte
	depth int // of the object's own braces
	n     int // fields so far
}

func openObj(b []byte, depth int) obj { return obj{b: append(b, '{'), depth: depth} }

// key starts the next field: a line at one level deeper, its name, ": ".
func (o *obj) key(name string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = newline(o.b, o.depth+1)
	o.b = append(o.b, '"')
	o.b = append(o.b, name...)
	o.b = append(o.b, '"', ':', ' ')
}

func (o *obj) str(name, v string) { o.key(name); o.b = appendString(o.b, v) }
func (o *obj) int(name string, v int) {
	o.key(name)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}
func (o *obj) bool(name string, v bool) { o.key(name); o.b = strconv.AppendBool(o.b, v) }
func (o *obj) cite(name string, c *model.Cite) {
	o.key(name)
	o.b = appendCite(o.b, c, o.depth+1)
}

func (o *obj) close() []byte {
	if o.n > 0 {
		o.b = newline(o.b, o.depth)
	}
	return append(o.b, '}')
}

const spaces = "                                "

// newline starts a line indented for depth.
func newline(b []byte, depth int) []byte {
	b = append(b, '\n')
	for n := 2 * depth; n > 0; n -= min(n, len(spaces)) {
		b = append(b, spaces[:min(n, len(spaces))]...)
	}
	return b
}

func appendCite(b []byte, c *model.Cite, depth int) []byte {
	o := openObj(b, depth)
	o.str("source", c.Source)
	o.int("line", c.Line)
	o.int("end_line", c.EndLine)
	o.int("start", c.Start)
	o.int("end", c.End)
	return o.close()
}

// appendList appends a JSON array of items at depth, null for a nil slice
// (as encoding/json writes it), [] for an empty one.
func appendList[T any](b []byte, items []T, depth int, item func([]byte, *T, int) []byte) []byte {
	if items == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = newline(b, depth+1)
		b = item(b, &items[i], depth+1)
	}
	if len(items) > 0 {
		b = newline(b, depth)
	}
	return append(b, ']')
}

func appendSource(b []byte, s *model.Source) ([]byte, error) {
	o := openObj(b, itemDepth)
	o.str("id", s.ID)
	o.str("path", s.Path)
	o.str("title", s.Title)
	o.str("byline", s.Byline)
	o.str("date", s.Date)
	o.str("publisher", s.Publisher)
	o.str("url", s.URL)
	o.int("lines", s.Lines)
	o.str("format", s.Format)
	return o.close(), nil
}

func appendActor(b []byte, a *model.Actor) ([]byte, error) {
	o := openObj(b, itemDepth)
	o.str("id", a.ID)
	o.str("name", a.Name)
	o.str("kind", a.Kind)
	o.key("aliases")
	o.b = appendList(o.b, a.Aliases, itemDepth+1, func(b []byte, s *string, _ int) []byte { return appendString(b, *s) })
	o.str("role", a.Role)
	o.str("affiliation", a.Affiliation)
	o.int("mentions", a.Mentions)
	o.key("cites")
	o.b = appendList(o.b, a.Cites, itemDepth+1, appendCite)
	return o.close(), nil
}

func appendQuote(b []byte, q *model.Quote) ([]byte, error) {
	o := openObj(b, itemDepth)
	o.str("id", q.ID)
	o.str("speaker", q.Speaker)
	o.str("speaker_name", q.SpeakerName)
	o.str("text", q.Text)
	o.bool("partial", q.Partial)
	o.cite("cite", &q.Cite)
	if q.Affiliation != "" { // omitempty
		o.str("affiliation", q.Affiliation)
	}
	return o.close(), nil
}

func appendNumber(b []byte, n *model.Number) ([]byte, error) {
	o := openObj(b, itemDepth)
	o.str("id", n.ID)
	o.key("value")
	var err error
	if o.b, err = appendFloat(o.b, n.Value); err != nil {
		return b, err
	}
	o.str("unit", n.Unit)
	o.str("what", n.What)
	o.str("approx", n.Approx)
	o.str("raw", n.Raw)
	o.str("text", n.Text)
	o.str("actor", n.Actor)
	o.cite("cite", &n.Cite)
	return o.close(), nil
}

func appendPosition(b []byte, p *model.Position) ([]byte, error) {
	o := openObj(b, itemDepth)
	o.str("id", p.ID)
	o.str("actor", p.Actor)
	o.str("verb", p.Verb)
	o.str("text", p.Text)
	o.cite("cite", &p.Cite)
	return o.close(), nil
}

func appendWarning(b []byte, w *model.Warning) ([]byte, error) {
	o := openObj(b, itemDepth)
	o.str("path", w.Path)
	o.str("problem", w.Problem)
	return o.close(), nil
}

// errNotFinite is encoding/json's refusal of NaN and infinities.
var errNotFinite = errors.New("json: unsupported value: a number that is not finite")

// appendFloat writes f as encoding/json does: the shortest form that reads
// back the same, in exponent form only below 1e-6 or from 1e21 on, with no
// leading zero in the exponent.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, errNotFinite
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1] // e-09 -> e-9
		b = b[:n-1]
	}
	return b, nil
}

// appendString writes s as a JSON string as encoding/json does without HTML
// escaping: quotes, backslashes and control bytes escaped (\b \f \n \r \t
// by name), invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

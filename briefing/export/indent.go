package export

// appendIndented appends the compact JSON value src to dst laid out as
// json.Indent(dst, src, prefix, indent) lays it out: each element on its own
// line, beginning with prefix and one indent per level, a space after each
// colon, and empty objects and arrays kept as "{}" and "[]". src must be
// what json.Marshal produces (valid, with no whitespace outside strings),
// which lets one pass with no validation do the work of json.Indent's
// scanner. Strings and other runs of plain bytes are copied whole.
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	// line is a line break and the indentation of the deepest level so
	// far; a line at depth d is its first 1+len(prefix)+d*len(indent) bytes.
	var buf [64]byte
	line := append(append(buf[:0], '\n'), prefix...)
	at := func(depth int) int { return 1 + len(prefix) + depth*len(indent) }
	depth := 0
	for i := 0; i < len(src); {
		switch c := src[i]; c {
		case '{', '[':
			dst = append(dst, c)
			depth++
			// The line break waits for the first element: "{}" and "[]"
			// stay as they are.
			if i+1 < len(src) && src[i+1] != '}' && src[i+1] != ']' {
				for len(line) < at(depth) {
					line = append(line, indent...)
				}
				dst = append(dst, line[:at(depth)]...)
			}
			i++
		case '}', ']':
			depth--
			if src[i-1] != '{' && src[i-1] != '[' {
				dst = append(dst, line[:at(depth)]...)
			}
			dst = append(dst, c)
			i++
		case ',':
			dst = append(dst, ',')
			dst = append(dst, line[:at(depth)]...)
			i++
		case ':':
			dst = append(dst, ':', ' ')
			i++
		default:
			// A string (its brackets, commas and colons are text) or a
			// number, true, false or null: up to the next structural byte.
			j := i
			if c == '"' {
				for j++; j < len(src) && src[j] != '"'; j++ {
					if src[j] == '\\' {
						j++
					}
				}
				j = min(j+1, len(src))
			} else {
				for j < len(src) && !structural(src[j]) {
					j++
				}
			}
			dst = append(dst, src[i:j]...)
			i = j
		}
	}
	return dst
}

func structural(c byte) bool {
	return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':' || c == '"'
}

package export

// appendIndented appends the compact JSON value src to dst laid out as
// json.Indent(dst, src, prefix, indent) lays it out: each element on its own
// line, beginning with prefix and one indent per level, a space after each
// colon, and empty objects and arrays kept as "{}" and "[]". src must be
// what json.Marshal produces (valid, with no whitespace outside strings),
// which lets one pass with no validation do the work of json.Indent's
// scanner.
func appendIndented(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	open := false // just after '{' or '[': the line break waits, in case it closes at once
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			newline()
		}
		switch c {
		case '"':
			// Copy the string whole: its brackets, commas and colons are text.
			j := i + 1
			for ; j < len(src) && src[j] != '"'; j++ {
				if src[j] == '\\' {
					j++
				}
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			depth++
			open = true
			continue
		case '}', ']':
			depth--
			if !open {
				newline()
			}
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, c, ' ')
		default:
			dst = append(dst, c)
		}
		open = false
	}
	return dst
}

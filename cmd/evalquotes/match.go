package main

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefing/briefing/model"
)

// wordSpans returns the byte spans of the words of raw (runs of letters and
// digits, with inner apostrophes and hyphens).
func wordSpans(raw []byte) [][2]int {
	var out [][2]int
	s := -1
	for i := 0; i < len(raw); {
		r, w := utf8.DecodeRune(raw[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || (s >= 0 && (r == '\'' || r == '’' || r == '-'))
		if word && s < 0 {
			s = i
		}
		if !word && s >= 0 {
			out = append(out, [2]int{s, i})
			s = -1
		}
		i += w
	}
	if s >= 0 {
		out = append(out, [2]int{s, len(raw)})
	}
	return out
}

// countIn counts the words wholly inside [s, e).
func countIn(ws [][2]int, s, e int) int { return overlap(ws, s, e, s, e) }

// overlap counts the words inside both [s1, e1) and [s2, e2).
func overlap(ws [][2]int, s1, e1, s2, e2 int) int {
	s, e := max(s1, s2), min(e1, e2)
	n := 0
	for _, w := range ws {
		if w[0] >= s && w[1] <= e {
			n++
		}
	}
	return n
}

// quotedRuns returns the byte spans of the text between double quote marks
// inside the content segments. A run open at a paragraph break continues at
// the next opening mark (the long-quote convention); a run still open at
// the end of the content ends there, and a content that starts inside a
// quote (a closing mark before any opener) starts a run at its start.
func quotedRuns(raw []byte, segs []segment) [][2]int {
	var out [][2]int
	for _, sg := range segs {
		if sg.StartByte < 0 || sg.EndByte > len(raw) || sg.StartByte >= sg.EndByte {
			continue
		}
		open := -1
		sawMark := false
		for i := sg.StartByte; i < sg.EndByte; {
			r, w := utf8.DecodeRune(raw[i:])
			dir := 0
			switch r {
			case '“':
				dir = 1
			case '”':
				dir = -1
			case '"', '\'':
				if r == '\'' {
					if i+1 >= sg.EndByte || raw[i+1] != '\'' {
						break
					}
					w = 2 // '' is how some papers type a double mark
				}
				dir = 1
				if open >= 0 {
					dir = -1
				}
			}
			switch {
			case dir == 1 && open < 0:
				open = i + w
			case dir == 1 && open >= 0:
				if !strings.Contains(string(raw[open:i]), "\n") {
					open = i + w // a stray opener: start again
				}
			case dir == -1 && open >= 0:
				out = append(out, [2]int{open, i})
				open = -1
			case dir == -1 && !sawMark:
				out = append(out, [2]int{sg.StartByte, i})
			}
			if dir != 0 {
				sawMark = true
			}
			i += w
		}
		if open >= 0 {
			out = append(out, [2]int{open, sg.EndByte})
		}
	}
	return out
}

var pronouns = map[string]bool{"he": true, "she": true, "i": true, "we": true, "they": true, "it": true, "you": true,
	"him": true, "her": true, "his": true, "their": true, "our": true, "my": true, "its": true, "we've": true, "we’ve": true}

// named returns the surname in an annotated source that names someone, or
// "": the last word of the head before any comma when it is capitalised
// ("Paul Begala, a former adviser" -> begala; "Donald Trump's" -> trump),
// else the last word of a capitalised appositive ("Florida's attorney
// general, Pam Bondi" -> bondi). Pronouns and descriptions name no one.
func named(s *span) string {
	if s == nil {
		return ""
	}
	head := s.Text
	for _, cut := range []string{" of ", " at ", " from ", " to ", " who ", " for ", " in ", " with "} {
		if i := strings.Index(head, cut); i >= 0 {
			head = head[:i] + "," + head[i+len(cut):]
		}
	}
	parts := strings.Split(head, ",")
	if k := lastCap(parts[0]); k != "" {
		return k
	}
	if len(parts) > 1 {
		f := strings.Fields(parts[1])
		if len(f) > 0 && len(f) <= 4 && isUpper(f[0]) {
			return lastCap(parts[1])
		}
	}
	return ""
}

// lastCap returns the lower-cased last word of s when it is capitalised and
// not a pronoun.
func lastCap(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	last := strings.TrimRight(f[len(f)-1], ".,;:")
	last = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	if last == "" || pronouns[strings.ToLower(last)] || !isUpper(last) {
		return ""
	}
	return strings.ToLower(last)
}

func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// sameActor reports whether a speaker name, or an alias of its actor, ends
// with the annotated source's last word.
func sameActor(last, name string, a *model.Actor) bool {
	forms := []string{name}
	if a != nil {
		forms = append(forms, a.Name)
		forms = append(forms, a.Aliases...)
	}
	for _, f := range forms {
		ws := strings.Fields(strings.ToLower(f))
		for _, w := range ws {
			if strings.Trim(w, ".,") == last {
				return true
			}
		}
	}
	return false
}
